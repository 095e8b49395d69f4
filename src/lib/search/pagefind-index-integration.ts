/**
 * Writes the site's Pagefind search index into `<output>/pagefind/` for every `astro build`
 * (`npm run build` and a bare `astro build` alike), from the articles collected before Astro
 * writes the pages (start-search-indexing.ts, search-input-handoff.ts). A worker thread
 * (indexer/) turns them into documents and gives them to Pagefind's own process, which writes
 * the index into a folder of its own while Astro writes the pages; when the build is done that
 * folder is moved into the output, so the index adds little to the build.
 */
import { cpSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_LANGUAGE } from '../../consts.ts';
import { SearchIndexError, startSearchIndexer, type SearchIndexer, type SearchIndexReport } from './indexer/search-indexer.ts';
import { isSearchIndexEnabled } from './search-index-setting.ts';
import { listenForSearchInputs, takeSearchInputs } from './search-input-handoff.ts';
import { isProcessRunning, staleProcessFolders } from '../util/process-folders.ts';

/** The folder of the index under the output (and under the base path when served). */
export const SEARCH_INDEX_DIR = 'pagefind';

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

/**
 * Where the index is written during the build (the output folder is Astro's until the build is
 * done): beside the project's other caches, one folder per process.
 */
function stagingFolder(root: string): string {
  return resolve(root, 'node_modules/.cache/sourced-search', String(process.pid));
}

/**
 * Removes the staging folders that builds left behind when they were killed: those named after a
 * process that is no longer running. A folder of a build still running (two builds can share
 * `node_modules`) is left alone.
 */
export function removeStaleStagingFolders(parent: string, running: (pid: number) => boolean = isProcessRunning): string[] {
  const stale = staleProcessFolders(parent, running);
  for (const name of stale) rmSync(join(parent, name), { recursive: true, force: true });
  return stale;
}

/** Moves `from` to `to` (a rename; a copy when they are on different file systems). */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export function pagefindIndex(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  let writing: Promise<SearchIndexReport> | undefined;
  let indexingStarted = 0;
  let root = '';
  let staging = '';
  return {
    name: 'sourced:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        staging = stagingFolder(root);
      },
      'astro:build:start': () => {
        if (!isSearchIndexEnabled(process.env)) return;
        removeStaleStagingFolders(dirname(staging));
        listenForSearchInputs(({ inputs }) => {
          indexingStarted = performance.now();
          indexer = startSearchIndexer(root, SITE_LANGUAGE);
          // Nothing keeps the articles once the worker has them all.
          writing = indexer.build(inputs, staging);
          // Failures are reported when the build is done; keep Node from calling this one unhandled meanwhile.
          writing.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const offered = takeSearchInputs();
        if (!isSearchIndexEnabled(process.env)) {
          logger.warn('SOURCED_SEARCH_INDEX=0: no search index was written; the search page will say search is unavailable.');
          return;
        }
        if (!offered || !writing || !indexer) {
          throw new SearchIndexError('The article pages (src/pages/articles/[...slug].astro) did not collect the articles for the search, so no search index could be written.');
        }
        const waitStart = performance.now();
        try {
          const { records, documents, pagefindPeakBytes } = await writing;
          const waited = (performance.now() - waitStart) / 1000;
          const outputPath = join(fileURLToPath(dir), SEARCH_INDEX_DIR);
          moveFolder(staging, outputPath);
          const size = folderSize(outputPath);
          const total = ((performance.now() - indexingStarted) / 1000).toFixed(1);
          const added = ((performance.now() - waitStart) / 1000).toFixed(1);
          logger.info(
            `Search index: ${records} records in ${documents} documents (articles collected in ${offered.seconds.toFixed(1)} s) in ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB; ` +
              `indexed and written in ${total} s while the pages were written, ${added} s after them (${waited.toFixed(1)} s waiting for Pagefind)` +
              (pagefindPeakBytes === undefined ? '.' : `; Pagefind's process peaked at ${(pagefindPeakBytes / 1048576).toFixed(0)} MiB.`),
          );
        } finally {
          writing = undefined;
          rmSync(staging, { recursive: true, force: true });
          await indexer.close();
          indexer = undefined;
        }
      },
    },
  };
}
