// Comptoir's console (/ui) in headless Chromium, as a learner uses it: ConsoleIT's browser half.
//   node console-panels.mjs GATEWAY_URL SCREENSHOT_DIR
// The gateway administrator comes in CONSOLE_USER and CONSOLE_PASSWORD (not on the command line, which ps shows);
// Chromium at CHROMIUM, else /usr/bin/chromium. Each panel's screenshot goes to SCREENSHOT_DIR, and on a failure the
// page at that moment as failure.png. Exits non-zero, saying what was wrong, when the page does not show what it must.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [gateway, screenshots] = process.argv.slice(2);
const SAGA_TIMEOUT = 30_000;
const PUSH_WITHIN_MS = 2_000;
mkdirSync(screenshots, { recursive: true });

const consoleErrors = [];
const failedRequests = [];
const breakerReads = [];
let navigations = 0;

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
});
try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('requestfailed', (request) => failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
    page.on('response', (response) => response.status() >= 400
        && failedRequests.push(`${response.request().method()} ${response.url()}: ${response.status()}`));
    page.on('request', (request) => new URL(request.url()).pathname === '/api/admin/breakers'
        && breakerReads.push(request.url()));
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
    try {
        await walk(page);
    } catch (failure) {
        await page.screenshot({ path: join(screenshots, 'failure.png'), fullPage: true })
            .catch((cannot) => console.error(`no screenshot: ${cannot}`));
        throw failure;
    }
} finally {
    await browser.close();
}

async function walk(page) {
    await page.goto(new URL('/ui/', gateway).toString(), { waitUntil: 'load' });
    await page.locator('#tiles [data-tile="inventory"]').waitFor();
    await page.screenshot({ path: join(screenshots, '01-signed-out.png'), fullPage: true });

    await page.getByLabel('User').fill(process.env.CONSOLE_USER);
    await page.getByLabel('Password').fill(process.env.CONSOLE_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${process.env.CONSOLE_USER}`).waitFor();
    await page.locator('#stream', { hasText: 'live' }).waitFor();
    for (const service of ['customers', 'orders', 'inventory']) {
        await page.locator(`[data-breaker="${service}"] [data-state="CLOSED"]`).waitFor();
        await page.locator(`[data-tile="${service}"] [data-state="UP"]`).first().waitFor();
    }
    await page.locator('[data-tile="gateway"] [data-state="UP"]').waitFor();
    await page.locator('#topology').screenshot({ path: join(screenshots, '02-topology.png') });
    await consumersOf(page, 'jms.queue.fulfilment', (consumers) => consumers > 0);

    await everyControlIsNamedAndReachedByTab(page);

    await page.getByRole('button', { name: 'Run: order, orchestrated' }).click();
    await page.locator('[data-order-status="APPROVED"]').waitFor({ timeout: SAGA_TIMEOUT });
    await page.locator('[data-saga-state="CONFIRMED"]').waitFor({ timeout: SAGA_TIMEOUT });
    await timelineHas(page, 'approve-order', 'DONE');
    await page.locator('#scenarios').screenshot({ path: join(screenshots, '03-order-orchestrated.png') });

    await page.getByRole('button', { name: 'Run: refused by credit' }).click();
    await page.locator('[data-order-status="REJECTED"]').waitFor({ timeout: SAGA_TIMEOUT });
    await page.locator('[data-saga-state="COMPENSATED"]').waitFor({ timeout: SAGA_TIMEOUT });
    await timelineHas(page, 'reserve-credit', 'REFUSED');
    await timelineHas(page, 'cancel-lra', 'DONE');
    await page.locator('#scenarios').screenshot({ path: join(screenshots, '04-refused-by-credit.png') });

    await page.getByRole('button', { name: 'Run: refused by stock' }).click();
    await page.locator('#scenario h3', { hasText: 'Refused by stock' }).waitFor();
    await page.locator('[data-order-status="REJECTED"]').waitFor({ timeout: SAGA_TIMEOUT });
    await page.locator('[data-saga-state="COMPENSATED"]').waitFor({ timeout: SAGA_TIMEOUT });
    await timelineHas(page, 'reserve-credit', 'DONE');
    await timelineHas(page, 'reserve-stock', 'REFUSED');
    await page.locator('#scenario').getByText('customers: Compensated').waitFor();
    await page.locator('#scenarios').screenshot({ path: join(screenshots, '05-refused-by-stock.png') });

    await aParkedCompensationIsRetriedByTheOperatorFromThePage(page);

    await theRefusedOrdersEventsAndItsStateAfterTheFirst(page);
    await page.locator('#history').screenshot({ path: join(screenshots, '08-order-events.png') });

    await theRecentSagasListBothStylesAndShowOnesTimeline(page);

    await inventoryFailingOpensItsTileWithoutAReload(page);
    await page.screenshot({ path: join(screenshots, '09-inventory-open.png'), fullPage: true });

    await page.getByRole('button', { name: 'Heal Inventory' }).click();
    await page.getByText('Inventory healed').waitFor();
    await page.locator('[data-breaker="inventory"] [data-state="CLOSED"]').waitFor();
    await page.locator('#faults').screenshot({ path: join(screenshots, '10-inventory-healed.png') });

    await aDeadLetterIsReplayedFromThePageAndAppliedOnce(page);

    await aRebuildShowsItsProgressAndEndsWithEqualHashes(page);
    await page.locator('#history').screenshot({ path: join(screenshots, '14-rebuild-done.png') });

    await aGatewayRouteIsTriedWithTheTokenAndAServicesDocumentShown(page);

    expectNone('console errors', consoleErrors);
    expectNone('failed requests', failedRequests);
    console.log('console-panels: every panel showed what it must');
}

/** Every visible control has an accessible name, and Tab alone reaches each enabled one (but Swagger UI's arrows). */
async function everyControlIsNamedAndReachedByTab(page) {
    const controls = page.locator('button:visible, input:visible, select:visible');
    await everyControlIsNamed(controls);
    // Swagger UI takes each operation's expand arrow out of the tab order (tabindex -1): its summary button, reached
    // by Tab, does the same. None of the console's own controls is out of the tab order.
    const wanted = await controls.evaluateAll((all) => all
        .filter((control) => !control.disabled && !(control.closest('#swagger-ui') && control.tabIndex < 0))
        .map((control, index) => {
            control.dataset.probe = String(index);
            return String(index);
        }));
    await page.locator('body').evaluate((body) => {
        document.activeElement?.blur();
        body.focus();
    });
    const reached = new Set();
    for (let press = 0; press < wanted.length * 2 + 5; press++) {
        await page.keyboard.press('Tab');
        const probe = await page.evaluate(() => document.activeElement?.dataset?.probe);
        if (probe !== undefined) {
            reached.add(probe);
        }
    }
    const missed = wanted.filter((probe) => !reached.has(probe));
    if (missed.length > 0 || wanted.length < 5) {
        throw new Error(`Tab reached ${reached.size} of ${wanted.length} controls; missed ${missed}`);
    }
}

/**
 * A choreographed order refused by stock while Customers fails to give the credit back: both events parked, the
 * participation waits for an operator, whose retry from the page compensates it, recorded with their name.
 */
async function aParkedCompensationIsRetriedByTheOperatorFromThePage(page) {
    await page.getByRole('button', { name: 'Run: a compensation parked' }).click();
    await page.locator('#scenario h3', { hasText: 'Compensation parked' }).waitFor();
    const retry = page.getByRole('button', { name: 'Retry the compensation at customers' });
    await retry.waitFor({ timeout: SAGA_TIMEOUT * 4 });
    await page.locator('[data-saga-state="COMPENSATED"]').waitFor();
    await page.locator('[data-participation="customers"][data-status="Active"]').waitFor();
    await page.locator('#scenarios').screenshot({ path: join(screenshots, '06-compensation-parked.png') });
    await retry.click();
    await page.locator('[data-participation="customers"][data-status="Compensated"]').waitFor({ timeout: SAGA_TIMEOUT });
    await page.locator('[data-participation="customers"]', { hasText: `retry by ${process.env.CONSOLE_USER}` }).waitFor();
    await page.locator('#scenarios').screenshot({ path: join(screenshots, '07-compensation-retried.png') });
}

/** Orders' recent sagas: the orchestrated one confirmed and the choreographed one compensated; one shown again. */
async function theRecentSagasListBothStylesAndShowOnesTimeline(page) {
    const recent = page.getByRole('table', { name: 'Recent sagas' });
    await recent.locator('tr[data-style="CHOREOGRAPHED"][data-state="COMPENSATED"]').first().waitFor();
    const confirmed = recent.locator('tr[data-style="ORCHESTRATED"][data-state="CONFIRMED"]').first();
    const orderId = await confirmed.getAttribute('data-saga');
    await confirmed.getByRole('button', { name: /^Show the timeline/ }).click();
    await page.locator('#scenario h3', { hasText: `Saga of order ${orderId}` }).waitFor();
    await timelineHas(page, 'approve-order', 'DONE');
    await page.locator('#scenarios').screenshot({ path: join(screenshots, '17-recent-sagas.png') });
}

/** The refused order (the scenario fills in its id): its events, and its state after the first one, by keyboard. */
async function theRefusedOrdersEventsAndItsStateAfterTheFirst(page) {
    await page.getByRole('button', { name: 'Show its events' }).click();
    const events = page.getByRole('table', { name: 'Order events' });
    await events.locator('td:text-is("OrderPlaced")').waitFor();
    await events.locator('td:text-is("OrderRejected")').waitFor();
    await page.locator('#order-state[data-status="REJECTED"]').waitFor();
    await page.getByLabel('State after event').focus();
    await page.keyboard.press('Home');
    await page.locator('#order-state[data-version="1"][data-status="PLACED"]').waitFor();
}

/**
 * The page's poison message: dead-lettered, inspected, its product stocked, replayed; the letter gone and the pick made,
 * once (read again 2 s later, beside the page, with a token of its own).
 */
async function aDeadLetterIsReplayedFromThePageAndAppliedOnce(page) {
    await page.getByRole('button', { name: 'Run: a dead letter' }).click();
    const stock = page.getByRole('button', { name: 'Stock the missing product' });
    await stock.waitFor({ timeout: SAGA_TIMEOUT * 3 });
    const orderId = await page.locator('#dead-log').getAttribute('data-order');
    await messagesIn(page, 'jms.queue.DLQ', (messages) => messages > 0);
    const row = page.locator(`tr[data-letter-key="${orderId}"]`);
    await row.getByRole('button', { name: /^Inspect/ }).click();
    await page.getByLabel('The dead letter inspected').filter({ hasText: orderId }).waitFor();
    await page.locator('#messaging').screenshot({ path: join(screenshots, '11-dead-letter.png') });

    await stock.click();
    await page.getByText('replay the letter.').waitFor();
    await row.getByRole('button', { name: /^Replay/ }).click();
    await page.locator('[data-picks="1"]').waitFor({ timeout: SAGA_TIMEOUT });
    await row.waitFor({ state: 'detached' });
    await page.locator('#messaging').screenshot({ path: join(screenshots, '12-dead-letter-replayed.png') });

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const picks = await (await fetch(new URL(`/api/admin/console/orders/${orderId}/picks`, gateway),
        { headers: { Authorization: `Bearer ${await tokenOfOwn()}` } })).json();
    if (picks.length !== 1) {
        throw new Error(`the replayed pick was applied ${picks.length} times: ${JSON.stringify(picks)}`);
    }
    const letters = await (await fetch(new URL(`/api/admin/dead-letters?key=${orderId}`, gateway),
        { headers: { Authorization: `Bearer ${await tokenOfOwn()}` } })).json();
    if (letters.length !== 0) {
        throw new Error(`the replayed letter is still in the dead-letter queue: ${JSON.stringify(letters)}`);
    }
}

/** The progress bar, read while the rebuild runs, stands between empty and full at least once; the hashes end equal. */
async function aRebuildShowsItsProgressAndEndsWithEqualHashes(page) {
    await page.getByRole('button', { name: 'Rebuild the order views' }).click();
    const progress = page.getByRole('progressbar', { name: 'Rebuild progress' });
    const done = page.locator('[data-hashes]');
    let between = 0;
    const deadline = Date.now() + 60_000;
    while (await done.count() === 0 && Date.now() < deadline) {
        const [value, max] = await progress.evaluate((bar) => [bar.value, bar.max]).catch(() => [0, 0]);
        if (value > 0 && value < max) {
            between++;
            if (between === 1) {
                await page.locator('#history').screenshot({ path: join(screenshots, '13-rebuild-running.png') });
            }
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (between === 0) {
        throw new Error('the rebuild\'s progress was never seen between empty and full');
    }
    const hashes = await done.getAttribute('data-hashes', { timeout: 1_000 });
    if (hashes !== 'equal') {
        throw new Error(`the rebuilt generation's hash differs from the live one's: ${await done.textContent()}`);
    }
}

/** The Destinations table's count of a queue's consumers, as the broker gave it, meets {@code expected}. */
async function consumersOf(page, queue, expected) {
    await figureOf(page, queue, 'consumers', expected);
}

async function messagesIn(page, queue, expected) {
    await figureOf(page, queue, 'messages', expected);
}

async function figureOf(page, queue, figure, expected) {
    const cell = page.getByRole('table', { name: 'Destinations' }).locator(`tr[data-queue="${queue}"] [data-${figure}]`);
    const value = Number(await cell.getAttribute(`data-${figure}`));
    if (!expected(value)) {
        throw new Error(`the Destinations table shows ${value} ${figure} for ${queue}`);
    }
}

/**
 * Swagger UI over the gateway's document: an operator's route tried from the page answers 200 (401 without the
 * page's token); Orders' document, fetched through the gateway, shows its routes with no way to call them.
 */
async function aGatewayRouteIsTriedWithTheTokenAndAServicesDocumentShown(page) {
    const api = page.locator('#api');
    const route = api.locator('.opblock-get', { has: page.locator('[data-path="/api/admin/breakers/{service}"]') });
    await route.locator('.opblock-summary').first().click();
    await route.getByRole('button', { name: 'Try it out' }).click();
    await route.locator('tr[data-param-name="service"] input').fill('inventory');
    await route.getByRole('button', { name: 'Execute' }).click();
    const status = route.locator('.live-responses-table tr.response .response-col_status').first();
    await status.waitFor();
    const answered = (await status.textContent()).trim();
    if (answered !== '200') {
        throw new Error(`GET /api/admin/breakers/inventory tried from the page answered ${answered}`);
    }
    await route.locator('.live-responses-table').getByText('"state"').first().waitFor();
    await api.screenshot({ path: join(screenshots, '15-api-tried.png') });

    await api.getByLabel('Document').selectOption({ label: 'Orders' });
    await api.locator('.opblock-summary-path[data-path$="/events"]').first().waitFor();
    await api.locator('.opblock-summary').first().click();
    if (await api.getByRole('button', { name: 'Try it out' }).count() !== 0) {
        throw new Error('a service\'s route offers "Try it out", which no client can call');
    }
    await api.screenshot({ path: join(screenshots, '16-api-orders.png') });
    await everyControlIsNamed(api.locator('button:visible, input:visible, select:visible'));
}

/**
 * By its label, its aria-label or -labelledby, a button's own text, its title or, last, its placeholder: the names a
 * screen reader announces (HTML-AAM's accessible name computation; Swagger UI names its parameters' inputs so).
 */
async function everyControlIsNamed(controls) {
    const unnamed = await controls.evaluateAll((all) => all.filter((control) => !(
        control.getAttribute('aria-label')?.trim()
        || control.getAttribute('aria-labelledby')
        || [...(control.labels ?? [])].some((label) => label.textContent.trim())
        || (control.tagName === 'BUTTON' && control.textContent.trim())
        || control.getAttribute('title')?.trim()
        || control.getAttribute('placeholder')?.trim()))
        .map((control) => control.outerHTML.slice(0, 160)));
    if (unnamed.length > 0) {
        throw new Error(`${unnamed.length} controls have no accessible name:\n  ${unnamed.join('\n  ')}`);
    }
}

async function timelineHas(page, step, outcome) {
    await page.getByRole('table', { name: 'Saga timeline' })
        .locator('tr', { has: page.locator(`td:text-is("${step}")`) })
        .locator(`td:text-is("${outcome}")`)
        .waitFor({ timeout: SAGA_TIMEOUT });
}

/**
 * The breaker's state read from the server beside the page (with a token of its own) gives the moment it opened;
 * the tile must say OPEN within PUSH_WITHIN_MS of it, with no reload and no read of the breakers' list.
 */
async function inventoryFailingOpensItsTileWithoutAReload(page) {
    const token = await tokenOfOwn();
    const readsBefore = breakerReads.length;
    const navigationsBefore = navigations;
    await page.getByRole('button', { name: 'Make Inventory fail' }).click();
    const deadline = Date.now() + 60_000;
    let opened = null;
    while (opened === null && Date.now() < deadline) {
        const breaker = await (await fetch(new URL('/api/admin/breakers/inventory', gateway),
            { headers: { Authorization: `Bearer ${token}` } })).json();
        if (breaker.state === 'OPEN') {
            opened = Date.now();
        } else {
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    }
    if (opened === null) {
        throw new Error('Inventory\'s breaker did not open at the server within 60 s');
    }
    await page.locator('[data-breaker="inventory"] [data-state="OPEN"]').waitFor({ timeout: PUSH_WITHIN_MS });
    const shownAfter = Date.now() - opened;
    if (breakerReads.length !== readsBefore || navigations !== navigationsBefore) {
        throw new Error(`the tile changed by a reload or a read of the breakers, not a push: ${breakerReads.length
            - readsBefore} reads, ${navigations - navigationsBefore} navigations`);
    }
    console.log(`console-panels: Inventory's tile showed OPEN ${shownAfter} ms after the server's breaker opened`);
}

async function tokenOfOwn() {
    const answer = await fetch(new URL('/api/auth/token', gateway), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: process.env.CONSOLE_USER, password: process.env.CONSOLE_PASSWORD }),
    });
    return (await answer.json()).access_token;
}

function expectNone(what, found) {
    if (found.length > 0) {
        throw new Error(`${what}:\n  ${found.join('\n  ')}`);
    }
}
