import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, describeSourceKind } from '../annotations/vocabulary.ts';
import type { ClaimRegistry, TrackedClaim } from './model.ts';

/** A list of claims with its own pages: every claim, or those with one status or one kind of source. */
export interface ClaimFilter {
  kind: 'all' | 'status' | 'sourcing';
  /** The status or source kind; empty for `all`. */
  value: string;
  /** Words for headings: `Disputed claims`, `Claims from named experts`. */
  title: string;
  claims: TrackedClaim[];
}

/** Every claim, then one list per status and per kind of source that has claims (in vocabulary order, then alphabetically). */
export function buildClaimFilters(registry: ClaimRegistry): ClaimFilter[] {
  const filters: ClaimFilter[] = [{ kind: 'all', value: '', title: 'All claims', claims: registry.claims }];
  for (const status of CLAIM_STATUSES) {
    const claims = registry.claims.filter((claim) => claim.status === status);
    if (claims.length > 0) filters.push({ kind: 'status', value: status, title: `${CLAIM_STATUS_LABELS[status]} claims`, claims });
  }
  const kinds = [...new Set(registry.claims.map((claim) => claim.by.kind))].sort();
  for (const kind of kinds) {
    filters.push({ kind: 'sourcing', value: kind, title: `Claims sourced to: ${describeSourceKind(kind)}`, claims: registry.claims.filter((claim) => claim.by.kind === kind) });
  }
  return filters;
}
