// Deploys an archive through WildFly's admin console (HAL 3.7) in headless Chromium, as docs/operations/stock-wildfly.md
// tells a reader to: Deployments, the add button, Upload Deployment, the file, Next, its name and Enabled kept, Finish.
//   node deploy-through-console.mjs CONSOLE_URL ARCHIVE SCREENSHOT
// The management user comes in CONSOLE_USER and CONSOLE_PASSWORD (hal.mjs). On a failure, the page at that moment is
// saved to SCREENSHOT.
import { basename } from 'node:path';
import { inConsole } from './hal.mjs';

const [consoleUrl, archive, screenshot] = process.argv.slice(2);

await inConsole(consoleUrl, screenshot, deploy);

async function deploy(page) {
    await page.goto(consoleUrl);
    await page.locator('#tlc-deployments').click();             // the top bar's Deployments
    await page.locator('#deployment-add-actions').click();      // the column's add button (+)
    await page.locator('#deployment-upload').click();           // Upload Deployment
    await page.locator('#upload-file-input').setInputFiles(archive);
    await page.getByRole('button', { name: 'Next' }).click();
    // Specify Names: the file's name as the deployment's and runtime name, Enabled on, as the wizard proposes.
    const name = basename(archive);
    for (const field of ['#upload-names-form-name-editing', '#upload-names-form-runtime-name-editing']) {
        const value = await page.locator(field).inputValue();
        if (value !== name) {
            throw new Error(`${field} proposes ${value}, not ${name}`);
        }
    }
    // Its switch turns ON a moment after the names are filled in.
    await page.waitForFunction(() => document.querySelector('input[type=checkbox]#upload-names-form-enabled-editing')
        ?.checked, null, { timeout: 10_000 }).catch(() => {
        throw new Error('the wizard proposes the deployment disabled');
    });
    await page.getByRole('button', { name: 'Finish' }).click();
    // The wizard's last page, once the server has deployed it (the EAR's four WARs: 4 to 12 s on two cores) or
    // failed to, with the server's answer under its Details link.
    const outcome = page.locator('.wizard-pf-complete', { has: page.getByText(/^Deployment (successful|failed)$/) });
    await outcome.waitFor({ timeout: 180_000 });
    const report = await outcome.textContent();
    if (!report.includes('Deployment successful')) {
        throw new Error(`the wizard ends with: ${report}`);
    }
    console.log(`${name} deployed through the console`);
}
