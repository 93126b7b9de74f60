// WildFly's admin console (HAL) in Debian's headless Chromium, logged in as the management user: what
// deploy-through-console.mjs and admin-console-tour.mjs share. The user comes in CONSOLE_USER and CONSOLE_PASSWORD
// (not on the command line, which ps shows); Chromium at CHROMIUM, else /usr/bin/chromium (Debian's).
import { chromium } from 'playwright-core';

/** Runs walk(page) on a page of the console at consoleUrl; on a failure, saves the page at that moment to failureShot. */
export async function inConsole(consoleUrl, failureShot, walk) {
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        // CI runs as root, where Chromium's sandbox does not start; the rest keeps Chromium's own calls home off the network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
               '--disable-component-update', '--disable-sync'],
    });
    try {
        // The management interface's HTTP Digest challenge, answered as a person answers the browser's login dialog.
        const context = await browser.newContext({
            httpCredentials: { username: process.env.CONSOLE_USER, password: process.env.CONSOLE_PASSWORD },
            viewport: { width: 1400, height: 900 },
        });
        // Only the server: the console also asks GitHub for its latest release, and sends analytics.
        const server = new URL(consoleUrl).host;
        await context.route('**/*', route => new URL(route.request().url()).host === server ? route.continue() : route.abort());
        context.setDefaultTimeout(60_000);
        const page = await context.newPage();
        try {
            await walk(page);
        } catch (failure) {
            await page.screenshot({ path: failureShot }).catch(cannot => console.error(`no screenshot: ${cannot}`));
            throw failure;
        }
    } finally {
        await browser.close();
    }
}
