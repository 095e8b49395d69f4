/**
 * Writes the site's Pagefind search index into `<output>/pagefind/` when `astro build` is done,
 * from the records the search page collected (search-record-handoff.ts). Every build makes it:
 * `npm run build` and a bare `astro build` alike.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isSearchIndexEnabled } from './search-index-setting.ts';
import { takeSearchRecords } from './search-record-handoff.ts';

/** The folder of the index under the output (and under the base path when served). */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Files Pagefind writes for its ready-made interfaces; the search page uses Pagefind's API with
 * its own markup, so these are removed to keep the output small.
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** Thrown when the index cannot be written; the message says why. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'sourced:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const records = takeSearchRecords();
        if (!isSearchIndexEnabled(process.env)) {
          logger.warn('SOURCED_SEARCH_INDEX=0: no search index was written; the search page will say search is unavailable.');
          return;
        }
        if (!records) {
          throw new SearchIndexError('The search page (src/pages/search/index.astro) did not collect the search records, so no search index could be written.');
        }
        const start = performance.now();
        // Loaded here so that `astro dev` and the checker never start Pagefind's binary.
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: records[0]?.language ?? 'en' });
          if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
          }
          const outputPath = join(fileURLToPath(dir), SEARCH_INDEX_DIR);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
          for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
          const size = folderSize(outputPath);
          const seconds = ((performance.now() - start) / 1000).toFixed(1);
          logger.info(`Search index: ${records.length} records in ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB, written in ${seconds} s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
