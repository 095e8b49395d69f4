/** The fields that decide the order of article lists. */
export interface Orderable {
  id: string;
  data: { published: Date; title: string };
}

/** Newest first; ties broken by title then id, so the order never depends on the file system. */
export function compareNewestFirst(a: Orderable, b: Orderable): number {
  const byDate = b.data.published.getTime() - a.data.published.getTime();
  if (byDate !== 0) return byDate;
  if (a.data.title !== b.data.title) return a.data.title < b.data.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
