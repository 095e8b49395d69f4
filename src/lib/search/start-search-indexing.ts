/**
 * Collects the site's search records, writes them as one search document per article
 * (search-document.ts) and hands those to the Pagefind integration, which indexes
 * them while Astro writes the pages. In a build this happens once, as early as possible: the
 * article route's getStaticPaths starts it (Astro asks every route for its paths before it writes
 * any page), and the search page takes the same records for its filter options. In the preview
 * the search page collects them on each request. With `SOURCED_SEARCH_INDEX=0` nothing is
 * collected.
 */
import { isAstroBuild } from '../diagnostics/build-report.ts';
import { collectSearchRecords } from './collect-search-records.ts';
import { countFilterOptions, type FilterOptions } from './filter-options.ts';
import { buildSearchDocument } from './search-document.ts';
import { isSearchIndexEnabled } from './search-index-setting.ts';
import { offerSearchDocuments } from './search-document-handoff.ts';

let offered: Promise<FilterOptions> | undefined;

/** Collects the records, offers their documents and keeps only the filters' values (not the records). */
async function collectAndOffer(): Promise<FilterOptions> {
  const start = performance.now();
  const byArticle = await collectSearchRecords();
  const options = countFilterOptions(byArticle.flat());
  const documents = byArticle.map(buildSearchDocument);
  offerSearchDocuments({ documents, seconds: (performance.now() - start) / 1000 });
  return options;
}

/**
 * Starts indexing the site (in a build, once per build): collects the records and offers their
 * documents to the index. Does not wait for the index; resolves with the filters' values, which the
 * search page lists.
 */
export function startSearchIndexing(env: Record<string, string | undefined>): Promise<FilterOptions> {
  if (!isSearchIndexEnabled(env)) return Promise.resolve(countFilterOptions([]));
  if (offered && isAstroBuild()) return offered;
  offered = collectAndOffer();
  return offered;
}
