/**
 * Search on a site with more articles than a page of results: 25 synthetic annotated articles,
 * built under /sub/ and served by the nginx recipe. "Show more results" adds the next articles
 * and takes focus to the first new one; with a filter that keeps claims only, the count says
 * how many claims were found so far until every article is loaded.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build-site';
import { launchBrowser, watchProblems } from '../helpers/browser';
import { startNginx, type RunningServer } from '../helpers/static-servers';
import { writeSyntheticContent } from '../tools/synthetic-articles';

const BASE = '/sub/';
const ARTICLES = 25;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  writeSyntheticContent(join(TEST_BUILDS, 'content/search-paging'), ARTICLES, true);
  const inherited = process.env['BASE_URL'];
  delete process.env['BASE_URL'];
  const result = buildSite({ name: 'search-paging', basePath: BASE, contentDir: '.test-builds/content/search-paging' });
  if (inherited !== undefined) process.env['BASE_URL'] = inherited;
  if (result.exitCode !== 0) throw new Error(`The build failed:\n${result.output}`);
  server = await startNginx({ dist: result.outDir, base: BASE });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until no search is running and the status line matches; returns it. */
async function settledStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') && new RegExp(source).test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    pattern.source,
    { timeout: 15_000 },
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

const more = (page: Page) => page.getByRole('button', { name: 'Show more results' });

describe('search over more articles than a page of results', () => {
  test('shows ten articles at a time; "Show more results" adds the next and takes focus to the first of them', async () => {
    const context = await browser.newContext();
    const problems = await watchProblems(context, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/?q=officials`);
    await settledStatus(page, new RegExp(`^${ARTICLES} results for “officials”\\.$`));
    await expect(page.locator('.search-result').count()).resolves.toBe(10);
    await more(page).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 20);
    // Focus is on the eleventh article's link, where reading goes on.
    await expect(page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10])).resolves.toBe(true);
    await more(page).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 25);
    await expect(more(page).isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('A');
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  });

  test('with a filter for denied claims, each article shows only its denied claim, and the count is of claims, "so far" until all are loaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}search/?type=Claim&status=Denied`);
    // Every synthetic article has one denied claim.
    await settledStatus(page, /^10 results so far; more may follow\.$/);
    const metas = await page.locator('.search-result__part .search-result__meta').allTextContents();
    expect(metas).toHaveLength(10);
    expect(metas.every((meta) => /^Claim · .+ · Denied$/.test(meta)), JSON.stringify(metas)).toBe(true);
    // The articles are the claims' context, not results: no "Article" line.
    const articleLines = await page.locator('.search-result > .search-result__meta').allTextContents();
    expect(articleLines.some((line) => line.startsWith('Article'))).toBe(false);
    await more(page).click();
    await settledStatus(page, /^20 results so far; more may follow\.$/);
    await more(page).click();
    await settledStatus(page, new RegExp(`^${ARTICLES} results\\.$`));
    await expect(page.locator('.search-result__part').count()).resolves.toBe(ARTICLES);
    await expect(more(page).isHidden()).resolves.toBe(true);
    await context.close();
  });
});
