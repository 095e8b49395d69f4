import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/build-site';
import { findOverflowingElements, runAxe, tabThroughPage, useBrowserAndSite, watchProblems } from '../helpers/browser';

const PAGES = ['', 'articles/china-military-aid-russia/', 'tags/china/', 'tags/', 'subscribe/', 'archive/', 'archive/2026/11/', 'no-such-page/'];
const VIEWPORTS = [375, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;

const site = useBrowserAndSite(builtSite('seed'), '/');

describe('every page, at every width, in both colour schemes', () => {
  for (const width of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      test(`has no WCAG 2.2 A/AA violation and nothing wider than the screen at ${width}px, ${scheme}`, async () => {
        // bypassCSP lets the test inject axe; the pages themselves run no script.
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true });
        const page = await context.newPage();
        const failures: string[] = [];
        for (const path of PAGES) {
          await page.goto(`${site.server.url}${path}`);
          const violations = await runAxe(page);
          for (const violation of violations) failures.push(`/${path} ${violation.id}: ${violation.help} at ${violation.targets.join(', ')}`);
          const overflowing = await findOverflowingElements(page);
          if (overflowing.length > 0) failures.push(`/${path} overflows: ${overflowing.slice(0, 5).join('; ')}`);
          const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
          if (scrollsSideways) failures.push(`/${path} scrolls sideways`);
        }
        await context.close();
        expect(failures).toEqual([]);
      });
    }
  }
});

describe('with the keyboard', () => {
  test.each(PAGES)('Tab reaches every link of /%s in document order, each with a visible focus outline', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    const { expected, reached, withoutOutline } = await tabThroughPage(page);
    await context.close();
    expect(expected.length).toBeGreaterThan(5);
    expect(reached).toEqual(expected);
    expect(withoutOutline).toEqual([]);
  });

  test('every page has banner, main and contentinfo landmarks, and the article a Quotes region after its text', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${site.server.url}${path}`);
      for (const role of ['banner', 'main', 'contentinfo'] as const) {
        await expect(page.getByRole(role).count(), `${role} on /${path}`).resolves.toBe(1);
      }
    }
    await page.goto(`${site.server.url}articles/china-military-aid-russia/`);
    await expect(page.getByRole('region', { name: /Quotes/ }).count()).resolves.toBe(1);
    await context.close();
  });

  test('the skip link is the first stop and moves focus to the main content', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}articles/china-military-aid-russia/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
    await context.close();
  });
});

describe('with JavaScript off', () => {
  test('every page renders with no console error, no failed request and no request to another host', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const problems = await watchProblems(context, new URL(site.server.url).origin);
    const page = await context.newPage();
    for (const path of PAGES.filter((p) => p !== 'no-such-page/')) {
      const response = await page.goto(`${site.server.url}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);
    }
    await page.goto(`${site.server.url}articles/china-military-aid-russia/`);
    await expect(page.locator('article h1').textContent()).resolves.toContain('Would China arm Russia?');
    await expect(page.locator('.article__original-headline q').textContent()).resolves.toContain('China apparently ready for military aid');
    await expect(page.locator('.article__body p').first().innerText()).resolves.toBe('Might mix too China in the Ukraine War with?');
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  });

  test('an unknown address gets the 404 page with status 404', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${site.server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('main h1').textContent()).resolves.toBe('Page not found');
    await context.close();
  });

  test('the theme switch changes the colour scheme without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('label[for="theme-dark"]').click();
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.locator('label[for="theme-auto"]').click();
    expect(await background()).toBe(light);
    await context.close();
  });
});
