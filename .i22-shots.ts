import { chromium } from 'playwright-core';
import { serveDist } from './tests/helpers/serve.ts';
const [dist, label] = process.argv.slice(2);
const server = await serveDist(dist!, '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const width of [375, 1280]) for (const colorScheme of ['light', 'dark'] as const) for (const lens of [false, true]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}articles/china-military-aid-russia/`);
  if (lens) await page.getByLabel(/Language lens/).check();
  await page.locator('#claim-signal').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/i22-shots/${label}-${width}-${colorScheme}-lens-${lens ? 'on' : 'off'}.png` });
  await context.close();
}
await browser.close();
await server.close();
