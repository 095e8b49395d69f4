import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, TEST_BUILDS, writeContentFolder, type BuildResult } from '../helpers/build-site';
import { useBrowserAndSite } from '../helpers/browser';
import { COMPARED_ARTICLES, comparisonArticles, runningTextHeight, UNANNOTATED } from '../helpers/reading-height';

/**
 * Annotations support the reading instead of chopping it: with the default (compact) display,
 * the running text of an annotated article is at most 1.25 times as tall as the same article
 * unannotated on a phone (375 px), and at most 1.08 times on a desktop (1280 px). The figures are
 * printed (and quoted in the README).
 */
const LIMITS = { 375: 1.25, 1280: 1.08 } as const;

let build: BuildResult | undefined;
// Registered before the browser and server start, so the site is built before it is served.
beforeAll(() => {
  build = buildSite({ name: 'reading-height', contentDir: writeContentFolder('reading-height', comparisonArticles()) });
});
const site = useBrowserAndSite(join(TEST_BUILDS, 'reading-height'), '/');

describe('how much taller annotations make the running text', () => {
  test('the comparison site builds', () => {
    expect(build?.exitCode, build?.output).toBe(0);
  });

  for (const { slug } of COMPARED_ARTICLES) {
    for (const width of [375, 1280] as const) {
      test(`${slug} at ${width} px: at most ${LIMITS[width]}× the unannotated height`, async () => {
        const annotated = await runningTextHeight(site.browser, `${site.server.url}articles/${slug}/`, width);
        const plain = await runningTextHeight(site.browser, `${site.server.url}articles/${slug}${UNANNOTATED}/`, width);
        const ratio = annotated / plain;
        console.log(`running text, ${slug} at ${width} px: ${Math.round(annotated)} px annotated / ${Math.round(plain)} px unannotated = ${ratio.toFixed(2)}×`);
        expect(plain).toBeGreaterThan(200);
        expect(ratio).toBeLessThanOrEqual(LIMITS[width]);
      });
    }
  }
});
