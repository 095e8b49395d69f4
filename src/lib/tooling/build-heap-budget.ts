/**
 * The old-space heap `npm run build` gives Astro, in MiB: 768, plus 40 per MiB of articles beyond
 * 4 (about 1000 articles of 600 words). Node would otherwise let the heap grow to a quarter of
 * the machine's memory before collecting in earnest; a budget that follows the content keeps the
 * build's peak memory near what it needs (under 1 GiB for 1000 articles) and leaves room for
 * far larger sites. `--max-old-space-size` in NODE_OPTIONS overrides it.
 */
import { statSync } from 'node:fs';
import { findArticleFiles } from '../render/article-files.ts';

/** The budget for articles of this many bytes in all. */
export function heapBudgetMiB(articleBytes: number): number {
  return Math.round(768 + 40 * Math.max(0, articleBytes / 2 ** 20 - 4));
}

/** The total size of the article files in `<contentDir>/articles` (0 when there is none). */
export function measureArticleBytes(contentDir: string): number {
  return findArticleFiles(contentDir).reduce((bytes, file) => bytes + statSync(file).size, 0);
}

/** Node flags for the build process: the heap budget, unless NODE_OPTIONS already sets one. */
export function buildHeapFlags(contentDir: string, nodeOptions = ''): string[] {
  if (/--max-old-space-size/.test(nodeOptions)) return [];
  return [`--max-old-space-size=${heapBudgetMiB(measureArticleBytes(contentDir))}`];
}
