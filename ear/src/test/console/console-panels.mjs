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

    await inventoryFailingOpensItsTileWithoutAReload(page);
    await page.screenshot({ path: join(screenshots, '05-inventory-open.png'), fullPage: true });

    await page.getByRole('button', { name: 'Heal Inventory' }).click();
    await page.getByText('Inventory healed').waitFor();
    await page.locator('[data-breaker="inventory"] [data-state="CLOSED"]').waitFor();
    await page.locator('#faults').screenshot({ path: join(screenshots, '06-inventory-healed.png') });

    expectNone('console errors', consoleErrors);
    expectNone('failed requests', failedRequests);
    console.log('console-panels: every panel showed what it must');
}

/** Every visible button and input has an accessible name, and Tab alone reaches each enabled one. */
async function everyControlIsNamedAndReachedByTab(page) {
    const controls = page.locator('button:visible, input:visible');
    const named = await page.getByRole('button', { name: /\S/ }).count()
        + await page.locator('input:visible').evaluateAll((inputs) => inputs.filter((input) =>
            [...input.labels].some((label) => label.textContent.trim()) || input.getAttribute('aria-label')).length);
    const total = await controls.count();
    if (named !== total) {
        throw new Error(`${total - named} of ${total} controls have no accessible name`);
    }
    const wanted = await controls.evaluateAll((all) => all.filter((control) => !control.disabled)
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
