import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/build-site';
import { runAxe, useBrowserAndSite } from '../helpers/browser';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const ARTICLE = 'articles/china-military-aid-russia/';
const site = useBrowserAndSite(builtSite('seed'), '/');

async function openArticle(width: number, height = 900, hash = ''): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${ARTICLE}${hash}`);
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

/** The accessible name as a screen reader would hear it (white space before punctuation dropped). */
const spoken = (name: string) => name.replace(/\s+([,:.])/g, '$1').replace(/\s+/g, ' ').trim();

/** Chromium's own accessibility tree: the name and expanded state of every node with this role. */
async function chromiumTree(page: Page, role: string): Promise<{ name: string; expanded?: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && node.role?.value === role)
    .map((node) => {
      const expanded = node.properties?.find((property) => property.name === 'expanded')?.value.value;
      return { name: spoken(node.name?.value ?? ''), ...(expanded === undefined ? {} : { expanded: expanded as boolean }) };
    });
}

/** The claim ids of the callouts, in reading order. */
async function claimIds(page: Page): Promise<string[]> {
  return page.locator('.sourced-callout').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-callout') ?? ''));
}

describe('the article on a wide screen (1280px)', () => {
  test('shows every callout in the margin, right of the text, never starting above its claim', async () => {
    const page = await openArticle(1280);
    const [body] = await boxes(page, '.article__body > :not(.sourced-group), .sourced-group > :first-child');
    for (const id of await claimIds(page)) {
      const [claim] = await boxes(page, `#claim-${id}`);
      const [callout] = await boxes(page, `[data-callout="${id}"]`);
      expect(callout!.left, id).toBeGreaterThanOrEqual(body!.right);
      expect(callout!.top, id).toBeGreaterThanOrEqual(claim!.top);
    }
    await page.context().close();
  });

  test('callouts overlap neither each other nor the text, closed or all open', async () => {
    const page = await openArticle(1280);
    const text = () => boxes(page, '.article__body :is(p, h2, li, table, blockquote):not(.sourced-callout *), .sourced-note');
    for (const display of ['Compact', 'Full']) {
      await page.getByText(display, { exact: true }).click();
      const callouts = await boxes(page, '.sourced-callout');
      expect(callouts).toHaveLength(14);
      expect(findOverlaps(callouts, callouts, true), display).toEqual([]);
      expect(findOverlaps(callouts, await text()), display).toEqual([]);
    }
    await page.context().close();
  });

  test('the report starts within the first screen (1280 × 900)', async () => {
    const page = await openArticle(1280, 900);
    const [first] = await boxes(page, '.article__body p');
    expect(first!.top).toBeLessThan(900 - 40);
    await page.context().close();
  });

  test('the list of quotes follows the text, not the page header', async () => {
    const page = await openArticle(1280);
    const [quotes] = await boxes(page, 'section.quote-sidebar');
    const [body] = await boxes(page, '.article__body');
    expect(quotes!.top).toBeGreaterThanOrEqual(body!.bottom);
    await page.context().close();
  });
});

describe('the article on a phone (375px)', () => {
  test('each claim’s callout is one collapsed line after its paragraph, in the same column', async () => {
    const page = await openArticle(375, 800);
    const groups = await page.locator('.sourced-group').count();
    for (let index = 0; index < groups; index++) {
      const [paragraph] = await boxes(page, `.sourced-group >> nth=${index} >> xpath=./*[1]`);
      const [callouts] = await boxes(page, `.sourced-group >> nth=${index} >> .sourced-callouts`);
      expect(callouts!.top).toBeGreaterThanOrEqual(paragraph!.bottom - 12);
      expect(Math.abs(callouts!.left - paragraph!.left)).toBeLessThan(2);
    }
    const open = await page.locator('details.sourced-callout').evaluateAll((elements) => elements.filter((element) => (element as HTMLDetailsElement).open).length);
    expect(open).toBe(0);
    const heights = await boxes(page, '.sourced-callout');
    for (const box of heights) expect(box.bottom - box.top).toBeLessThan(40);
    await page.context().close();
  });

  test('the site header takes at most 100 px, and the report starts within the second screen', async () => {
    const page = await openArticle(375, 800);
    const [header] = await boxes(page, '.site-header');
    expect(header!.bottom).toBeLessThanOrEqual(100);
    const [first] = await boxes(page, '.article__body p');
    expect(first!.top).toBeLessThan(2 * 800);
    await page.context().close();
  });

  test('the quotes come straight after the text, before the corrections and the sources, and the header links to them', async () => {
    const page = await openArticle(375, 800);
    const [quotes] = await boxes(page, 'section.quote-sidebar');
    const [body] = await boxes(page, '.article__body');
    const [sources] = await boxes(page, '.sources-list');
    expect(quotes!.top).toBeGreaterThanOrEqual(body!.bottom);
    expect(quotes!.bottom).toBeLessThanOrEqual(sources!.top);
    await expect(page.locator('.article__meta a[href="#quotes-heading"]').textContent()).resolves.toMatch(/\d+ quotes/);
    await page.context().close();
  });
});

describe('reading with the keyboard or a screen reader', () => {
  for (const width of [375, 1280]) {
    test(`every callout’s full content is reachable with the keyboard alone (${width} px)`, async () => {
      const page = await openArticle(width);
      const ids = await claimIds(page);
      for (const id of ids) {
        const summary = page.locator(`[data-callout="${id}"] > summary`);
        await summary.focus();
        await expect(page.locator(`#callout-${id}`).isVisible(), id).resolves.toBe(false);
        await page.keyboard.press('Enter');
        await expect(page.locator(`#callout-${id}`).isVisible(), id).resolves.toBe(true);
        // The next Tab reaches the links inside the opened callout.
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.closest('[data-callout]')?.getAttribute('data-callout'));
        expect(focused, id).toBe(id);
      }
      await page.context().close();
    });
  }

  test('collapsed lines and links have distinct, descriptive accessible names, and the lines announce their state', async () => {
    const page = await openArticle(375, 800);
    const lines = await chromiumTree(page, 'DisclosureTriangle');
    const calloutLines = lines.filter((node) => node.name.startsWith('Claim '));
    expect(calloutLines).toHaveLength(14);
    expect(calloutLines[2]).toEqual({ name: 'Claim 3, Unverified: A senior US Defense Department official', expanded: false });
    expect(new Set(calloutLines.map((node) => node.name)).size).toBe(14);
    await page.locator('[data-callout] > summary').nth(2).click();
    expect((await chromiumTree(page, 'DisclosureTriangle')).find((node) => node.name.startsWith('Claim 3,'))?.expanded).toBe(true);
    const links = (await chromiumTree(page, 'link')).map((node) => node.name);
    expect(links).toContain('Claim 3: see sourcing');
    expect(links).toContain('Back to claim 3 in the text');
    expect(links.filter((name) => /^Claim \d+: see sourcing$/.test(name))).toHaveLength(14);
    await page.context().close();
  });

  test('each claim is described by its callout, which names its source', async () => {
    const page = await openArticle(1280);
    const description = await page.locator('#claim-escalation').evaluate((element) => {
      const id = element.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(description).toContain('Steve Tsang');
    expect(description).toContain('Named expert');
    await page.context().close();
  });

  test('tap targets are at least 24 × 24 px: claim numbers, callout lines and links, quote links, the menu', async () => {
    for (const width of [375, 1280]) {
      const page = await openArticle(width);
      await page.getByText('Full', { exact: true }).click();
      const small = await page
        .locator('.sourced-claim__ref, .sourced-callout__summary, .sourced-callout__back-link, .quote-sidebar__context, .site-menu__toggle:visible, .annotation-display__label, .original__summary, .ledger__summary-line')
        .evaluateAll((elements) =>
          elements
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
            .map(({ element, box }) => `${element.className} ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
      expect(small, `${width}`).toEqual([]);
      await page.context().close();
    }
  });
});

describe('following links inside the page', () => {
  for (const width of [375, 1280]) {
    test(`the target is marked, clear of the top edge and not covered (${width} px)`, async () => {
      const page = await openArticle(width, 800);
      for (const hash of ['#claim-request', '#quote-q1', '#callout-request', '#quote-entry-q1', '#note-n1']) {
        await page.goto(`${site.server.url}${ARTICLE}${hash}`);
        const target = page.locator(hash);
        const marked = await target.evaluate((element) => {
          const shown = element.matches('.sourced-callout__body') ? element.parentElement! : element;
          const style = getComputedStyle(shown);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        });
        expect(marked, hash).toBe(true);
        const box = (await target.boundingBox())!;
        expect(box.y, hash).toBeGreaterThanOrEqual(40);
        expect(box.y, hash).toBeLessThan(800);
        const onTop = await target.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          const hit = document.elementFromPoint(rect.left + Math.min(8, rect.width / 2), rect.top + Math.min(8, rect.height / 2));
          return hit !== null && (element.contains(hit) || hit.contains(element));
        });
        expect(onTop, hash).toBe(true);
      }
      await page.context().close();
    });
  }

  test('on a phone, following a claim’s number opens its callout with the claim still in view', async () => {
    const page = await openArticle(375, 800);
    await page.locator('a[href="#callout-request"]').click();
    await expect(page.locator('[data-callout="request"]').evaluate((element) => (element as HTMLDetailsElement).open)).resolves.toBe(true);
    const claim = (await page.locator('#claim-request').boundingBox())!;
    expect(claim.y).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });
});

describe('the reader’s choice of annotations', () => {
  test('Full opens every callout, Text only hides callouts, numbers and highlighting but keeps notes', async () => {
    const page = await openArticle(375, 800);
    await page.getByText('Full', { exact: true }).click();
    await expect(page.locator('#callout-request').isVisible()).resolves.toBe(true);
    await page.getByText('Text only', { exact: true }).click();
    await expect(page.locator('.sourced-callouts').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.sourced-claim__ref').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.sourced-claim').first().evaluate((element) => getComputedStyle(element).textDecorationLine)).resolves.toBe('none');
    await expect(page.locator('.sourced-note').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('has no WCAG 2.2 A/AA violation with every callout open, the lens on and the menu open, at 375 and 1280 px, light and dark', async () => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${site.server.url}${ARTICLE}`);
        await page.getByText('Full', { exact: true }).click();
        await page.getByLabel(/Language lens/).check();
        await page.locator('.original__summary').click();
        await page.locator('.ledger__summary-line').click();
        if (width < 768) await page.locator('.site-menu__toggle').click();
        expect(await runAxe(page), `${width} ${colorScheme}`).toEqual([]);
        await context.close();
      }
    }
  });

  test('is operable with the keyboard: a radio group named "Annotations"', async () => {
    const page = await openArticle(1280);
    await page.locator('#annotations-compact').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#annotations-full').isChecked()).resolves.toBe(true);
    const snapshot = await page.locator('.annotation-display').ariaSnapshot();
    expect(snapshot).toContain('group "Annotations"');
    await page.context().close();
  });
});

describe('printing the article', () => {
  test('prints the text with callouts as numbered endnotes, quotes after the text, link URLs and no navigation or controls', async () => {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 1000 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${ARTICLE}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sourced-callouts').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header__nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.theme-switch').isVisible()).resolves.toBe(false);
    await expect(page.locator('.reading-options').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-endnotes').isVisible()).resolves.toBe(true);
    const endnotes = await page.locator('.print-endnotes li').allTextContents();
    expect(endnotes).toHaveLength(14);
    expect(endnotes[0]).toContain('Anonymous officials, via Financial Times. Status: unverified.');
    const [sidebar] = await boxes(page, 'section.quote-sidebar');
    const [body] = await boxes(page, '.article__body');
    expect(sidebar!.top).toBeGreaterThanOrEqual(body!.bottom);
    const after = await page.locator('.sources-list a[href^="http"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://www.ft.com/');
    // The report's words are not the smallest text on the page.
    const sizes = await page.evaluate(() => {
      const size = (selector: string) => Math.min(...Array.from(document.querySelectorAll(selector)).filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => parseFloat(getComputedStyle(element).fontSize)));
      return { text: size('.article__body > p, .sourced-group > p, .sourced-group__rest > p'), endnotes: size('.print-endnotes li') };
    });
    expect(sizes.text).toBeGreaterThan(sizes.endnotes);
    await context.close();
  });

  test('endnotes are not shown on screen', async () => {
    const page = await openArticle(1280);
    await expect(page.locator('.print-endnotes').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});
