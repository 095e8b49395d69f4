/**
 * A worker thread that builds the site's Pagefind index (started by indexer/search-indexer.ts),
 * so that reading the articles' words, writing their documents and talking to Pagefind's
 * process happen off the thread that writes the pages. Messages in: a {@link SearchIndexerRequest}
 * (articles to add, batch by batch; then where to write the index); out: a
 * {@link SearchIndexerReply} with the same `id`.
 *
 * Loaded by Node directly (not bundled): it must only import modules Node can run as they are.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { PagefindIndex } from 'pagefind';
import type { JobReply } from '../../util/job-worker.ts';
import { searchDocumentOf, type SearchInput } from '../search-inputs.ts';

/** Articles to add to the index, or the folder to write it into (once every article is added). */
export type SearchIndexerJob = { language: string } & ({ add: SearchInput[] } | { write: string });
export type SearchIndexerRequest = SearchIndexerJob & { id: number };

/**
 * What an `add` did (records and documents indexed), or what a `write` wrote, with the most memory
 * Pagefind's process held (its own process, not counted in the build's; Linux only).
 */
export type SearchIndexerResult = { records: number; documents: number } | { written: string; pagefindPeakBytes?: number };

export type SearchIndexerReply = JobReply<SearchIndexerResult>;

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

/**
 * The index yields to the pages: this thread, and Pagefind's process it starts (which inherits
 * the priority), run at the lowest priority, so that on a machine with few cores they take the
 * time the thread writing the pages leaves, not a share of it. On Linux the priority is the
 * thread's own; where it cannot be set, nothing changes.
 */
const LOWEST_PRIORITY = 19;
try {
  setPriority(LOWEST_PRIORITY);
} catch {
  // Not allowed here: index at the normal priority.
}

let pagefind: typeof import('pagefind') | undefined;
let index: Promise<PagefindIndex> | undefined;

/** Pagefind's process and its index, started with the first articles. */
function openIndex(language: string): Promise<PagefindIndex> {
  index ??= (async () => {
    pagefind = await import('pagefind');
    const created = await pagefind.createIndex({ forceLanguage: language });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    return created.index;
  })();
  return index;
}

async function add(inputs: SearchInput[], language: string): Promise<SearchIndexerResult> {
  const open = await openIndex(language);
  const documents = inputs.map((input) => searchDocumentOf(input, language));
  const added = await Promise.all(documents.map(({ url, content }) => open.addHTMLFile({ url, content })));
  added.forEach((result, offset) => {
    if (result.errors.length > 0) throw new Error(`Pagefind could not index ${documents[offset]!.url}: ${result.errors.join('; ')}`);
  });
  return { records: documents.reduce((sum, document) => sum + document.records, 0), documents: documents.length };
}

/**
 * The peak resident memory of Pagefind's process, a child of this process (Linux: read from
 * /proc; `undefined` elsewhere or when it cannot be found).
 */
function pagefindPeakBytes(): number | undefined {
  try {
    const tasks = readdirSync(`/proc/${process.pid}/task`);
    const children = tasks.flatMap((task) => readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
    for (const child of children) {
      if (!readFileSync(`/proc/${child}/comm`, 'utf8').startsWith('pagefind')) continue;
      const peak = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child}/status`, 'utf8'))?.[1];
      if (peak) return Number(peak) * 1024;
    }
  } catch {
    // Not Linux, or the process is gone: nothing to report.
  }
  return undefined;
}

/** Writes the index into `outputPath`, without the files the site does not use, and stops Pagefind. */
async function write(outputPath: string, language: string): Promise<SearchIndexerResult> {
  const open = await openIndex(language);
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const written = await open.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
  const peak = pagefindPeakBytes();
  await pagefind?.close();
  return { written: outputPath, ...(peak === undefined ? {} : { pagefindPeakBytes: peak }) };
}

parentPort?.on('message', (request: SearchIndexerRequest) => {
  const job = 'add' in request ? add(request.add, request.language) : write(request.write, request.language);
  job.then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies SearchIndexerReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies SearchIndexerReply),
  );
});
