/**
 * `npm run bench:claims`: how long the claim registry and its outputs take for a large site
 * (synthetic: 1000 articles of 10 claims, every article repeating a claim of the one before,
 * every fifth with a status update). Prints figures; asserts nothing.
 */
import type { Claim } from '../../src/lib/annotations/index';
import { buildClaimFeedItems } from '../../src/lib/claims/claim-feed';
import { buildClaimsCsv, buildClaimsJson } from '../../src/lib/claims/claims-data';
import type { ClaimArticle } from '../../src/lib/claims/model';
import { buildClaimRegistry } from '../../src/lib/claims/registry';
import { withTrackedStatuses } from '../../src/lib/claims/live-annotations';

const ARTICLES = 1000;
const CLAIMS = 10;
const source = { id: 'ft', name: 'Financial Times', kind: 'outlet' };

const articles: ClaimArticle[] = Array.from({ length: ARTICLES }, (_, a) => ({
  id: `article-${a}`,
  title: `Article ${a}`,
  published: new Date(Date.UTC(2026, 0, 1) + a * 3_600_000),
  updates: a % 5 === 0 ? [{ date: new Date(Date.UTC(2026, 6, 1)), claim: 'c1', status: 'confirmed', note: 'A document confirms it.' }] : [],
  claims: Array.from({ length: CLAIMS }, (_, c): Claim => ({
    id: `c${c + 1}`,
    number: c + 1,
    text: 'An attributed statement of about ten words in length.',
    by: source,
    speakers: [source],
    status: 'unverified',
    respondedBy: [],
    sourcing: "Another outlet's report",
    quotes: [],
    line: 1,
    column: 1,
    ...(a > 0 && c === 0 ? { same: { article: `article-${a - 1}`, claim: 'c2', line: 1, column: 1 } } : {}),
  })),
}));
const urls = { claim: (key: string) => `https://x.test/claims/${key}/`, article: (slug: string) => `https://x.test/articles/${slug}/`, home: 'https://x.test/', self: 'https://x.test/data/claims.json' };

function time<T>(label: string, run: () => T, describe: (result: T) => string = () => ''): T {
  const start = performance.now();
  const result = run();
  console.log(`${label.padEnd(44)} ${(performance.now() - start).toFixed(1).padStart(8)} ms ${describe(result)}`);
  return result;
}

console.log(`Claims of ${ARTICLES} articles × ${CLAIMS} claims:`);
const registry = time('registry (same= chains, updates, answers)', () => buildClaimRegistry(articles), (r) => `(${r.claims.length} claims tracked)`);
time('current statuses for every article', () => articles.map((article) => withTrackedStatuses(article.id, { claims: [...article.claims], quotes: [], notes: [], terms: [], diagnostics: [] }, registry, (key) => `/claims/${key}/`)));
time('/data/claims.json', () => buildClaimsJson(registry, urls), (json) => `(${(json.length / 1e6).toFixed(1)} MB)`);
time('/data/claims.csv', () => buildClaimsCsv(registry, urls), (csv) => `(${(csv.length / 1e6).toFixed(1)} MB)`);
time('/claims/rss.xml items', () => buildClaimFeedItems(registry, urls), (items) => `(${items.length} items)`);
