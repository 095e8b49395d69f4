/**
 * `SOURCED_SEARCH_INDEX=0` builds without the search index (the search page then says search
 * is unavailable and links the browse pages). Every other value, and none, builds it. Meant for
 * quick preview builds and for measuring what the index costs (`npm run bench:search`).
 */
export function isSearchIndexEnabled(env: Record<string, string | undefined>): boolean {
  return (env['SOURCED_SEARCH_INDEX'] ?? '').trim() !== '0';
}
