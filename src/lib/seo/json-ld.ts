/** The frontmatter fields JSON-LD is built from. */
export interface JsonLdArticleInput {
  title: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  tags: readonly string[];
  original: {
    outlet: string;
    title?: string | undefined;
    byline?: string | undefined;
    url?: string | undefined;
    published?: Date | undefined;
    datenote?: string | undefined;
  };
}

/** What JSON-LD says about a claim: its words, who says it, and where it is marked. */
export interface JsonLdClaim {
  id: string;
  text: string;
  by: { name: string; kind: string };
  /** Absolute URL of the claim's own page (tracked across articles), when there is one. */
  page?: string | undefined;
  /** Everyone who makes the claim (`by=a,b`); `by` alone when absent. */
  speakers?: readonly { name: string; kind: string }[] | undefined;
}

const ORGANIZATION_KINDS = new Set(['outlet', 'government', 'organization', 'document']);

function toAgent(source: { name: string; kind: string }): Record<string, unknown> {
  return { '@type': ORGANIZATION_KINDS.has(source.kind) ? 'Organization' : 'Person', name: source.name };
}

/**
 * Builds schema.org `AnalysisNewsArticle` data: `isBasedOn` describes the original report,
 * `citation` lists the sources that have a URL, and each claim is a `Claim` with its `author` and
 * its `appearance` (the claim's place on this page).
 */
export function buildArticleJsonLd(
  article: JsonLdArticleInput,
  pageUrl: string,
  publisher: { name: string; url: string },
  extras: { sources?: Readonly<Record<string, { name: string; kind: string; url?: string | undefined }>>; claims?: readonly JsonLdClaim[] } = {},
): Record<string, unknown> {
  const { original } = article;
  const citations = Object.values(extras.sources ?? {})
    .filter((source) => source.url)
    .map((source) => ({ '@type': 'CreativeWork', name: source.name, url: source.url }));
  const claims = (extras.claims ?? []).map((claim) => ({
    '@type': 'Claim',
    '@id': `${pageUrl}#claim-${claim.id}`,
    text: claim.text,
    author: claim.speakers && claim.speakers.length > 1 ? claim.speakers.map(toAgent) : toAgent(claim.by),
    appearance: { '@type': 'AnalysisNewsArticle', '@id': pageUrl, url: `${pageUrl}#claim-${claim.id}` },
    ...(claim.page ? { sameAs: claim.page } : {}),
    ...(original.url ? { firstAppearance: { '@type': 'NewsArticle', url: original.url } } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    headline: article.title,
    description: article.description,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    datePublished: article.published.toISOString(),
    ...(article.updated ? { dateModified: article.updated.toISOString() } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    inLanguage: 'en',
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: original.outlet },
      ...(original.title ? { headline: original.title } : {}),
      ...(original.byline ? { author: { '@type': 'Organization', name: original.byline.replace(/^by\s+/i, '') } } : {}),
      ...(original.url ? { url: original.url } : {}),
      ...(original.published ? { datePublished: original.published.toISOString() } : {}),
      ...(original.datenote ? { description: original.datenote } : {}),
    },
    ...(citations.length > 0 ? { citation: citations } : {}),
    ...(claims.length > 0 ? { hasPart: claims } : {}),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * escaped as JSON unicode escapes so no string can close the element (`</script>`) or open a
 * comment; U+2028/U+2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
