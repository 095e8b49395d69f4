import { buildClaimFilters, type ClaimFilter } from '../claims/claim-lists.ts';
import type { TrackedClaim } from '../claims/model.ts';
import { getClaimRegistry } from './articles.ts';
import { listPagePath, paginateList, type ListPage } from './pagination.ts';
import { PATHS } from './urls.ts';

/** Site path of a filter's first page: `claims/`, `claims/status/disputed/`, `claims/sourcing/expert/`. */
export function claimFilterPath(filter: Pick<ClaimFilter, 'kind' | 'value'>): string {
  if (filter.kind === 'status') return PATHS.claimsByStatus(filter.value);
  if (filter.kind === 'sourcing') return PATHS.claimsBySourcing(filter.value);
  return PATHS.claims;
}

/** One page of a claim list, with every filter for the page's navigation. */
export interface ClaimListPageProps {
  filter: ClaimFilter;
  page: ListPage<TrackedClaim>;
  filters: ClaimFilter[];
}

/** Every page of every claim list (paginated like tags), for the static routes under `claims/`. */
export async function getClaimListPages(): Promise<(ClaimListPageProps & { path: string })[]> {
  const filters = buildClaimFilters(await getClaimRegistry());
  return filters.flatMap((filter) => paginateList(filter.claims).map((page) => ({ filter, page, filters, path: listPagePath(claimFilterPath(filter), page.number) })));
}

/** The rest parameter of a filter route: undefined for the first page, `page/2` for the second. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}
