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

/** Builds schema.org `AnalysisNewsArticle` data, with `isBasedOn` describing the original report. */
export function buildArticleJsonLd(
  article: JsonLdArticleInput,
  pageUrl: string,
  publisher: { name: string; url: string },
): Record<string, unknown> {
  const { original } = article;
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
      ...(original.byline ? { author: { '@type': 'Organization', name: original.byline } } : {}),
      ...(original.url ? { url: original.url } : {}),
      ...(original.published ? { datePublished: original.published.toISOString() } : {}),
      ...(original.datenote ? { description: original.datenote } : {}),
    },
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
