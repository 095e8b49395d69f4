/**
 * The archive: published articles grouped by the month they were published (UTC), for the
 * browse pages `/archive/` and `/archive/<year>/<month>/` that work without JavaScript.
 */

/** Site path of the archive's index. */
export const ARCHIVE_PATH = 'archive/';

/** One month of the archive. */
export interface ArchiveMonth<T> {
  /** Four digits, e.g. `2026`. */
  year: string;
  /** Two digits, e.g. `11`. */
  month: string;
  /** As readers see it, e.g. `November 2026`. */
  label: string;
  /** Site path, e.g. `archive/2026/11/`. */
  path: string;
  /** The month's articles, in the order given (newest first). */
  articles: T[];
}

const MONTH_LABEL = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Site path of a month's archive page. */
export function archiveMonthPath(year: string, month: string): string {
  return `${ARCHIVE_PATH}${year}/${month}/`;
}

/** Groups articles (newest first) by publication month, newest month first. */
export function groupByMonth<T>(articles: readonly T[], publishedOf: (article: T) => Date): ArchiveMonth<T>[] {
  const months = new Map<string, ArchiveMonth<T>>();
  for (const article of articles) {
    const date = publishedOf(article);
    const year = String(date.getUTCFullYear()).padStart(4, '0');
    const month = String(date.getUTCMonth() + 1).padStart(2, '0');
    const key = `${year}-${month}`;
    let entry = months.get(key);
    if (!entry) {
      entry = { year, month, label: MONTH_LABEL.format(date), path: archiveMonthPath(year, month), articles: [] };
      months.set(key, entry);
    }
    entry.articles.push(article);
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([, entry]) => entry);
}
