/**
 * Hands what the search needs of every article from the route that collects it (rendered by
 * Astro's build) to the integration that writes the Pagefind index. The two are bundled apart
 * and share no module, so they meet on `globalThis` (as the render workers do). The integration
 * listens from the start of the build and starts indexing as soon as the articles arrive, while
 * Astro renders the rest of the pages; when the build is done it takes the finished work. The
 * articles are kept only until the listener has them.
 */
import type { SearchInput } from './search-inputs.ts';

const KEY = Symbol.for('sourced.searchInputs');

/** The articles of a build, and how long collecting them took. */
export interface OfferedSearchInputs {
  inputs: SearchInput[];
  seconds: number;
}

/** What is remembered of the articles once the listener has them. */
export interface OfferedSearchSummary {
  articles: number;
  seconds: number;
}

type Listener = (offered: OfferedSearchInputs) => void;
type Registry = {
  [KEY]?: { pending?: OfferedSearchInputs | undefined; offered?: OfferedSearchSummary | undefined; listener?: Listener | undefined };
};

function slot(): NonNullable<Registry[typeof KEY]> {
  const registry = globalThis as Registry;
  registry[KEY] ??= {};
  return registry[KEY];
}

/** Called once per build with every published article. */
export function offerSearchInputs(offered: OfferedSearchInputs): void {
  const current = slot();
  current.offered = { articles: offered.inputs.length, seconds: offered.seconds };
  if (current.listener) current.listener(offered);
  else current.pending = offered;
}

/** Calls `listener` when the articles are offered (at once if they already were). */
export function listenForSearchInputs(listener: Listener): void {
  const current = slot();
  current.listener = listener;
  const pending = current.pending;
  current.pending = undefined;
  if (pending) listener(pending);
}

/** What was offered during this build (`undefined` when nothing was), and forgets it and the listener. */
export function takeSearchInputs(): OfferedSearchSummary | undefined {
  const current = slot();
  const offered = current.offered;
  current.offered = undefined;
  current.pending = undefined;
  current.listener = undefined;
  return offered;
}
