/**
 * Search in Chromium, on a /sub/ build served by the nginx recipe: Pagefind's own API finds the
 * seed article by a speaker's name and by the words of a quote, the search page's form finds and
 * filters results under its Content-Security-Policy, and without JavaScript the page sends
 * readers to the browse pages. Article pages still run no script.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site';
import { findOverflowingElements, launchBrowser, runAxe, watchProblems } from '../helpers/browser';
import { startNginx, type RunningServer } from '../helpers/static-servers';

const BASE = '/sub/';
const ARTICLE = `${BASE}articles/china-military-aid-russia/`;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Vitest's own BASE_URL (`/`) must not reach the build (see static-servers.test.ts).
  const inherited = process.env['BASE_URL'];
  delete process.env['BASE_URL'];
  const result = buildSite({ name: 'deploy-search', basePath: BASE });
  if (inherited !== undefined) process.env['BASE_URL'] = inherited;
  if (result.exitCode !== 0) throw new Error(`The /sub/ build failed:\n${result.output}`);
  server = await startNginx({ dist: result.outDir, base: BASE });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; problems: Awaited<ReturnType<typeof watchProblems>> }> {
  const context = await browser.newContext(options);
  const problems = await watchProblems(context, server.origin);
  return { context, problems };
}

/** Waits until the search page's script has loaded the index and enabled the form. */
async function waitUntilReady(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => !(document.querySelector('#search-query') as HTMLInputElement | null)?.disabled, undefined, { timeout: 10_000 });
}

/**
 * Waits until the search that the last action started is done (the results list is no longer
 * `aria-busy`) and the status line (a live region) matches.
 */
async function waitForStatus(page: import('playwright-core').Page, pattern: RegExp): Promise<void> {
  try {
    await page.waitForFunction(
      (source) => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') && new RegExp(source).test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      pattern.source,
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`The search status is "${await page.locator('[data-search-status]').textContent()}", expected ${pattern}`);
  }
}

/**
 * Runs a search with Pagefind's own API in the served search page; returns the URLs of the
 * results (articles) and of their sub-results (the claims and quotes whose words matched).
 */
async function pagefindSearch(term: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  const { context, problems } = await openContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}${BASE}search/`);
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  const urls = (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
    const found = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(found.results.map((result) => result.data()));
    return data.flatMap((one) => [one.url, ...one.sub_results.map((sub) => sub.url)]);
  })()`)) as string[];
  await context.close();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  return urls;
}

/** The links of the search page's results, in order: each article, then its claims and quotes. */
async function resultLinks(page: import('playwright-core').Page): Promise<(string | null)[]> {
  return page.locator('.search-result a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
}

describe("Pagefind's API on the served /sub/search/ page", () => {
  test("finds the seed article, its claims and its quotes by a speaker's name", async () => {
    const urls = await pagefindSearch('Tsang');
    expect(urls, JSON.stringify(urls)).toContain(ARTICLE);
    expect(urls).toContain(`${ARTICLE}#quote-q7`);
    expect(urls.every((url) => url.startsWith(BASE))).toBe(true);
  });

  test('finds the quote by its words, linked to its place in the article', async () => {
    const urls = await pagefindSearch('collateral damage');
    expect(urls[0]?.startsWith(ARTICLE), JSON.stringify(urls)).toBe(true);
    expect(urls).toContain(`${ARTICLE}#quote-q8`);
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    await expect(page.locator('#quote-q8').textContent()).resolves.toContain('collateral damage');
    await page.context().close();
  });

  test('filters articles by what they hold: a source, a kind of source, a status, a tag', async () => {
    expect(await pagefindSearch(null, { type: 'Quote', source: 'Steve Tsang' })).toContain(ARTICLE);
    expect(await pagefindSearch(null, { status: 'Denied', sourcing: 'Anonymous' })).toContain(ARTICLE);
    expect(await pagefindSearch(null, { tag: 'ukraine-war' })).toContain(ARTICLE);
    expect(await pagefindSearch(null, { source: 'Nobody of that name' })).toEqual([]);
  });
});

describe('the search page', () => {
  test('finds results as the reader types, under its own Content-Security-Policy, with no request elsewhere', async () => {
    const { context, problems } = await openContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/`);
    const input = page.getByLabel('Search articles, claims and quotes');
    await input.fill('Radchenko');
    await waitForStatus(page, /^\d+ results? for “Radchenko”\.$/);
    const links = await resultLinks(page);
    // The article, with the claim that names him under it.
    expect(links, JSON.stringify(links)).toContain(ARTICLE);
    expect(links).toContain(`${ARTICLE}#claim-confusion`);
    await expect(page.locator(`.search-result:has(a[href="${ARTICLE}"]) .search-result__part a[href="${ARTICLE}#claim-confusion"]`).count()).resolves.toBe(1);
    expect(links.every((href) => href?.startsWith(BASE))).toBe(true);
    await expect(page.locator('.search-result__excerpt mark').first().textContent()).resolves.toMatch(/Radchenko/i);
    // The query is kept in the address, so the search can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('Radchenko');
    await page.locator(`.search-result a[href="${ARTICLE}#claim-confusion"]`).click();
    await page.waitForURL(`**${ARTICLE}#claim-confusion`);
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  });

  test('offers each filter with its values, and a shared address runs its search', async () => {
    const { context, problems } = await openContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/?q=escalate&type=Quote`);
    await waitForStatus(page, /^1 result for “escalate”\.$/);
    await expect(page.getByLabel('Result type').inputValue()).resolves.toBe('Quote');
    const sources = await page.getByLabel('Source', { exact: true }).locator('option').allTextContents();
    expect(sources.some((source) => /^Steve Tsang \(\d+\)$/.test(source)), JSON.stringify(sources)).toBe(true);
    const statuses = await page.getByLabel('Claim status').locator('option').allTextContents();
    expect(statuses.some((status) => status.startsWith('Denied ('))).toBe(true);
    expect(await resultLinks(page)).toEqual([ARTICLE, `${ARTICLE}#quote-q7`]);
    await expect(page.locator('.search-result__meta').first().textContent()).resolves.not.toMatch(/^Article/);
    // Any type: the article is a result itself, with its claims and quotes that say "escalate".
    await page.getByLabel('Result type').selectOption('');
    await waitForStatus(page, /^1 result for “escalate”\.$/);
    await expect(page.locator('.search-result__meta').first().textContent()).resolves.toMatch(/^Article · /);
    const links = await resultLinks(page);
    expect(links.length, JSON.stringify(links)).toBeGreaterThan(2);
    expect(links).toContain(`${ARTICLE}#quote-q7`);
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  });

  test("filters keep only the claims and quotes that match, each with its source and status", async () => {
    const { context, problems } = await openContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/?type=Quote&source=${encodeURIComponent('Steve Tsang')}`);
    await waitForStatus(page, /^3 results\.$/);
    expect(await resultLinks(page)).toEqual([ARTICLE, `${ARTICLE}#quote-q6`, `${ARTICLE}#quote-q7`, `${ARTICLE}#quote-q8`]);
    await expect(page.locator('.search-result__part .search-result__meta').first().textContent()).resolves.toBe('Quote · Steve Tsang');

    await page.getByLabel('Result type').selectOption('Claim');
    await page.getByLabel('Source', { exact: true }).selectOption('');
    await page.getByLabel('Claim status').selectOption('Denied');
    await waitForStatus(page, /^2 results\.$/);
    // In reading order: the embassy's denial comes first in the article.
    expect(await resultLinks(page)).toEqual([ARTICLE, `${ARTICLE}#claim-embassy-denial`, `${ARTICLE}#claim-russia-denial`]);
    const metas = await page.locator('.search-result__part .search-result__meta').allTextContents();
    expect(metas.every((meta) => /^Claim · .+ · Denied$/.test(meta)), JSON.stringify(metas)).toBe(true);
    expect(new URL(page.url()).searchParams.get('status')).toBe('Denied');

    await page.getByLabel('Claim status').selectOption('');
    await page.getByLabel('Kind of source').selectOption('Anonymous');
    await waitForStatus(page, /^\d+ results?\.$/);
    const anonymous = await resultLinks(page);
    expect(anonymous.length).toBeGreaterThan(1);
    expect(anonymous).not.toContain(`${ARTICLE}#claim-regret`);
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  });

  test('nothing in the page moves when the script starts and results come in (no layout shift)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      // Shifts of the search page's own content (in <main>), where the script writes its results;
      // the site header's first layout is the same on every page and is not what this checks.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          const nodes = ((entry as unknown as { sources: { node?: Node }[] }).sources ?? []).map((source) => source.node);
          const inMain = nodes.some((node) => (node instanceof Element ? node : node?.parentElement)?.closest('main'));
          if (!entry.hadRecentInput && inMain) (window as unknown as { shifts: number }).shifts += entry.value;
          for (const node of nodes) {
            ((window as unknown as { moved?: string[] }).moved ??= []).push(node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : 'text');
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.origin}${BASE}search/?q=China`);
    await page.locator('.search-result').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(300);
    const { shifts, moved } = await page.evaluate(() => ({ shifts: (window as unknown as { shifts: number }).shifts, moved: (window as unknown as { moved?: string[] }).moved ?? [] }));
    await context.close();
    expect(shifts, `moved: ${moved.join(', ')}`).toBeLessThan(0.01);
  });

  test('without JavaScript it says search needs JavaScript and links the browse pages', async () => {
    const { context, problems } = await openContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/`);
    await expect(page.locator('[data-search-intro]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-intro]').textContent()).resolves.toContain('needs JavaScript');
    // The form is there but cannot be used: nothing pretends to search.
    await expect(page.getByLabel('Search articles, claims and quotes').isDisabled()).resolves.toBe(true);
    for (const [name, href] of [
      ['Archive by month', `${BASE}archive/`],
      ['Sources', `${BASE}sources/`],
      ['Tags', `${BASE}tags/`],
    ] as const) {
      await expect(page.locator('main').getByRole('link', { name, exact: true }).getAttribute('href')).resolves.toBe(href);
    }
    await page.locator('main').getByRole('link', { name: 'Archive by month' }).click();
    await page.getByRole('link', { name: 'November 2026' }).click();
    await expect(page.locator('main h1').textContent()).resolves.toBe('November 2026');
    await expect(page.locator(`main a[href="${ARTICLE}"]`).count()).resolves.toBeGreaterThan(0);
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  });

  test('is the only page that loads a script: the home and article pages run none', async () => {
    const { context } = await openContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of [BASE, ARTICLE, `${BASE}archive/`]) {
      await page.goto(`${server.origin}${path}`);
      const executable = await page.evaluate(() => [...document.scripts].filter((script) => script.type !== 'application/ld+json').length);
      expect(executable, path).toBe(0);
    }
    expect(scripts).toEqual([]);
    await page.goto(`${server.origin}${BASE}search/`);
    await waitUntilReady(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((url) => url.startsWith(`${server.origin}${BASE}`))).toBe(true);
    await context.close();
  });

  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`has no WCAG 2.2 A/AA violation and nothing wider than the screen, with results, at ${width}px ${scheme}`, async () => {
        // bypassCSP lets the test inject axe.
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${server.origin}${BASE}search/?q=China`);
        await page.locator('.search-result').first().waitFor({ state: 'visible', timeout: 10_000 });
        const violations = await runAxe(page);
        const overflowing = await findOverflowingElements(page);
        await context.close();
        expect(violations).toEqual([]);
        expect(overflowing).toEqual([]);
      });
    }
  }

  test('the search box and filters are reached with Tab and show where focus is', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/`);
    await waitUntilReady(page);
    const reached: { id: string; outline: boolean }[] = [];
    for (let i = 0; i < 30 && reached.length < 6; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { id: element.id, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (focused.id.startsWith('search-')) reached.push(focused);
    }
    await context.close();
    expect(reached.map((entry) => entry.id)).toEqual(['search-query', 'search-filter-type', 'search-filter-source', 'search-filter-sourcing', 'search-filter-status', 'search-filter-tag']);
    expect(reached.filter((entry) => !entry.outline)).toEqual([]);
  });
});
