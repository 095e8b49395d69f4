import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OG_IMAGE_CACHE_DIR, readPngSize } from '../../src/lib/og-image/index';
import { buildSite, builtSite, PROJECT_ROOT, TEST_SITE_URL } from '../helpers/build-site';
import { $$, attr, readPage } from '../helpers/dist';

const CACHE = join(PROJECT_ROOT, DEFAULT_OG_IMAGE_CACHE_DIR);

/** Modification times of the cached share images, by file name. */
function cacheTimes(): Record<string, number> {
  return Object.fromEntries(readdirSync(CACHE).filter((file) => file.endsWith('.png')).map((file) => [file, statSync(join(CACHE, file)).mtimeMs]));
}

describe('the share image of an article', () => {
  const dist = builtSite('seed');

  test('is a 1200×630 PNG named in the page’s Open Graph and Twitter meta', () => {
    const png = readFileSync(join(dist, 'articles/china-military-aid-russia/og.png'));
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
    const page = readPage(dist, 'articles/china-military-aid-russia/index.html');
    const url = `${TEST_SITE_URL}/articles/china-military-aid-russia/og.png`;
    expect(attr($$(page, 'meta[property="og:image"]')[0]!, 'content')).toBe(url);
    expect(attr($$(page, 'meta[name="twitter:image"]')[0]!, 'content')).toBe(url);
    expect(attr($$(page, 'meta[name="twitter:card"]')[0]!, 'content')).toBe('summary_large_image');
  });

  test('is not rendered again by a build where nothing changed', () => {
    const before = cacheTimes();
    expect(Object.keys(before).length).toBeGreaterThan(0);
    const again = buildSite({ name: 'seed-again' });
    expect(again.exitCode).toBe(0);
    expect(readFileSync(join(again.outDir, 'articles/china-military-aid-russia/og.png'))).toEqual(readFileSync(join(dist, 'articles/china-military-aid-russia/og.png')));
    const after = cacheTimes();
    for (const [file, time] of Object.entries(before)) expect(after[file], file).toBe(time);
  });
});
