/**
 * Every internal URL of the site, built from the base path so that a `dist/` built with
 * `BASE_PATH=/sub/` works when served under `/sub/`. Paths here never start with `/`.
 */

/** Site-relative paths of the pages and outputs. */
export const PATHS = {
  home: '',
  tags: 'tags/',
  subscribe: 'subscribe/',
  method: 'method/',
  sources: 'sources/',
  corrections: 'corrections/',
  rss: 'rss.xml',
  jsonFeed: 'feed.json',
  sitemap: 'sitemap-index.xml',
  stylesheetDir: '_astro/',
  article: (slug: string) => `articles/${slug}/`,
  tag: (tag: string) => `tags/${tag}/`,
  source: (id: string) => `sources/${id}/`,
  articleAnnotations: (slug: string) => `articles/${slug}/annotations.jsonld`,
  articleImage: (slug: string) => `articles/${slug}/og.png`,
  claims: 'claims/',
  claimFeed: 'claims/rss.xml',
  claimsJson: 'data/claims.json',
  claimsCsv: 'data/claims.csv',
  /** A claim's page; `key` is `<article-slug>/<claim-id>` of its first appearance. */
  claim: (key: string) => `claims/${key}/`,
  claimsByStatus: (status: string) => `claims/status/${status}/`,
  claimsBySourcing: (kind: string) => `claims/sourcing/${kind}/`,
} as const;

/** Joins a base path (`/` or `/sub/`) and a site-relative path into a root-relative URL. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** Root-relative URL of a site path under the configured base, e.g. `/sub/articles/x/`. */
export function pageUrl(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL of a site path: origin + base + path. `site` is the origin (Astro's `site` excludes the base). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('`site` is not configured: set SITE_URL so absolute URLs can be built.');
  return new URL(pageUrl(path), site).href;
}
