/**
 * `npm run screenshots`: PNGs of the home page and the seed article at 375 and 1280 px in light
 * and dark, plus the article as a printed PDF, in `screenshots/` (git-ignored), for a look before
 * merging. Uses the `dist/` that `npm run build` just made.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'screenshots');
const PAGES = [
  { name: 'home', path: '' },
  { name: 'article', path: 'articles/china-military-aid-russia/' },
];

mkdirSync(OUT, { recursive: true });
const base = process.env['BASE_PATH'] ? `/${process.env['BASE_PATH'].replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
const server = await serveDist(join(ROOT, 'dist'), base);
const browser = await launchBrowser();
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const { name, path } of PAGES) {
        await page.goto(`${server.url}${path}`);
        const file = join(OUT, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}${PAGES[1]!.path}`);
  const pdf = join(OUT, 'article-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  await page.emulateMedia({ media: 'print' });
  const printPng = join(OUT, 'article-print.png');
  await page.screenshot({ path: printPng, fullPage: true });
  console.log(pdf);
  console.log(printPng);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
