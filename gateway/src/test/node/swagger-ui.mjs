// Opens the gateway's Swagger UI in headless Chromium, authorises with a bearer token, runs one operation with
// "Try it out" and prints what the page shows as JSON: {"status": "...", "body": "..."}.
// Usage: node swagger-ui.mjs <gateway base URL> <token> <tag> <operationId>
// Chromium: CHROMIUM env, else /usr/bin/chromium (Debian package `chromium`; playwright-core cannot download one here).
import { chromium } from 'playwright-core';

const [base, token, tag, operationId] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
  timeout: 60_000,
});
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${base}/q/swagger-ui/`, { waitUntil: 'networkidle' });

  await page.click('button.authorize');
  await page.fill('.auth-container input', token);
  await page.click('.auth-btn-wrapper button.authorize');
  await page.click('.auth-btn-wrapper button.btn-done');

  const operation = page.locator(`#operations-${tag.replace(/ /g, '_')}-${operationId}`);
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('button.execute').click();

  const status = operation.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor();
  const body = await operation.locator('.live-responses-table .response-col_description pre.microlight').first().innerText();
  console.log(JSON.stringify({ status: (await status.innerText()).trim(), body }));
} finally {
  await browser.close();
}
