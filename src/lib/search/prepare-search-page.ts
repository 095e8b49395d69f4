/**
 * What the search page does when the build renders it: collects the site's search records, hands
 * them to the Pagefind integration (which indexes them meanwhile), and returns the filter options
 * the page lists. With `SOURCED_SEARCH_INDEX=0` it collects nothing and lists no options.
 */
import { collectSearchRecords } from './collect-search-records.ts';
import { countFilterOptions, type FilterOptions } from './filter-options.ts';
import { isSearchIndexEnabled } from './search-index-setting.ts';
import { offerSearchRecords } from './search-record-handoff.ts';

export async function prepareSearchPage(env: Record<string, string | undefined>): Promise<FilterOptions> {
  if (!isSearchIndexEnabled(env)) return countFilterOptions([]);
  const start = performance.now();
  const records = await collectSearchRecords();
  offerSearchRecords({ records, seconds: (performance.now() - start) / 1000 });
  return countFilterOptions(records);
}
