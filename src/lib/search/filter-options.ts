/**
 * The values each search filter offers, with a count beside each, for the search page's selects.
 * Written into the page at build time, so the page does not download every filter's index from
 * Pagefind to list them (only a search that uses a filter loads that filter's part).
 *
 * A count says how many of what the reader looks for carry the value: articles for a tag;
 * claims and quotes for a source, a kind of source and a status (an article is found by the
 * sources and statuses of its claims, but counting it too would make "Denied (3)" of two denied
 * claims); each kind of result for the result type.
 */
import { SEARCH_FILTERS, type SearchFilter, type SearchRecord } from './search-records.ts';

export type FilterOptions = Record<SearchFilter, { value: string; count: number }[]>;

/** Whether a record counts toward a filter's values. */
function counts(record: SearchRecord, filter: SearchFilter): boolean {
  if (filter === 'type') return true;
  return (filter === 'tag') === (record.meta['type'] === 'Article');
}

export function countFilterOptions(records: readonly SearchRecord[]): FilterOptions {
  const tallies = Object.fromEntries(SEARCH_FILTERS.map((filter) => [filter, new Map<string, number>()])) as Record<SearchFilter, Map<string, number>>;
  for (const record of records) {
    for (const filter of SEARCH_FILTERS) {
      const tally = tallies[filter];
      // A value an article carries is offered even where nothing is counted for it (an article without claims has a tag).
      for (const value of record.filters[filter] ?? []) tally.set(value, (tally.get(value) ?? 0) + (counts(record, filter) ? 1 : 0));
    }
  }
  return Object.fromEntries(
    SEARCH_FILTERS.map((filter) => [
      filter,
      [...tallies[filter].entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'en')),
    ]),
  ) as FilterOptions;
}
