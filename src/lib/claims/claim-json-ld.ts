import type { TrackedClaim } from './model.ts';

const ORGANIZATION_KINDS = new Set(['outlet', 'government', 'organization']);

/**
 * schema.org data of a claim's page: a `Claim` whose `@id` is the page's URL, with its author,
 * its first appearance and every appearance (the articles, at the claim's place in each).
 *
 * No `ClaimReview`: Sourced's statuses say how far a claim is established by sourcing, not
 * whether it is true, and a `reviewRating` would be read as a truth verdict (see /method/).
 */
export function buildClaimJsonLd(claim: TrackedClaim, pageUrl: string, articleUrl: (slug: string) => string): Record<string, unknown> {
  const appearances = claim.appearances.map((appearance) => ({
    '@type': 'AnalysisNewsArticle',
    '@id': articleUrl(appearance.article),
    url: `${articleUrl(appearance.article)}#claim-${appearance.claim.id}`,
    headline: appearance.title,
    datePublished: appearance.published.toISOString(),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': pageUrl,
    url: pageUrl,
    text: claim.text,
    author: { '@type': ORGANIZATION_KINDS.has(claim.by.kind) ? 'Organization' : 'Person', name: claim.by.name },
    datePublished: claim.firstPublished.toISOString(),
    ...(claim.lastChanged > claim.firstPublished ? { dateModified: claim.lastChanged.toISOString() } : {}),
    firstAppearance: appearances[0],
    appearance: appearances,
  };
}
