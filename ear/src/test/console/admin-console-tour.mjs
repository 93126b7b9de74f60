// Walks WildFly's admin console (HAL 3.7) in headless Chromium to where docs/operations/admin-console.md tells an
// operator to look, checks that each place shows Comptoir's names and figures, and saves a screenshot of each:
// Runtime > the server > Datasources, > Messaging > Server > default (a queue, a topic), > Transaction; Deployments.
//   node admin-console-tour.mjs CONSOLE_URL SCREENSHOTS MIN_COMMITTED
// MIN_COMMITTED: the committed transactions the management API counted just before; the console must show as many.
// The management user comes in CONSOLE_USER and CONSOLE_PASSWORD (hal.mjs). On a failure, the page at that moment is
// saved to SCREENSHOTS/failure.png.
import { mkdirSync } from 'node:fs';
import { inConsole } from './hal.mjs';

const [consoleUrl, screenshots, minCommitted] = process.argv.slice(2);
const DATASOURCES = ['AggregatorViewDS', 'CustomersDS', 'InventoryDS', 'OrdersDS', 'OrdersViewDS'];
const DESTINATIONS = ['fulfilment', 'order-commands', 'order-intake', 'order-events', 'customer-events', 'inventory-events'];
const WARS = ['customers.war', 'orders.war', 'inventory.war', 'aggregator.war'];

mkdirSync(screenshots, { recursive: true });
await inConsole(consoleUrl, `${screenshots}/failure.png`, async page => {
    await datasources(page);
    await destinations(page);
    await transactions(page);
    await deployment(page);
});

/** Runtime, the server (the column's only one), and an item of its Monitor column. */
async function monitor(page, subsystem) {
    await page.goto(consoleUrl);
    await page.locator('#tlc-runtime').click();
    await page.locator('#standalone-server-column li.finder-item').first().click();
    await page.locator(`#rss li#${subsystem}`).click();
}

async function datasources(page) {
    await monitor(page, 'datasources');
    const column = page.locator('#ds-runtime');
    await column.locator('li#xa-dsr-customersds').waitFor();
    const listed = await column.innerText();
    expect(!listed.includes('ExampleDS'), `the Datasource column lists ExampleDS:\n${listed}`);
    for (const name of DATASOURCES) {
        expect(listed.includes(name), `the Datasource column lacks ${name}:\n${listed}`);
    }
    await column.locator('li#xa-dsr-customersds').click();
    const pool = await preview(page, 'CustomersDS', /Connection Pool\s+Active\s+\d+ of 30/);
    await shoot(page, '01-datasources.png');
    console.log(`Datasources: ${DATASOURCES.join(', ')}; CustomersDS's pool: ${oneLine(pool, /Active\s+\d+ of 30/)}`);
}

async function destinations(page) {
    await monitor(page, 'messaging-activemq');
    await page.locator('#messaging-category-r li#server-item-runtime').click();
    await page.locator('#msg-server-r li#msgs-default').click();
    const column = page.locator('#msg-server-destination-r');
    await column.locator('li#default-jms-queue-fulfilment').waitFor();
    const listed = await column.innerText();
    for (const name of DESTINATIONS) {
        expect(listed.split('\n').some(line => line.trim() === name), `the Destination column lacks ${name}:\n${listed}`);
    }
    await column.locator('li#default-jms-queue-fulfilment').click();
    // Inventory's FulfilmentListener: competing consumers on the queue.
    const queue = await preview(page, 'fulfilment', /Consumer Count\s+[1-9]\d*/);
    await shoot(page, '02-queue-fulfilment.png');
    await column.locator('li#default-jms-topic-order-events').click();
    // The subscriber groups messaging.cli creates on order-events, durable, one each.
    const topic = await preview(page, 'order-events', /Messages Added\s+[1-9]\d*[\s\S]*Durable Subscription Count\s+[1-9]\d*/);
    await shoot(page, '03-topic-order-events.png');
    console.log(`Destinations: ${DESTINATIONS.join(', ')}; fulfilment: ${oneLine(queue, /Consumer Count\s+\d+/)}; `
        + `order-events: ${oneLine(topic, /Messages Added\s+\d+/)}, ${oneLine(topic, /Durable Subscription Count\s+\d+/)}`);
}

async function transactions(page) {
    // Taller, so that the chart's legend (committed, aborted, rolled back) shows under it.
    await page.setViewportSize({ width: 1400, height: 1250 });
    await monitor(page, 'transactions');
    const figures = await preview(page, 'Transaction', /Committed: \d+/);
    const committed = Number(/Committed: (\d+)/.exec(figures)[1]);
    expect(committed >= Number(minCommitted), `the console shows ${committed} committed transactions, the management API `
        + `counted ${minCommitted} before:\n${figures}`);
    await shoot(page, '04-transactions.png');
    await page.setViewportSize({ width: 1400, height: 900 });
    console.log(`Transactions: ${oneLine(figures, /Committed: \d+/)}, ${oneLine(figures, /Aborted: \d+/)}`);
}

async function deployment(page) {
    await page.goto(consoleUrl);
    await page.locator('#tlc-deployments').click();
    await page.locator('#deployment li#dply-comptoirear').click();
    const shown = await preview(page, 'comptoir.ear', /Status\s+OK[\s\S]*Subdeployments/);
    const subdeployments = shown.slice(shown.indexOf('Subdeployments'));
    for (const war of WARS) {
        expect(subdeployments.includes(war), `comptoir.ear's subdeployments lack ${war}:\n${shown}`);
    }
    expect(shown.includes('aggregator.war → /'), `comptoir.ear's context roots lack the aggregator's /:\n${shown}`);
    await shoot(page, '05-deployment.png');
    console.log(`Deployment: comptoir.ear, status OK, with ${WARS.join(', ')}`);
}

/** The finder's preview once it shows this title and matches what it must show; its text. */
async function preview(page, title, shows) {
    const pane = page.locator('#hal-finder-preview');
    await pane.locator('h1', { hasText: title }).waitFor();
    try {
        await page.waitForFunction(([pattern, flags]) => new RegExp(pattern, flags)
            .test(document.querySelector('#hal-finder-preview')?.innerText ?? ''), [shows.source, shows.flags],
        { timeout: 30_000 });
    } catch {
        throw new Error(`${title}'s preview does not show ${shows}:\n${await pane.innerText()}`);
    }
    return pane.innerText();
}

/** The whole page, without the tooltip of the item last clicked. */
async function shoot(page, name) {
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${screenshots}/${name}` });
}

function oneLine(text, pattern) {
    return pattern.exec(text)[0].replace(/\s+/g, ' ');
}

function expect(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}
