/**
 * Collects what the search needs of every article and hands it to the Pagefind integration,
 * whose worker indexes it while Astro writes the pages. In a build this happens once, as early as
 * possible: the article route's getStaticPaths starts it (Astro asks every route for its paths
 * before it writes any page), and the search page takes the same result for its filter options.
 * In the preview the search page collects them on each request. With `SOURCED_SEARCH_INDEX=0`
 * nothing is collected.
 */
import { SITE_LANGUAGE } from '../../consts.ts';
import { isAstroBuild } from '../diagnostics/build-report.ts';
import { collectSearchInputs } from './collect-search-inputs.ts';
import { countFilterOptions, type FilterOptions } from './filter-options.ts';
import { isSearchIndexEnabled } from './search-index-setting.ts';
import { offerSearchInputs } from './search-input-handoff.ts';
import { filterOptionsOf } from './search-inputs.ts';

let offered: Promise<FilterOptions> | undefined;

/** Collects the articles, offers them and keeps only the filters' values. */
async function collectAndOffer(): Promise<FilterOptions> {
  const start = performance.now();
  const inputs = await collectSearchInputs();
  const options = filterOptionsOf(inputs, SITE_LANGUAGE);
  offerSearchInputs({ inputs, seconds: (performance.now() - start) / 1000 });
  return options;
}

/**
 * Starts indexing the site (in a build, once per build): collects the articles and offers them
 * to the index. Does not wait for the index; resolves with the filters' values, which the
 * search page lists.
 */
export function startSearchIndexing(env: Record<string, string | undefined>): Promise<FilterOptions> {
  if (!isSearchIndexEnabled(env)) return Promise.resolve(countFilterOptions([]));
  if (offered && isAstroBuild()) return offered;
  offered = collectAndOffer();
  return offered;
}
