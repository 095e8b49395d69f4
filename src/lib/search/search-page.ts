/** What the search page needs besides the records: its path and the Content-Security-Policy it adds. */

/** Site path of the search page. */
export const SEARCH_PATH = 'search/';

/**
 * Script sources the search page allows (the only page that runs JavaScript): the site's own
 * scripts (the page's script, Pagefind's and its worker) and compiling Pagefind's WebAssembly.
 * The same as the `/search/*` and `/pagefind/*` rules of public/_headers.
 */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
