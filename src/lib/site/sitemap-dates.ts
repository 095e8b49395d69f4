/**
 * Last-modified dates of the published articles for the sitemap's `<lastmod>`: `updated` or the
 * newest correction, else the publication date. The pages record them as they list the
 * published articles (site/articles.ts); the sitemap, written later in the same build process
 * by an integration that shares no module with the pages, reads them through one registry on
 * `globalThis` instead of listing and parsing every article file again.
 */

const REGISTRY = Symbol.for('sourced.article-dates');

/** Records the last-modified date of each published article, by article id. */
export function recordArticleDates(dates: ReadonlyMap<string, Date>): void {
  (globalThis as Record<symbol, unknown>)[REGISTRY] = new Map(dates);
}

/** The dates recorded by this build's pages (empty before they ran). */
export function readArticleDates(): ReadonlyMap<string, Date> {
  return ((globalThis as Record<symbol, unknown>)[REGISTRY] as Map<string, Date> | undefined) ?? new Map();
}

const CLAIM_REGISTRY = Symbol.for('sourced.claim-dates');

/** Records the last change of each claim page, by claim key (`<article-slug>/<claim-id>`). */
export function recordClaimDates(dates: ReadonlyMap<string, Date>): void {
  (globalThis as Record<symbol, unknown>)[CLAIM_REGISTRY] = new Map(dates);
}

/** The claim dates recorded by this build's pages (empty before they ran). */
export function readClaimDates(): ReadonlyMap<string, Date> {
  return ((globalThis as Record<symbol, unknown>)[CLAIM_REGISTRY] as Map<string, Date> | undefined) ?? new Map();
}
