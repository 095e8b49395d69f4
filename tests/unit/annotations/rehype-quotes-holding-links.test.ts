import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { $, $$, attr, text } from '../../helpers/dist';
import { renderArticle } from '../../helpers/processor';

/** The first quote as a browser parses the page, and the words the model gives it. */
async function quoteOf(markdown: string) {
  const { html, annotations } = await renderArticle(markdown);
  const tree = fromHtml(html, { fragment: true });
  return { element: $(tree, '[data-quote="q1"]'), words: annotations.quotes[0]!.text };
}

describe('a quote whose words hold a link is a span, so the page keeps all its words inside it', () => {
  test.each([
    ['a Markdown link', '“:quote[see [the report](https://example.org/r) now]{by=tsang},” Tsang said.', 'see the report now'],
    ['a reference link', '“:quote[see [the report][r] now]{by=tsang},” Tsang said.\n\n[r]: https://example.org/r', 'see the report now'],
    ['an autolinked URL', '“:quote[see https://example.org/r now]{by=tsang},” Tsang said.', 'see https://example.org/r now'],
    ['raw HTML', '“:quote[see <a href="https://example.org/r">the report</a> now]{by=tsang},” Tsang said.', 'see the report now'],
    ['raw HTML in capitals', '“:quote[see <A HREF="https://example.org/r">the report</A> now]{by=tsang},” Tsang said.', 'see the report now'],
    ['a footnote reference', '“:quote[see[^1] now]{by=tsang},” Tsang said.\n\n[^1]: The report.', 'see1 now'],
  ])('%s', async (_name, markdown, words) => {
    const { element } = await quoteOf(markdown);
    expect(element.tagName).toBe('span');
    expect(attr(element, 'href')).toBeUndefined();
    expect([attr(element, 'id'), attr(element, 'className'), attr(element, 'dataQuote'), attr(element, 'dataSpeaker')]).toEqual(['quote-q1', 'sourced-quote', 'q1', 'tsang']);
    // Every word of the quote, the link's included, is inside the quote's element.
    expect(text(element)).toBe(words);
    expect($$(element, 'a')).toHaveLength(1);
  });

  test('a quote without a link still links to its entry in the quote sidebar', async () => {
    const { element, words } = await quoteOf('“:quote[we are ready]{by=tsang},” Tsang said; see [the report](https://example.org/r).');
    expect(element.tagName).toBe('a');
    expect(attr(element, 'href')).toBe('#quote-entry-q1');
    expect(text(element)).toBe(words);
  });

  test('raw HTML that only looks like a link (<abbr>, <address>) leaves the quote a link', async () => {
    const { element } = await quoteOf('“:quote[the <abbr title="World Trade Organization">WTO</abbr> ruled]{by=tsang},” Tsang said.');
    expect(element.tagName).toBe('a');
    expect(text(element)).toBe('the WTO ruled');
  });
});
