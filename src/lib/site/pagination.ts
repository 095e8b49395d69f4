/** Articles per list page (home, tag and source pages). */
export const PAGE_SIZE = 20;

/** One page of a paginated list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  total: number;
}

/** Splits a list into pages of `size` (at least one page, even when empty). */
export function paginateList<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), number: index + 1, total }));
}

/** Site path of page `number` of a list whose first page is at `firstPath` (`''`, `tags/x/`). */
export function listPagePath(firstPath: string, number: number): string {
  return number <= 1 ? firstPath : `${firstPath}page/${number}/`;
}
