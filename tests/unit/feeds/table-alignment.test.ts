import { describe, expect, test } from 'vitest';
import { toFeedHtml } from '../../../src/lib/feeds/html';
import { feedTableAlignment } from '../../../src/lib/feeds/table-alignment';
import { renderArticle } from '../../helpers/processor';

describe('aligned table cells in feeds', () => {
  test('get the align attribute back, since feed readers do not load the stylesheet', async () => {
    const { html } = await renderArticle('| a | b | c | d |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |', { sources: {} });
    const feed = toFeedHtml(html, 'https://news.example.org/articles/x/', [feedTableAlignment]);
    expect(feed).toContain('<th align="left">a</th>\n<th align="center">b</th>\n<th align="right">c</th>\n<th>d</th>');
    expect(feed).toContain('<td align="left">1</td>\n<td align="center">2</td>\n<td align="right">3</td>\n<td>4</td>');
    expect(feed).not.toContain('align-');
  });
});
