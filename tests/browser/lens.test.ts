import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/build-site';
import { runAxe, useBrowserAndSite } from '../helpers/browser';

const ARTICLE = 'articles/china-military-aid-russia/';
const site = useBrowserAndSite(builtSite('seed'), '/');

describe('the language lens', () => {
  test('is off by default and the checkbox switches it on and off without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${ARTICLE}`);
    // The explanation follows the term (never inside annotated words), and the term names it.
    const explanation = page.locator('#term-t1-explanation.sourced-term__explain');
    await expect(page.locator('#term-t1').getAttribute('aria-describedby')).resolves.toBe('term-t1-explanation');
    await expect(explanation.isVisible()).resolves.toBe(false);
    const outline = () => page.locator('#term-t1').evaluate((element) => getComputedStyle(element).outlineStyle);
    await expect(outline()).resolves.toBe('none');
    await page.getByLabel(/Language lens/).check();
    await expect(explanation.isVisible()).resolves.toBe(true);
    await expect(explanation.innerText()).resolves.toContain('Translation artifact');
    await expect(outline()).resolves.toBe('dotted');
    await expect(page.locator('.sourced-term--hedge').first().innerText()).resolves.toMatch(/^is said to/);
    await page.getByLabel(/Language lens/).uncheck();
    await expect(explanation.isVisible()).resolves.toBe(false);
    await context.close();
  });

  test.each([
    ['off', false],
    ['on', true],
  ])('has no WCAG 2.2 A/AA violation with the lens %s, in light and dark', async (_state, on) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}${ARTICLE}`);
      if (on) await page.getByLabel(/Language lens/).check();
      expect(await runAxe(page), `${colorScheme}`).toEqual([]);
      await context.close();
    }
  });
});
