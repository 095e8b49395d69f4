/**
 * Hands the search records from the page that collects them (rendered by Astro's build) to the
 * integration that writes the Pagefind index when the build is done. The two are bundled apart
 * and share no module, so the records wait on `globalThis` (as the render workers do).
 */
import type { SearchRecord } from './search-records.ts';

const KEY = Symbol.for('sourced.searchRecords');

type Registry = { [KEY]?: SearchRecord[] | undefined };

/** Called once per build, by the search page, with every record of the site. */
export function offerSearchRecords(records: SearchRecord[]): void {
  (globalThis as Registry)[KEY] = records;
}

/** The records offered during this build (`undefined` when no page offered any), and forgets them. */
export function takeSearchRecords(): SearchRecord[] | undefined {
  const registry = globalThis as Registry;
  const records = registry[KEY];
  registry[KEY] = undefined;
  return records;
}
