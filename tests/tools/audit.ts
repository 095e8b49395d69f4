/**
 * `npm run audit`: Lighthouse (mobile and desktop, light and dark) on the built home page, seed
 * article, search page (with a search) and archive, with Debian's Chromium, printing the four
 * category scores and the page weights. A report, not a test: the target is 100 everywhere. Uses
 * the `dist/` that `npm run build` just made.
 */
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM } from '../helpers/browser';
import { serveDist } from '../helpers/serve';

const ROOT = resolve(import.meta.dirname, '../..');
// `npx tsx tests/tools/audit.ts search/ archive/` audits only the pages given.
const PAGES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'articles/china-military-aid-russia/', 'search/', 'search/?q=China', 'archive/'];
const SCHEMES = ['light', 'dark'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveDist(join(ROOT, 'dist'), '/');
let failed = false;
console.log(`Lighthouse on ${server.url} (Chromium at ${CHROMIUM})\n`);
console.log(['page', 'form', 'scheme', ...CATEGORIES, 'bytes', 'requests'].join('\t'));
for (const scheme of SCHEMES) {
  // --force-dark-mode makes Chromium report prefers-color-scheme: dark to pages.
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(scheme === 'dark' ? ['--force-dark-mode'] : [])],
  });
  try {
    for (const path of PAGES) {
      for (const form of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(
          `${server.url}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          form === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for /${path}`);
        const scores = CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
        const bytes = lhr.audits['total-byte-weight']?.numericValue ?? 0;
        const requests = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0;
        console.log([`/${path}`, form, scheme, ...scores, Math.round(bytes), requests].join('\t'));
        const misses = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary');
        if (misses.length > 0) console.log(`  below 100 because of: ${misses.map((audit) => audit.id).join(', ')}`);
        if (scores.some((score) => score < 100)) failed = true;
      }
    }
  } finally {
    chrome.kill();
  }
}
await server.close();
console.log(failed ? '\nSome scores are below the target of 100.' : '\nAll scores are 100.');
