/**
 * What readers can find with the site search: a record per article, claim and quote.
 *
 * Records are built from the annotation model, not by crawling the pages, so the index holds
 * only what a reader looks for (no navigation, ledger tables or footers) and each claim and
 * quote is a result of its own that links to its place in the article (`#claim-…`, `#quote-…`).
 * An article's records go to Pagefind as one document (search-document.ts), its claims and
 * quotes as sub-results. Every record carries the same filters, so one filter narrows articles,
 * claims and quotes alike:
 *
 * - `type`: Article, Claim or Quote;
 * - `source`: who said it (the article: every source it cites; a claim: its source and the
 *   outlet it came through);
 * - `sourcing`: the kind of source (Named official, Anonymous, News outlet…);
 * - `status`: how far a claim is established (an article: the statuses of its claims);
 * - `tag`: the article's tags.
 */
import { CLAIM_STATUS_LABELS } from '../annotations/vocabulary.ts';
import type { Claim, Quote, SourceRef } from '../annotations/model.ts';
import { describeSourceKind } from '../annotations/vocabulary.ts';
import { toReadableDate } from '../util/format-date.ts';

/** The parts of an article the search needs. */
export interface SearchableArticle {
  id: string;
  title: string;
  description: string;
  published: Date;
  tags: readonly string[];
  /** The article's plain text (without callouts, markers or note labels). */
  text: string;
  claims: readonly Claim[];
  quotes: readonly Quote[];
}

/** One thing a reader can find: an article, a claim or a quote. */
export interface SearchRecord {
  /**
   * URL relative to the site's root, without the base path, e.g. `/articles/x/#claim-signal`:
   * Pagefind's script prefixes the base path (where its bundle is served from) to results.
   */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The names of the filters, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'source', 'sourcing', 'status', 'tag'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Reader-facing label of each filter. */
export const SEARCH_FILTER_LABELS: Record<SearchFilter, string> = {
  type: 'Result type',
  source: 'Source',
  sourcing: 'Kind of source',
  status: 'Claim status',
  tag: 'Tag',
};

const unique = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));

function sourcesOf(claim: Claim): SourceRef[] {
  return claim.via ? [claim.by, claim.via] : [claim.by];
}

/** The records of one article: the article itself, then its claims and quotes in reading order. */
export function buildSearchRecords(article: SearchableArticle, articleUrl: string, language: string): SearchRecord[] {
  const tags = [...article.tags];
  // No sort keys: Pagefind would ship them for every record with the index's metadata, which
  // every search downloads; results are ranked by relevance.
  const common = { language };
  const citedSources = [...article.claims.flatMap(sourcesOf), ...article.quotes.map((quote) => quote.by)];

  const articleRecord: SearchRecord = {
    ...common,
    url: articleUrl,
    // Names of the sources too: a reader searching for a speaker finds the articles quoting them.
    content: [article.title, article.description, article.text, ...unique(citedSources.map((source) => source.name))].join('\n\n'),
    meta: { title: article.title, type: 'Article', date: toReadableDate(article.published), description: article.description },
    filters: {
      type: ['Article'],
      source: unique(citedSources.map((source) => source.name)),
      sourcing: unique(citedSources.map((source) => describeSourceKind(source.kind))),
      status: unique(article.claims.map((claim) => CLAIM_STATUS_LABELS[claim.status])),
      tag: tags,
    },
  };

  const claimRecords = article.claims.map((claim): SearchRecord => {
    const status = CLAIM_STATUS_LABELS[claim.status];
    return {
      ...common,
      url: `${articleUrl}#claim-${claim.id}`,
      // Who said it by name too (the sourcing line may name only the kind of source).
      content: [claim.text, sourcesOf(claim).map((source) => source.name).join(', '), `${claim.sourcing}. ${status}.`, claim.note ?? ''].filter(Boolean).join('\n\n'),
      meta: { title: claim.text, type: 'Claim', article: article.title, date: toReadableDate(article.published), source: claim.sourcing, status },
      filters: {
        type: ['Claim'],
        source: unique(sourcesOf(claim).map((source) => source.name)),
        sourcing: unique(sourcesOf(claim).map((source) => describeSourceKind(source.kind))),
        status: [status],
        tag: tags,
      },
    };
  });

  const quoteRecords = article.quotes.map(
    (quote): SearchRecord => ({
      ...common,
      url: `${articleUrl}#quote-${quote.id}`,
      content: [quote.text, quote.by.name].join('\n\n'),
      meta: { title: `“${quote.text}”`, type: 'Quote', article: article.title, date: toReadableDate(article.published), source: quote.by.name },
      filters: {
        type: ['Quote'],
        source: [quote.by.name],
        sourcing: [describeSourceKind(quote.by.kind)],
        status: [],
        tag: tags,
      },
    }),
  );

  return [articleRecord, ...claimRecords, ...quoteRecords];
}
