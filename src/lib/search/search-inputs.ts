/**
 * From what the build knows of an article (a {@link SearchInput}) to what the search holds: its
 * records (search-records.ts) and its Pagefind document (search-document.ts). Plain functions,
 * run by the search indexer's worker (documents) and by the search page (filter options).
 */
import { articlePlainText } from './article-plain-text.ts';
import { buildSearchDocument, type SearchDocument } from './search-document.ts';
import { buildSearchRecords, type SearchableArticle } from './search-records.ts';
import { countFilterOptions, type FilterOptions } from './filter-options.ts';

/** An article as the build hands it to the search: its fields, its stored HTML and its URL. */
export interface SearchInput extends Omit<SearchableArticle, 'text'> {
  /** The article's HTML as the pipeline stored it (article-plain-text.ts takes its words). */
  html: string;
  /** Relative to the site's root, without the base path. */
  url: string;
}

/** The Pagefind document of an article (reads the words of its HTML: the costly part). */
export function searchDocumentOf(input: SearchInput, language: string): SearchDocument {
  return buildSearchDocument(buildSearchRecords({ ...input, text: articlePlainText(input.html) }, input.url, language));
}

/** The values each filter offers over these articles (their words are not needed for that). */
export function filterOptionsOf(inputs: readonly SearchInput[], language: string): FilterOptions {
  return countFilterOptions(inputs.flatMap((input) => buildSearchRecords({ ...input, text: '' }, input.url, language)));
}
