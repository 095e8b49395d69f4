/**
 * The search index's builder as the build's main thread sees it: a worker thread
 * (indexer/worker.ts) that takes the articles batch by batch, turns each into its Pagefind
 * document and hands it to Pagefind's process, then writes the index into a folder. The main
 * thread only copies each batch to the worker.
 */
import { join } from 'node:path';
import { startJobWorker } from '../../util/job-worker.ts';
import type { SearchInput } from '../search-inputs.ts';
import type { SearchIndexerJob, SearchIndexerResult } from './worker.ts';

/** Articles copied to the worker at once: few enough that a large site's HTML is not copied all at once. */
const BATCH_SIZE = 100;

/** Thrown when the index cannot be built or written; the message says why. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** What the index holds, and the most memory Pagefind's process took (when known). */
export interface SearchIndexReport {
  records: number;
  documents: number;
  pagefindPeakBytes?: number;
}

export interface SearchIndexer {
  /**
   * Indexes every article and writes the index into `outputPath`. Takes the articles out of
   * `inputs` batch by batch, so each batch can be collected once the worker has it. Resolves with
   * how many records and documents the index holds.
   */
  build(inputs: SearchInput[], outputPath: string): Promise<SearchIndexReport>;
  close(): Promise<void>;
}

/** The worker's script in the project at `root`. */
export function searchIndexerScript(root: string): string {
  return join(root, 'src/lib/search/indexer/worker.ts');
}

/** Starts the worker of the project at `root`, for a site in `language`. */
export function startSearchIndexer(root: string, language: string): SearchIndexer {
  const worker = startJobWorker<SearchIndexerJob, SearchIndexerResult>(searchIndexerScript(root), {
    name: 'The search indexer',
    lost: (message) => new SearchIndexError(message),
  });
  const run = async (request: SearchIndexerJob): Promise<SearchIndexerResult> => {
    try {
      return await worker.run(request);
    } catch (error) {
      throw error instanceof SearchIndexError ? error : new SearchIndexError((error as Error).message);
    }
  };
  return {
    async build(inputs, outputPath) {
      let records = 0;
      let documents = 0;
      // Reversed once, so that each batch comes off the end (no shifting of the rest).
      inputs.reverse();
      while (inputs.length > 0) {
        const batch = inputs.splice(Math.max(0, inputs.length - BATCH_SIZE)).reverse();
        const added = await run({ language, add: batch });
        if ('records' in added) {
          records += added.records;
          documents += added.documents;
        }
      }
      const written = await run({ language, write: outputPath });
      const peak = 'pagefindPeakBytes' in written ? written.pagefindPeakBytes : undefined;
      return { records, documents, ...(peak === undefined ? {} : { pagefindPeakBytes: peak }) };
    },
    close: () => worker.close(),
  };
}
