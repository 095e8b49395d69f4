import { describe, expect, test } from 'vitest';
import { toFeedArticleHtml } from '../../../src/lib/feeds/article-html';
import { renderArticle } from '../../helpers/processor';

const PAGE = 'https://news.example.org/sub/articles/x/';

async function feedHtml(markdown: string): Promise<string> {
  const { storedHtml, annotations } = await renderArticle(markdown);
  return toFeedArticleHtml(storedHtml, annotations, PAGE);
}

describe('annotations in feeds', () => {
  test('a claim keeps its words, gets a [n] marker and a footnoted line with source, sourcing and status', async () => {
    const html = await feedHtml('Officials say :claim[China offered aid]{#aid by=us-officials via=ft note="Not confirmed."}.');
    expect(html).toContain('<p>Officials say China offered aid<sup>[1]</sup>.</p>');
    expect(html).toContain(
      '<ul><li>[1] <strong>US officials</strong> — Anonymous officials, via Financial Times. Status: unverified. Editor’s note: Not confirmed.</li></ul>',
    );
  });

  test('denials say what they answer and answered claims say who answered them', async () => {
    const html = await feedHtml(':claim[Russia asked]{#request by=ft}.\n\n:claim[Not aware]{by=embassy responds=request status=denied}.');
    expect(html).toContain('Answered by [2] (denied).');
    expect(html).toContain('Status: denied. Answers [1].');
  });

  test('quotes keep their words in the text and are listed with their speakers at the end', async () => {
    const html = await feedHtml('“:quote[I doubt it]{by=tsang},” Tsang said.');
    expect(html).toContain('<p>“I doubt it,” Tsang said.</p>');
    expect(html).toMatch(/<h2>Quotes<\/h2><ol><li>“I doubt it” — <strong>Steve Tsang<\/strong>, director of the SOAS China Institute<\/li><\/ol>$/);
  });

  test('notes become labelled blockquotes', async () => {
    const html = await feedHtml(':::note{kind=caveat}\nUnattributed.\n:::');
    expect(html).toBe('<blockquote><p><strong>Caveat</strong></p><p>Unattributed.</p></blockquote>');
  });

  test('no directive syntax, class, id, data, ARIA or role attribute and no visually hidden text reaches the feed', async () => {
    const html = await feedHtml(
      '“:claim[:quote[words]{by=tsang}]{#a by=tsang}” and :claim[b]{by=embassy responds=a status=denied} at 10:30.\n\n:::note{kind=context}\nN.\n:::',
    );
    expect(html).not.toMatch(/:claim|:quote|:::note|\{by=|class=|id=|data-|aria-|role=|visually-hidden|Claim 1/);
    expect(html).toContain('at 10:30.');
  });

  test('links in the article become absolute, fragments point at the article page', async () => {
    const html = await feedHtml('See [the other](../other/) and [above](#claim-a).');
    expect(html).toContain('<a href="https://news.example.org/sub/articles/other/">the other</a>');
    expect(html).toContain('<a href="https://news.example.org/sub/articles/x/#claim-a">above</a>');
  });
});

describe('one claim, one footnote line', () => {
  test('a claim named by two callout placeholders is listed once, at the first; unknown ids are skipped', async () => {
    const { storedHtml, annotations } = await renderArticle('Officials say :claim[China offered aid]{#aid by=us-officials}.');
    const html = toFeedArticleHtml(`${storedHtml}<div class="sourced-callouts" data-callouts="gone aid"></div>`, annotations, PAGE);
    expect(html.match(/<li>\[1\]/g)).toHaveLength(1);
    expect(html).toMatch(/<li>\[1\][^]*<\/ul><ul><\/ul>$/);
  });
});

describe('aligned table cells in feeds', () => {
  test('carry the align attribute, since feed readers do not load the stylesheet', async () => {
    const { storedHtml, annotations } = await renderArticle('| a | b | c | d |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |', { sources: {} });
    const feed = toFeedArticleHtml(storedHtml, annotations, PAGE);
    expect(feed).toContain('<th align="left">a</th>\n<th align="center">b</th>\n<th align="right">c</th>\n<th>d</th>');
    expect(feed).toContain('<td align="left">1</td>\n<td align="center">2</td>\n<td align="right">3</td>\n<td>4</td>');
    expect(feed).not.toContain('align-');
  });
});

describe('responsive images in feeds', () => {
  test('every srcset candidate becomes absolute and refused ones are dropped', () => {
    const html = toFeedArticleHtml('<img src="a.png" srcset="a.png 1x, ../b.png 2x, javascript:x 3x" alt="">', { claims: [], quotes: [], notes: [], terms: [], diagnostics: [] } as never, PAGE);
    expect(html).toContain('src="https://news.example.org/sub/articles/x/a.png"');
    expect(html).toContain('srcset="https://news.example.org/sub/articles/x/a.png 1x, https://news.example.org/sub/articles/other/b.png 2x"'.replace('other/b.png', 'b.png'));
  });
});
