/**
 * Hands the search documents from the page that collects them (rendered by Astro's build) to the
 * integration that writes the Pagefind index. The two are bundled apart and share no module, so
 * they meet on `globalThis` (as the render workers do). The integration listens from the start
 * of the build and starts indexing as soon as the documents arrive, while Astro renders the rest
 * of the pages; when the build is done it takes the finished work. The documents are kept only
 * until the listener has them.
 */
import type { SearchDocument } from './search-document.ts';

const KEY = Symbol.for('sourced.searchDocuments');

/** The search documents of a build (one per article), and how long collecting them took. */
export interface OfferedSearchDocuments {
  documents: SearchDocument[];
  seconds: number;
}

/** What is remembered of the documents once the listener has them. */
export interface OfferedSearchSummary {
  documents: number;
  records: number;
  seconds: number;
}

type Listener = (offered: OfferedSearchDocuments) => void;
type Registry = {
  [KEY]?: { pending?: OfferedSearchDocuments | undefined; offered?: OfferedSearchSummary | undefined; listener?: Listener | undefined };
};

function slot(): NonNullable<Registry[typeof KEY]> {
  const registry = globalThis as Registry;
  registry[KEY] ??= {};
  return registry[KEY];
}

/** Called once per build with every document of the site. */
export function offerSearchDocuments(offered: OfferedSearchDocuments): void {
  const current = slot();
  current.offered = {
    documents: offered.documents.length,
    records: offered.documents.reduce((sum, document) => sum + document.records, 0),
    seconds: offered.seconds,
  };
  if (current.listener) current.listener(offered);
  else current.pending = offered;
}

/** Calls `listener` when the documents are offered (at once if they already were). */
export function listenForSearchDocuments(listener: Listener): void {
  const current = slot();
  current.listener = listener;
  const pending = current.pending;
  current.pending = undefined;
  if (pending) listener(pending);
}

/** What was offered during this build (`undefined` when nothing was), and forgets it and the listener. */
export function takeSearchDocuments(): OfferedSearchSummary | undefined {
  const current = slot();
  const offered = current.offered;
  current.offered = undefined;
  current.pending = undefined;
  current.listener = undefined;
  return offered;
}
