import type { ArticleAnnotations, Claim } from '../annotations/model.ts';
import { claimElementId, HTML_CLASSES, modifierClass } from '../annotations/markup/contract.ts';
import { toIsoDate } from '../util/format-date.ts';
import type { ClaimRegistry } from './model.ts';

/**
 * An article's annotation model with each claim's current status (which later updates may have
 * changed) and its `tracked` details (since when, the claim page), so that callouts, the ledger,
 * source pages, JSON-LD, feeds and data all show the same, current status. The words, sources
 * and sourcing stay as the article wrote them.
 */
export function withTrackedStatuses(article: string, annotations: ArticleAnnotations, registry: ClaimRegistry, pageOf: (key: string) => string): ArticleAnnotations {
  let changed = false;
  const claims = annotations.claims.map((claim): Claim => {
    const key = registry.keyOf(article, claim.id);
    const tracked = key ? registry.byKey.get(key) : undefined;
    if (!tracked) return claim;
    changed = true;
    return {
      ...claim,
      status: tracked.status,
      tracked: { since: toIsoDate(tracked.since), changed: tracked.history.length > 1, page: pageOf(tracked.key) },
    };
  });
  return changed ? { ...annotations, claims } : annotations;
}

/**
 * The stored HTML with each claim's status class and `data-status` set to its current status
 * (the Markdown pipeline wrote the status the article gave it). Only claims whose status
 * changed are touched; the attributes are in the order the pipeline writes them (contract.ts).
 */
export function restatusClaimElements(html: string, written: readonly Claim[], current: readonly Claim[]): string {
  const now = new Map(current.map((claim) => [claim.id, claim.status]));
  let result = html;
  for (const claim of written) {
    const status = now.get(claim.id);
    if (!status || status === claim.status) continue;
    const before = `class="${HTML_CLASSES.claim} ${modifierClass(HTML_CLASSES.claim, claim.status)}" id="${claimElementId(claim.id)}" data-claim="${claim.id}" data-status="${claim.status}"`;
    const after = `class="${HTML_CLASSES.claim} ${modifierClass(HTML_CLASSES.claim, status)}" id="${claimElementId(claim.id)}" data-claim="${claim.id}" data-status="${status}"`;
    result = result.replace(before, after);
  }
  return result;
}
