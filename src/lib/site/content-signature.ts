/**
 * What the preview (`astro dev`) compares to know that the content changed since it last listed
 * the articles: every article file's and site-wide source file's path, size and modification
 * time. Astro does not always reload the pages' modules when a file changes (an edit to an
 * article's text leaves its stored entry as it was when the body is not kept), so the preview
 * asks this on each request instead of keeping the first list for good.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleFiles } from '../render/article-files.ts';

function describe(file: string): string {
  const stats = statSync(file, { throwIfNoEntry: false });
  return `${file}:${stats?.size ?? -1}:${stats?.mtimeMs ?? 0}`;
}

/** A text that changes whenever an article or a site-wide source file of `contentDir` does. */
export function contentSignature(contentDir: string): string {
  let sources: string[] = [];
  try {
    sources = readdirSync(join(contentDir, 'sources')).map((name) => join(contentDir, 'sources', name));
  } catch {
    // No site-wide sources.
  }
  return [...findArticleFiles(contentDir), ...sources].sort().map(describe).join('\n');
}
