/**
 * The ids an article's page gives its own elements around the article's body (the skip-link
 * target, the title, the ledger, the quote sidebar, the sources list, the callouts…). The body
 * must not use them again: a heading written "Main" or "Claim signal" would otherwise get an id
 * the page already has, and a link to either would land on the wrong one (and the page would not
 * be valid HTML). The heading step (rehype-heading-ids.ts) and the raw HTML step
 * (rehype-raw-html.ts) keep clear of them; a build test checks that every id on an article page
 * outside the body is one of these.
 */
import { calloutElementId, quoteEntryElementId } from './contract.ts';
import type { ArticleAnnotations } from '../model.ts';
import { MAIN_CONTENT_ID } from '../../../consts.ts';

/**
 * The id of the element that holds the article's body on its page, and nothing else (not even
 * white space): Web Annotation selectors are scoped to it (web-annotations/page-text.ts).
 */
export const ARTICLE_BODY_ID = 'article-body';

/** The ids every article page uses, whatever the article. */
export const ARTICLE_PAGE_IDS: readonly string[] = [
  MAIN_CONTENT_ID,
  ARTICLE_BODY_ID,
  'theme-auto',
  'theme-light',
  'theme-dark',
  'article-title',
  'lens-toggle',
  'annotations-compact',
  'annotations-full',
  'annotations-hidden',
  'original-heading',
  'ledger-heading',
  'ledger-bar-title',
  'ledger-bar-desc',
  'quotes-heading',
  'sources-heading',
  'corrections-heading',
];

/** The id of a source's entry in the page's list of sources. */
export const sourceElementId = (sourceId: string): string => `source-${sourceId}`;

/**
 * Every id the page around the body uses for this article: the fixed ones, a callout per claim,
 * a sidebar entry per quote and an entry per declared source.
 */
export function articlePageIds(annotations: Pick<ArticleAnnotations, 'claims' | 'quotes'>, sourceIds: readonly string[]): string[] {
  return [
    ...ARTICLE_PAGE_IDS,
    ...annotations.claims.map((claim) => calloutElementId(claim.id)),
    ...annotations.quotes.map((quote) => quoteEntryElementId(quote.id)),
    ...sourceIds.map(sourceElementId),
  ];
}
