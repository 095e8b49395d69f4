import type { Claim } from '../annotations/model.ts';
import { isClaimStatus } from '../annotations/vocabulary.ts';
import type { ClaimArticle, ClaimAppearance, ClaimRegistry, StatusChange, TrackedClaim } from './model.ts';

/** `harbour-fire/cause` */
export const claimKey = (article: string, claimId: string): string => `${article}/${claimId}`;

const byDateThenArticle = (a: { published: Date; id: string }, b: { published: Date; id: string }): number =>
  a.published.getTime() - b.published.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds the site's claim registry from its published articles: each claim without a `same=`
 * starts a tracked claim; a claim with `same=` joins the claim it names (following chains); each
 * `updates:` entry adds a dated status to the claim it names, in date order (stable for equal
 * dates: older article first, then list order). References the checks rejected (claim-links.ts)
 * are treated as new claims, so a build that reports them still renders.
 */
export function buildClaimRegistry(articles: readonly ClaimArticle[]): ClaimRegistry {
  const ordered = [...articles].sort(byDateThenArticle);
  const claimsOf = new Map(ordered.map((article) => [article.id, new Map(article.claims.map((claim) => [claim.id, claim]))]));
  const keys = new Map<string, string>();

  const resolve = (article: string, claim: Claim, seen = new Set<string>()): string => {
    const own = claimKey(article, claim.id);
    const cached = keys.get(own);
    if (cached) return cached;
    seen.add(own);
    const target = claim.same ? claimsOf.get(claim.same.article)?.get(claim.same.claim) : undefined;
    const key = claim.same && target && !seen.has(claimKey(claim.same.article, claim.same.claim)) ? resolve(claim.same.article, target, seen) : own;
    keys.set(own, key);
    return key;
  };

  const tracked = new Map<string, TrackedClaim>();
  for (const article of ordered) {
    for (const claim of article.claims) {
      const key = resolve(article.id, claim);
      const appearance: ClaimAppearance = { article: article.id, title: article.title, published: article.published, claim };
      const existing = tracked.get(key);
      if (existing) {
        existing.appearances.push(appearance);
        continue;
      }
      tracked.set(key, {
        key,
        article: article.id,
        id: claim.id,
        text: claim.text,
        by: claim.by,
        via: claim.via,
        sourcing: claim.sourcing,
        status: claim.status,
        since: article.published,
        history: [{ date: article.published, status: claim.status, article: article.id, initial: true }],
        appearances: [appearance],
        responds: [],
        respondedBy: [],
        firstPublished: article.published,
        lastChanged: article.published,
      });
    }
  }

  const changes: { key: string; change: StatusChange }[] = [];
  for (const article of ordered) {
    for (const update of article.updates) {
      const key = keys.get(claimKey(article.id, update.claim));
      if (!key || !isClaimStatus(update.status)) continue;
      changes.push({ key, change: { date: update.date, status: update.status, article: article.id, initial: false, note: update.note, evidence: update.evidence } });
    }
  }
  // Stable sort: equal dates keep article order, then list order.
  changes.sort((a, b) => a.change.date.getTime() - b.change.date.getTime());
  for (const { key, change } of changes) tracked.get(key)?.history.push(change);

  for (const claim of tracked.values()) {
    const latest = claim.history.at(-1)!;
    claim.status = latest.status;
    claim.since = sinceOf(claim.history);
    const dates = [...claim.history.map((change) => change.date), ...claim.appearances.map((appearance) => appearance.published)];
    claim.lastChanged = new Date(Math.max(...dates.map((date) => date.getTime())));
  }

  for (const article of ordered) {
    for (const claim of article.claims) {
      if (!claim.responds) continue;
      const from = tracked.get(keys.get(claimKey(article.id, claim.id))!)!;
      const toKey = keys.get(claimKey(article.id, claim.responds));
      const to = toKey ? tracked.get(toKey) : undefined;
      if (!to || to === from) continue;
      if (!from.responds.includes(to.key)) from.responds.push(to.key);
      if (!to.respondedBy.includes(from.key)) to.respondedBy.push(from.key);
    }
  }

  const order = new Map(ordered.map((article, index) => [article.id, index]));
  const claims = [...tracked.values()].sort(
    (a, b) => (order.get(b.article) ?? 0) - (order.get(a.article) ?? 0) || a.appearances[0]!.claim.number - b.appearances[0]!.claim.number,
  );
  return { claims, byKey: tracked, keyOf: (article, claimId) => keys.get(claimKey(article, claimId)) };
}

/** Since when the last status holds: an update repeating the current status does not restart it. */
function sinceOf(history: readonly StatusChange[]): Date {
  let index = history.length - 1;
  while (index > 0 && history[index - 1]!.status === history[index]!.status) index--;
  return history[index]!.date;
}
