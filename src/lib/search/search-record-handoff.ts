/**
 * Hands the search records from the page that collects them (rendered by Astro's build) to the
 * integration that writes the Pagefind index. The two are bundled apart and share no module, so
 * they meet on `globalThis` (as the render workers do). The integration listens from the start
 * of the build and starts indexing as soon as the records arrive, while Astro renders the rest
 * of the pages; when the build is done it takes the finished work.
 */
import type { SearchRecord } from './search-records.ts';

const KEY = Symbol.for('sourced.searchRecords');

/** The records of a build, and how long collecting them took. */
export interface OfferedSearchRecords {
  records: SearchRecord[];
  seconds: number;
}

type Listener = (offered: OfferedSearchRecords) => void;
type Registry = { [KEY]?: { offered?: OfferedSearchRecords | undefined; listener?: Listener | undefined } };

function slot(): NonNullable<Registry[typeof KEY]> {
  const registry = globalThis as Registry;
  registry[KEY] ??= {};
  return registry[KEY];
}

/** Called once per build, by the search page, with every record of the site. */
export function offerSearchRecords(offered: OfferedSearchRecords): void {
  const current = slot();
  current.offered = offered;
  current.listener?.(offered);
}

/** Calls `listener` when the records are offered (at once if they already were). */
export function listenForSearchRecords(listener: Listener): void {
  const current = slot();
  current.listener = listener;
  if (current.offered) listener(current.offered);
}

/** The records offered during this build (`undefined` when no page offered any), and forgets them and the listener. */
export function takeSearchRecords(): OfferedSearchRecords | undefined {
  const current = slot();
  const offered = current.offered;
  current.offered = undefined;
  current.listener = undefined;
  return offered;
}
