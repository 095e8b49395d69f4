import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/build-site';
import { useBrowserAndSite } from '../helpers/browser';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const ARTICLE = 'articles/china-military-aid-russia/';
const site = useBrowserAndSite(builtSite('seed'), '/');

async function openArticle(width: number): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${ARTICLE}`);
  return page;
}

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left, right: box.right };
    }),
  );
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

function findOverlaps(a: Box[], b: Box[], same = false): string[] {
  const found: string[] = [];
  a.forEach((first, i) =>
    b.forEach((second, j) => {
      if (same && j <= i) return;
      if (overlaps(first, second)) found.push(`${i} overlaps ${j}`);
    }),
  );
  return found;
}

describe('the article on a wide screen (1280px)', () => {
  test('shows every callout in the margin, to the right of the text, starting level with its paragraph', async () => {
    const page = await openArticle(1280);
    const groups = await page.locator('.sourced-group').count();
    expect(groups).toBeGreaterThan(5);
    for (let index = 0; index < groups; index++) {
      const group = page.locator('.sourced-group').nth(index);
      const [paragraph] = await boxes(page, `.sourced-group >> nth=${index} >> xpath=./*[1]`);
      const callouts = await group.locator('.sourced-callout').evaluateAll((elements) =>
        elements.map((element) => {
          const box = element.getBoundingClientRect();
          return { top: box.top + window.scrollY, left: box.left, visible: box.width > 0 && box.height > 0 };
        }),
      );
      for (const callout of callouts) {
        expect(callout.visible).toBe(true);
        expect(callout.left).toBeGreaterThanOrEqual(paragraph!.right);
      }
      expect(Math.abs(callouts[0]!.top - paragraph!.top)).toBeLessThan(4);
    }
    await page.context().close();
  });

  test('callouts overlap neither each other nor the text', async () => {
    const page = await openArticle(1280);
    const callouts = await boxes(page, '.sourced-callout');
    const text = await boxes(page, '.article__body p:not(.sourced-callout p), .article__body h2, .sourced-note');
    expect(callouts).toHaveLength(14);
    expect(findOverlaps(callouts, callouts, true)).toEqual([]);
    expect(findOverlaps(callouts, text)).toEqual([]);
    await page.context().close();
  });

  test('puts the quote sidebar in a column beside the article', async () => {
    const page = await openArticle(1280);
    const [sidebar] = await boxes(page, 'aside.quote-sidebar');
    const [body] = await boxes(page, '.article__body');
    expect(sidebar!.left).toBeGreaterThanOrEqual(body!.right);
    expect(sidebar!.top).toBeLessThan(body!.top);
    await expect(page.getByRole('complementary', { name: /Quotes/ }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the article on a phone (375px)', () => {
  test('shows each callout after its paragraph, in the same column', async () => {
    const page = await openArticle(375);
    const groups = await page.locator('.sourced-group').count();
    for (let index = 0; index < groups; index++) {
      const [paragraph] = await boxes(page, `.sourced-group >> nth=${index} >> xpath=./*[1]`);
      const [callouts] = await boxes(page, `.sourced-group >> nth=${index} >> .sourced-callouts`);
      expect(callouts!.top).toBeGreaterThanOrEqual(paragraph!.bottom);
      expect(Math.abs(callouts!.left - paragraph!.left)).toBeLessThan(2);
    }
    await page.context().close();
  });

  test('puts the quote sidebar after the article text', async () => {
    const page = await openArticle(375);
    const [sidebar] = await boxes(page, 'aside.quote-sidebar');
    const [body] = await boxes(page, '.article__body');
    expect(sidebar!.top).toBeGreaterThanOrEqual(body!.bottom);
    await page.context().close();
  });
});

describe('reading with a screen reader or the keyboard', () => {
  test('each claim is described by its callout', async () => {
    const page = await openArticle(1280);
    const description = await page.locator('#claim-escalation').evaluate((element) => {
      const id = element.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(description).toContain('Steve Tsang');
    expect(description).toContain('Named expert');
    await page.context().close();
  });
});

describe('printing the article', () => {
  test('prints the text with callouts as numbered endnotes, quotes after the text, link URLs and no navigation', async () => {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 1000 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${ARTICLE}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sourced-callouts').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header__nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.theme-switch').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-endnotes').isVisible()).resolves.toBe(true);
    const endnotes = await page.locator('.print-endnotes li').allTextContents();
    expect(endnotes).toHaveLength(14);
    expect(endnotes[0]).toContain('Anonymous officials, via Financial Times. Status: unverified.');
    const [sidebar] = await boxes(page, 'aside.quote-sidebar');
    const [body] = await boxes(page, '.article__body');
    expect(sidebar!.top).toBeGreaterThanOrEqual(body!.bottom);
    const after = await page.locator('.sources-list a[href^="http"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://www.ft.com/');
    await context.close();
  });

  test('endnotes are not shown on screen', async () => {
    const page = await openArticle(1280);
    await expect(page.locator('.print-endnotes').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});
