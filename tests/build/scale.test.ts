import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { workerCount } from '../../src/lib/render/workers/pool';
import { writeSyntheticContent } from '../tools/synthetic-articles';
import { buildSite, TEST_BUILDS } from '../helpers/build-site';
import { $, $$, attr, listFiles, readPage, readText, text } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

describe('a site of 100 annotated articles', () => {
  writeSyntheticContent(join(TEST_BUILDS, 'content', 'scale-100'), 100, true);
  const result = buildSite({ name: 'scale-100', contentDir: '.test-builds/content/scale-100' });

  test('builds every article page', () => {
    expect(result.exitCode, result.output.slice(-3000)).toBe(0);
    expect(listFiles(result.outDir).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))).toHaveLength(100);
  });

  test('paginates the home page, newest first, 20 articles a page, with previous and next links', () => {
    const files = listFiles(result.outDir);
    expect(files.filter((file) => /^page\/\d+\/index\.html$/.test(file)).sort()).toEqual(['page/2/index.html', 'page/3/index.html', 'page/4/index.html', 'page/5/index.html']);
    const home = readPage(result.outDir, 'index.html');
    expect($$(home, '.article-summary')).toHaveLength(20);
    expect(attr($$(home, 'a[rel="next"]')[0]!, 'href')).toBe('/page/2/');
    const last = readPage(result.outDir, 'page/5/index.html');
    expect(attr($$(last, 'a[rel="prev"]')[0]!, 'href')).toBe('/page/4/');
    expect($$(last, 'a[rel="next"]')).toHaveLength(0);
  });

  test('paginates each source page, 20 articles a page: every article citing the source is on exactly one page', () => {
    const files = listFiles(result.outDir);
    const ids = files.map((file) => /^sources\/([^/]+)\/index\.html$/.exec(file)?.[1]).filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(0);
    let paginated = 0;
    for (const id of ids) {
      const first = readPage(result.outDir, `sources/${id}/index.html`);
      const cited = Number(/^In (\d+) articles?:/.exec(text($(first, '.source-totals')))?.[1]);
      const pages = [first];
      for (let next = $$(first, 'a[rel="next"]')[0]; next; next = $$(pages.at(-1)!, 'a[rel="next"]')[0]) {
        pages.push(readPage(result.outDir, `${attr(next, 'href')!.slice(1)}index.html`));
      }
      expect(pages).toHaveLength(Math.max(1, Math.ceil(cited / 20)));
      const titles = pages.flatMap((page) => $$(page, '.source-appearance__title a').map((link) => attr(link, 'href')));
      expect(titles.length, id).toBe(cited);
      expect(new Set(titles).size, id).toBe(cited);
      pages.forEach((page, index) => {
        expect($$(page, '.source-appearance').length).toBeLessThanOrEqual(20);
        expect(text($(page, 'h1'))).toMatch(index === 0 ? /[^0-9]$/ : new RegExp(`, page ${index + 1}$`));
      });
      if (pages.length > 1) paginated += 1;
    }
    expect(paginated).toBeGreaterThan(0);
  });

  test('feeds carry the 50 newest articles', () => {
    const feed = JSON.parse(readText(result.outDir, 'feed.json'));
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0].title).toBe('Synthetic analysis number 100');
  });

  test('has no broken link or fragment', () => {
    expect(findBrokenLinks(result.outDir, '/').broken).toEqual([]);
  });

  test('renders on worker threads beside the main thread, and the site is the same byte for byte as one rendered on the main thread alone', () => {
    // By default: one worker fewer than the machine's cores, at most 1 for 100 articles (50 a thread).
    const workers = workerCount(100, {});
    expect(workers).toBe(Math.min(1, availableParallelism() - 1));
    expect(result.output).toContain(workers === 0 ? '(main thread).' : '(main thread and 1 worker).');
    // Without the article cache, so that every article is rendered again by the threads compared.
    const twoWorkers = buildSite({ name: 'scale-100-two-workers', contentDir: '.test-builds/content/scale-100', env: { SOURCED_RENDER_WORKERS: '2', SOURCED_ARTICLE_CACHE: '0' } });
    const mainOnly = buildSite({ name: 'scale-100-main-thread', contentDir: '.test-builds/content/scale-100', env: { SOURCED_RENDER_WORKERS: '0', SOURCED_ARTICLE_CACHE: '0' } });
    expect(twoWorkers.output).toContain('[sourced] 100 articles rendered in');
    expect(twoWorkers.output).toContain('(main thread and 2 workers).');
    expect(mainOnly.output).toMatch(/100 articles rendered in [\d.]+ s \(main thread\)\./);
    const files = listFiles(mainOnly.outDir);
    expect(listFiles(twoWorkers.outDir)).toEqual(files);
    for (const file of files) expect(hashOf(join(twoWorkers.outDir, file)), file).toBe(hashOf(join(mainOnly.outDir, file)));
  });
});

function hashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
