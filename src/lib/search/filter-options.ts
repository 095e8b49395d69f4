/**
 * The values each search filter offers, with how many records carry each, for the search page's
 * selects. Written into the page at build time, so the page does not download every filter's
 * index from Pagefind to list them (only a search that uses a filter loads that filter's part).
 */
import { SEARCH_FILTERS, type SearchFilter, type SearchRecord } from './search-records.ts';

export type FilterOptions = Record<SearchFilter, { value: string; count: number }[]>;

export function countFilterOptions(records: readonly SearchRecord[]): FilterOptions {
  const counts = Object.fromEntries(SEARCH_FILTERS.map((filter) => [filter, new Map<string, number>()])) as Record<SearchFilter, Map<string, number>>;
  for (const record of records) {
    for (const filter of SEARCH_FILTERS) {
      for (const value of record.filters[filter] ?? []) counts[filter].set(value, (counts[filter].get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(
    SEARCH_FILTERS.map((filter) => [
      filter,
      [...counts[filter].entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'en')),
    ]),
  ) as FilterOptions;
}
