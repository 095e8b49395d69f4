/**
 * The article render cache in real builds: a rebuild that takes articles from the cache, and one
 * after an article was edited, write exactly the files a clean build writes.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeSyntheticContent } from '../tools/synthetic-articles';
import { buildSite, PROJECT_ROOT, TEST_BUILDS, type BuildResult } from '../helpers/build-site';
import { listFiles } from '../helpers/dist';

const CONTENT = join(TEST_BUILDS, 'content', 'article-cache');
const CACHE_DIR = '.test-builds/article-cache-renders';

function hashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function expectSameFiles(actual: BuildResult, expected: BuildResult): void {
  const files = listFiles(expected.outDir);
  expect(listFiles(actual.outDir)).toEqual(files);
  const different = files.filter((file) => hashOf(join(actual.outDir, file)) !== hashOf(join(expected.outDir, file)));
  expect(different).toEqual([]);
}

/** The build's own count: `[rendered, from the cache]`. */
function counts(result: BuildResult): [number, number] {
  const match = /\[sourced\] \d+ articles?: (\d+) rendered, (\d+) from the cache/.exec(result.output);
  expect(match, result.output.slice(-2000)).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

describe('a build with the article render cache', () => {
  // Synthetic articles, the hostile article and the odd-but-valid ones (one with an image, which Astro renders itself).
  writeSyntheticContent(CONTENT, 12, true);
  for (const folder of ['tests/fixtures/sites/hostile/articles', 'tests/fixtures/valid-edge/articles']) {
    for (const file of readdirSync(join(PROJECT_ROOT, folder))) cpSync(join(PROJECT_ROOT, folder, file), join(CONTENT, 'articles', file));
  }
  rmSync(join(PROJECT_ROOT, CACHE_DIR), { recursive: true, force: true });
  const contentDir = '.test-builds/content/article-cache';
  const env = { SOURCED_ARTICLE_CACHE_DIR: CACHE_DIR };
  const clean = buildSite({ name: 'article-cache-clean', contentDir, env });
  const cached = buildSite({ name: 'article-cache-cached', contentDir, env });

  test('the first build renders every article and stores it', () => {
    expect(clean.exitCode, clean.output.slice(-3000)).toBe(0);
    const [rendered, fromCache] = counts(clean);
    expect(rendered).toBeGreaterThanOrEqual(12 + 1 + 5);
    expect(fromCache).toBe(0);
  });

  test('a rebuild takes every article from the cache and writes the same files, byte for byte', () => {
    expect(cached.exitCode, cached.output.slice(-3000)).toBe(0);
    expect(counts(cached)).toEqual([0, counts(clean)[0]]);
    expectSameFiles(cached, clean);
  });

  test('after one article is edited, only it is rendered, and the site is the one a build without the cache writes', () => {
    appendFileSync(join(CONTENT, 'articles', 'synthetic-00005.md'), '\nAn added sentence about :claim[the edited talks]{by=reuters}.\n');
    const edited = buildSite({ name: 'article-cache-edited', contentDir, env });
    const withoutCache = buildSite({ name: 'article-cache-off', contentDir, env: { SOURCED_ARTICLE_CACHE: '0' } });
    expect(edited.exitCode, edited.output.slice(-3000)).toBe(0);
    expect(counts(edited)).toEqual([1, counts(clean)[0] - 1]);
    expect(withoutCache.exitCode).toBe(0);
    expect(withoutCache.output).not.toMatch(/from the cache/);
    expect(readFileSync(join(edited.outDir, 'articles/synthetic-00005/index.html'), 'utf8')).toContain('the edited talks');
    expectSameFiles(edited, withoutCache);
  });
});
