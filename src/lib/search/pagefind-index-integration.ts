/**
 * Writes the site's Pagefind search index into `<output>/pagefind/` for every `astro build`
 * (`npm run build` and a bare `astro build` alike), from the documents (one per article)
 * collected before Astro writes the pages (start-search-indexing.ts, search-document-handoff.ts). Pagefind's own process
 * indexes them and writes its files into a folder of its own while Astro writes the pages; when
 * the build is done that folder is moved into the output, so the index adds little to the build.
 */
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PagefindIndex } from 'pagefind';
import { SITE_LANGUAGE } from '../../consts.ts';
import { isSearchIndexEnabled } from './search-index-setting.ts';
import { listenForSearchDocuments, takeSearchDocuments } from './search-document-handoff.ts';
import type { SearchDocument } from './search-document.ts';

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

/** Documents sent to Pagefind at once: one at a time, the round trips to its process would take longer than the indexing. */
const BATCH_SIZE = 50;

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

type Pagefind = typeof import('pagefind');

/**
 * Where the index is written during the build (the output folder is Astro's until the build is
 * done): beside the project's other caches, one folder per process.
 */
function stagingFolder(root: URL): string {
  return resolve(fileURLToPath(root), 'node_modules/.cache/sourced-search', String(process.pid));
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

/** Writes the finished index into `outputPath`, without the files the site does not use. */
async function writeIndexFiles(index: PagefindIndex, outputPath: string): Promise<void> {
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
}

/**
 * Starts Pagefind's process and gives it every document. Takes the documents out of `documents`
 * batch by batch, so each batch can be collected once Pagefind has it (a large site's documents
 * are otherwise held until the last one is indexed).
 */
async function indexDocuments(pagefind: Pagefind, documents: SearchDocument[], language: string): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  // Reversed once, so that each batch comes off the end (no shifting of the rest).
  documents.reverse();
  while (documents.length > 0) {
    const batch = documents.splice(Math.max(0, documents.length - BATCH_SIZE)).reverse();
    const added = await Promise.all(batch.map(({ url, content }) => index.addHTMLFile({ url, content })));
    added.forEach((result, offset) => {
      if (result.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${batch[offset]!.url}: ${result.errors.join('; ')}`);
    });
  }
  return index;
}

export function pagefindIndex(): AstroIntegration {
  let pagefind: Pagefind | undefined;
  let writing: Promise<void> | undefined;
  let indexingStarted = 0;
  let staging = '';
  return {
    name: 'sourced:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = stagingFolder(config.root);
      },
      'astro:build:start': async () => {
        if (!isSearchIndexEnabled(process.env)) return;
        // Loaded here so that `astro dev` and the checker never start Pagefind's binary.
        pagefind = await import('pagefind');
        const loaded = pagefind;
        listenForSearchDocuments(({ documents }) => {
          indexingStarted = performance.now();
          // Nothing keeps the documents once Pagefind has them all.
          writing = indexDocuments(loaded, documents, SITE_LANGUAGE).then((index) => writeIndexFiles(index, staging));
          // Failures are reported when the build is done; keep Node from calling this one unhandled meanwhile.
          writing.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const offered = takeSearchDocuments();
        if (!isSearchIndexEnabled(process.env)) {
          logger.warn('SOURCED_SEARCH_INDEX=0: no search index was written; the search page will say search is unavailable.');
          return;
        }
        if (!offered || !writing || !pagefind) {
          throw new SearchIndexError('The article pages (src/pages/articles/[...slug].astro) did not collect the search records, so no search index could be written.');
        }
        const waitStart = performance.now();
        try {
          await writing;
          const waited = (performance.now() - waitStart) / 1000;
          const outputPath = join(fileURLToPath(dir), SEARCH_INDEX_DIR);
          moveFolder(staging, outputPath);
          const size = folderSize(outputPath);
          const total = ((performance.now() - indexingStarted) / 1000).toFixed(1);
          const added = ((performance.now() - waitStart) / 1000).toFixed(1);
          logger.info(
            `Search index: ${offered.records} records in ${offered.documents} documents (collected in ${offered.seconds.toFixed(1)} s) in ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB; ` +
              `indexed and written in ${total} s while the pages were written, ${added} s after them (${waited.toFixed(1)} s waiting for Pagefind).`,
          );
        } finally {
          writing = undefined;
          rmSync(staging, { recursive: true, force: true });
          await pagefind.close();
        }
      },
    },
  };
}
