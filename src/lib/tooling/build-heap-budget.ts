/**
 * The old-space heap `npm run build` gives Astro, in MiB: 768, plus 9 per MiB of articles beyond
 * 4 (about 1000 articles of 600 words). Node would otherwise let the heap grow to a quarter of
 * the machine's memory before collecting in earnest; a budget that follows the content keeps the
 * build's peak memory near what it needs (under 1 GiB for 1000 articles, 2 GiB for 10,000) and
 * leaves room for far larger sites. What the build keeps per article (frontmatter, annotation
 * model, headings; not the body or the HTML, see render/article-source.ts and
 * render/cache/article-render-cache.ts) came to about 32 KB of heap for a 600-word article with
 * 18 annotations: 10,000 such articles need about 320 MiB live, plus Astro's routes (a page per
 * claim: 100,000 at 10,000 articles) and the claim registry; the budget (1137 MiB) leaves V8 room
 * to collect without thrashing. With 16 MiB per MiB (1424 MiB) a cold 10,000-article build
 * peaked at 2160 MiB; with 1150 MiB (and one share-image worker) at 2001 MiB, in less time.
 * `--max-old-space-size` in NODE_OPTIONS overrides it.
 *
 * The young generation is capped too (`--max-semi-space-size`, 16 MiB): with such an old space
 * V8 sizes it far larger, and a 1000-article build then held about 100 MiB more (warm) and 170 MiB
 * more (cold) at its peak for no measurable gain in time (`npm run bench`). NODE_OPTIONS setting
 * its own overrides this too.
 */
import { statSync } from 'node:fs';
import { findArticleFiles } from '../render/article-files.ts';

/** The budget for articles of this many bytes in all. */
export function heapBudgetMiB(articleBytes: number): number {
  return Math.round(768 + 9 * Math.max(0, articleBytes / 2 ** 20 - 4));
}

/** The total size of the article files in `<contentDir>/articles` (0 when there is none). */
export function measureArticleBytes(contentDir: string): number {
  return findArticleFiles(contentDir).reduce((bytes, file) => bytes + statSync(file).size, 0);
}

/** The young generation's semi-space cap, in MiB. */
export const SEMI_SPACE_MIB = 16;

/** Node flags for the build process: the heap budget and the young generation's cap, each unless NODE_OPTIONS already sets it. */
export function buildHeapFlags(contentDir: string, nodeOptions = ''): string[] {
  const flags: string[] = [];
  if (!/--max-old-space-size/.test(nodeOptions)) flags.push(`--max-old-space-size=${heapBudgetMiB(measureArticleBytes(contentDir))}`);
  if (!/--max-semi-space-size/.test(nodeOptions)) flags.push(`--max-semi-space-size=${SEMI_SPACE_MIB}`);
  return flags;
}
