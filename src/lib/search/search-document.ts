/**
 * One Pagefind document per article: the article's search records (search-records.ts) written as
 * a small HTML page that only Pagefind reads. The article's own words come first; each claim and
 * quote follows in a section whose `id` is its anchor on the article page and whose
 * `data-pagefind-title` is what a result shows, so Pagefind returns it as a sub-result that
 * links to `#claim-…` or `#quote-…`.
 *
 * One document instead of one record per claim and quote: Pagefind then writes one fragment per
 * article rather than one per claim and quote (at 1000 articles 1,000 files instead of 17,000,
 * 4 MB instead of 68 MB), which is most of what the index cost a build.
 *
 * Pagefind's filters belong to a document, so the document carries every value of its records
 * (an article with a denied claim is found by `status: Denied`), and the meta field `parts`
 * keeps each claim's and quote's own values, with which the search page narrows the
 * sub-results to the ones the reader asked for (search-parts.ts reads them).
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { SEARCH_FILTERS, type SearchFilter, type SearchRecord } from './search-records.ts';
import { PARTS_META, type SearchParts } from './search-parts.ts';

/** What Pagefind indexes for one article (`index.addHTMLFile` takes `url` and `content`). */
export interface SearchDocument {
  /** The article's URL relative to the site's root, without the base path. */
  url: string;
  /** The document's HTML. */
  content: string;
  /** How many search records (the article, its claims and quotes) the document holds. */
  records: number;
}

const unique = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));

/** The part of a record's URL after `#`, or `undefined` for the article's own record. */
function anchorOf(record: SearchRecord): string | undefined {
  const hash = record.url.indexOf('#');
  return hash < 0 ? undefined : record.url.slice(hash + 1);
}

/** Text paragraphs, one per block of the record's content (blank lines separate them). */
function paragraphs(content: string): Element[] {
  return content
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '')
    .map((block) => h('p', block));
}

/**
 * The document of one article from its records: the article's record first, then its claims'
 * and quotes' (as `buildSearchRecords` returns them).
 */
export function buildSearchDocument(records: readonly SearchRecord[]): SearchDocument {
  const [article, ...parts] = records;
  if (!article || anchorOf(article) !== undefined) throw new Error('A search document starts with the record of its article.');

  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((filter): [SearchFilter, string[]] => [filter, unique(records.flatMap((record) => record.filters[filter] ?? []))]),
  ) as Record<SearchFilter, string[]>;
  const partsMeta: SearchParts = Object.fromEntries(
    parts.map((part) => [
      anchorOf(part)!,
      {
        type: part.meta['type'] ?? '',
        ...(part.meta['source'] ? { source: part.meta['source'] } : {}),
        ...(part.meta['status'] ? { status: part.meta['status'] } : {}),
        filters: Object.fromEntries(SEARCH_FILTERS.filter((filter) => filter !== 'tag').map((filter) => [filter, part.filters[filter] ?? []])),
      },
    ]),
  );

  // Read by Pagefind only: not indexed as words (data-pagefind-ignore), but its filters and meta are kept.
  const fields = h('div', { dataPagefindIgnore: '' }, [
    ...Object.entries(article.meta).map(([name, value]) => h('span', { dataPagefindMeta: name }, value)),
    h('span', { dataPagefindMeta: PARTS_META }, JSON.stringify(partsMeta)),
    ...SEARCH_FILTERS.flatMap((filter) => filters[filter].map((value) => h('span', { dataPagefindFilter: filter }, value))),
  ]);
  const sections = parts.map((part) => h('section', { id: anchorOf(part), dataPagefindTitle: part.meta['title'] ?? '' }, paragraphs(part.content)));

  const page = h('html', { lang: article.language }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', article.meta['title'] ?? '')]),
    h('body', [h('main', { dataPagefindBody: '' }, [fields, ...paragraphs(article.content), ...sections])]),
  ]);
  return { url: article.url, content: `<!doctype html>${toHtml(page)}`, records: records.length };
}
