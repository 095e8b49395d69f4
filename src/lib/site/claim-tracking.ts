/**
 * The build's claim registry (claims/registry.ts) and what follows from it for the pages: each
 * article's annotations with current statuses, and the date an article last changed once the
 * updates of other articles are counted. site/articles.ts fills it once, when it has every
 * published article.
 */
import type { ArticleAnnotations } from '../annotations/model.ts';
import type { ClaimRegistry } from '../claims/model.ts';
import { buildClaimRegistry } from '../claims/registry.ts';
import { withTrackedStatuses } from '../claims/live-annotations.ts';
import type { ClaimUpdate } from '../schemas/claim-update.ts';
import { PATHS, pageUrl } from './urls.ts';

let registry: ClaimRegistry | undefined;
const current = new Map<string, ArticleAnnotations>();

/** Builds the registry from the published articles (with their stored annotations). */
export function trackClaims(articles: readonly { id: string; title: string; published: Date; updates: readonly ClaimUpdate[]; annotations: ArticleAnnotations }[]): ClaimRegistry {
  registry = buildClaimRegistry(articles.map((article) => ({ ...article, claims: article.annotations.claims })));
  current.clear();
  return registry;
}

/**
 * Forgets the registry of an earlier listing, before the articles are listed again (the preview
 * lists them again after an edit): until the new one is built, annotations are the stored ones,
 * not the earlier listing's.
 */
export function forgetTrackedClaims(): void {
  registry = undefined;
  current.clear();
}

/** The registry, once the published articles were loaded. */
export function trackedClaims(): ClaimRegistry | undefined {
  return registry;
}

/** An article's annotations with current claim statuses (the stored ones until the registry exists). */
export function withCurrentStatuses(articleId: string, stored: ArticleAnnotations): ArticleAnnotations {
  if (!registry) return stored;
  let annotations = current.get(articleId);
  if (!annotations) {
    annotations = withTrackedStatuses(articleId, stored, registry, (key) => pageUrl(PATHS.claim(key)));
    current.set(articleId, annotations);
  }
  return annotations;
}

/** The newest status change, after `published`, of any claim the article shows. */
export function latestClaimChange(articleId: string, stored: ArticleAnnotations, published: Date): Date | undefined {
  if (!registry) return undefined;
  let latest: Date | undefined;
  for (const claim of stored.claims) {
    const key = registry.keyOf(articleId, claim.id);
    const tracked = key ? registry.byKey.get(key) : undefined;
    for (const change of tracked?.history ?? []) {
      if (change.initial || change.date <= published) continue;
      if (!latest || change.date > latest) latest = change.date;
    }
  }
  return latest;
}
