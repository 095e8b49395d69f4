/**
 * Hands the search records from the page that collects them (rendered by Astro's build) to the
 * integration that writes the Pagefind index. The two are bundled apart and share no module, so
 * they meet on `globalThis` (as the render workers do). The integration listens from the start
 * of the build and starts indexing as soon as the records arrive, while Astro renders the rest
 * of the pages; when the build is done it takes the finished work. The records are kept only
 * until the listener has them (at 10,000 articles they are about 170,000 objects).
 */
import type { SearchRecord } from './search-records.ts';

const KEY = Symbol.for('sourced.searchRecords');

/** The records of a build, and how long collecting them took. */
export interface OfferedSearchRecords {
  records: SearchRecord[];
  seconds: number;
}

/** What is remembered of the records once the listener has them. */
export interface OfferedSearchSummary {
  count: number;
  seconds: number;
}

type Listener = (offered: OfferedSearchRecords) => void;
type Registry = {
  [KEY]?: { pending?: OfferedSearchRecords | undefined; offered?: OfferedSearchSummary | undefined; listener?: Listener | undefined };
};

function slot(): NonNullable<Registry[typeof KEY]> {
  const registry = globalThis as Registry;
  registry[KEY] ??= {};
  return registry[KEY];
}

/** Called once per build, by the search page, with every record of the site. */
export function offerSearchRecords(offered: OfferedSearchRecords): void {
  const current = slot();
  current.offered = { count: offered.records.length, seconds: offered.seconds };
  if (current.listener) current.listener(offered);
  else current.pending = offered;
}

/** Calls `listener` when the records are offered (at once if they already were). */
export function listenForSearchRecords(listener: Listener): void {
  const current = slot();
  current.listener = listener;
  const pending = current.pending;
  current.pending = undefined;
  if (pending) listener(pending);
}

/** What was offered during this build (`undefined` when nothing was), and forgets it and the listener. */
export function takeSearchRecords(): OfferedSearchSummary | undefined {
  const current = slot();
  const offered = current.offered;
  current.offered = undefined;
  current.pending = undefined;
  current.listener = undefined;
  return offered;
}
