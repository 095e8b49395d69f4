/**
 * Claim pages and lists in a browser: WCAG 2.2 A/AA (axe), nothing wider than a phone's screen,
 * keyboard reach, and a look at the timeline. Uses the claims fixture build (made here when the
 * build test has not made it yet).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build-site';
import { findOverflowingElements, runAxe, tabThroughPage, useBrowserAndSite } from '../helpers/browser';

const DIST = join(TEST_BUILDS, 'claims');
const PAGES = ['claims/', 'claims/harbour-fire-initial/cause/', 'claims/status/disputed/', 'articles/harbour-fire-insurer/', 'sources/owner/'];

beforeAll(() => {
  if (!existsSync(join(DIST, 'claims', 'index.html'))) {
    const result = buildSite({ name: 'claims', contentDir: 'tests/fixtures/sites/claims' });
    if (result.exitCode !== 0) throw new Error(result.output);
  }
});

const site = useBrowserAndSite(DIST, '/');

describe('claim pages in a browser', () => {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`have no WCAG 2.2 A/AA violation and nothing wider than the screen at ${width}px, ${scheme}`, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true });
        const page = await context.newPage();
        const failures: string[] = [];
        for (const path of PAGES) {
          await page.goto(`${site.server.url}${path}`);
          for (const violation of await runAxe(page)) failures.push(`/${path} ${violation.id}: ${violation.help} at ${violation.targets.join(', ')}`);
          const overflowing = await findOverflowingElements(page);
          if (overflowing.length > 0) failures.push(`/${path} overflows: ${overflowing.slice(0, 5).join('; ')}`);
          if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) failures.push(`/${path} scrolls sideways`);
        }
        await context.close();
        expect(failures).toEqual([]);
      });
    }
  }

  test('Tab reaches every link of a claim page in order, each with a visible focus outline', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}claims/harbour-fire-initial/cause/`);
    const { expected, reached, withoutOutline } = await tabThroughPage(page);
    await context.close();
    expect(expected.length).toBeGreaterThan(8);
    expect(reached).toEqual(expected);
    expect(withoutOutline).toEqual([]);
  });

  test('the timeline is drawn: its spans fill the chart’s width, in the status colours', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}claims/harbour-fire-initial/cause/`);
    const spans = await page.$$eval('svg.claim-timeline rect', (rects) => rects.map((rect) => ({ width: rect.getBoundingClientRect().width, fill: getComputedStyle(rect).fill })));
    await page.locator('.claim-page__section').first().screenshot({ path: join(TEST_BUILDS, 'claims-timeline.png') });
    await context.close();
    expect(spans).toHaveLength(3);
    expect(spans.every((span) => span.width > 10)).toBe(true);
    expect(new Set(spans.map((span) => span.fill)).size).toBe(3);
  });
});
