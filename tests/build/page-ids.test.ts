import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PAGE_IDS } from '../../src/lib/annotations/markup/page-element-ids';
import { builtSite } from '../helpers/build-site';
import { $, $$, attr, listPages, readPage } from '../helpers/dist';

const BUILDS = ['seed', 'fixtures', 'hostile'] as const;

function ids(elements: readonly Element[]): string[] {
  return elements.map((element) => attr(element, 'id')!);
}

function repeated(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe.each(BUILDS)('element ids in the %s build', (name) => {
  const dist = builtSite(name);
  const pages = listPages(dist);
  const articlePages = pages.filter((page) => /^articles\/[^/]+\/index\.html$/.test(page));

  test('no page uses an id twice', () => {
    const problems = pages.flatMap((page) => repeated(ids($$(readPage(dist, page), '[id]'))).map((id) => `${page}: ${id}`));
    expect(problems).toEqual([]);
  });

  // The heading-id step keeps the body's headings off the ids the page around the body uses, and
  // takes them from ARTICLE_PAGE_IDS: an id added to the layout must be added there too.
  test('every id an article page gives its own elements is one the body knows to avoid', () => {
    expect(articlePages.length).toBeGreaterThan(0);
    const unknown = articlePages.flatMap((page) => {
      const tree = readPage(dist, page);
      const body = $(tree, '.article__body');
      const inBody = new Set(ids($$(body, '[id]')));
      const claims = new Set($$(body, '[data-claim]').map((claim) => attr(claim, 'dataClaim')));
      const quotes = new Set($$(body, '[data-quote]').map((quote) => attr(quote, 'dataQuote')));
      const sources = new Set($$(tree, '[data-source]').map((source) => attr(source, 'dataSource')));
      const known = (id: string): boolean =>
        ARTICLE_PAGE_IDS.includes(id) ||
        (id.startsWith('callout-') && claims.has(id.slice('callout-'.length))) ||
        (id.startsWith('quote-entry-') && quotes.has(id.slice('quote-entry-'.length))) ||
        (id.startsWith('source-') && sources.has(id.slice('source-'.length)));
      // The callouts sit in the body but come from the page, not from the Markdown.
      const pageIds = [...ids($$(tree, '[id]')).filter((id) => !inBody.has(id)), ...ids($$(body, '.sourced-callout[id]'))];
      return pageIds.filter((id) => !known(id)).map((id) => `${page}: ${id}`);
    });
    expect(unknown).toEqual([]);
  });
});
