import { describe, expect, test } from 'vitest';
import { renderArticle } from '../../helpers/processor';

describe('raw HTML in articles', () => {
  test.each([
    ['a script element', 'Hi <script>window.pwned = 1</script> there', /<script|pwned/],
    ['an event handler', '<img src="x.png" onerror="alert(1)" alt="x">', /onerror|alert/],
    ['a javascript: link', '[click](javascript:alert(1)) and <a href="javascript:alert(2)">x</a>', /javascript:/],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe/],
    ['inline style', '<p style="position:fixed">x</p>', /style=/],
    ['svg with script', '<svg><script>alert(1)</script></svg>', /<svg|<script|alert/],
    ['a style element', '<style>body{display:none}</style>', /<style|display:none/],
  ])('removes %s', async (_name, markdown, forbidden) => {
    const { html } = await renderArticle(markdown);
    expect(html).not.toMatch(forbidden);
  });

  test('keeps harmless formatting HTML', async () => {
    const { html } = await renderArticle('H<sub>2</sub>O and <abbr title="North Atlantic Treaty Organization">NATO</abbr>');
    expect(html).toBe('<p>H<sub>2</sub>O and <abbr title="North Atlantic Treaty Organization">NATO</abbr></p>');
  });

  test('keeps the annotation markup, ids and all', async () => {
    const { html } = await renderArticle('A :claim[b]{#x by=ft} c <em>d</em>.');
    expect(html).toContain('<span class="sourced-claim sourced-claim--unverified" id="claim-x" data-claim="x"');
    expect(html).toContain('<em>d</em>');
  });

  test('does not let raw HTML borrow other classes', async () => {
    const { html } = await renderArticle('<span class="evil sourced-claim">x</span>');
    expect(html).toBe('<p><span class="sourced-claim">x</span></p>');
  });

  test.each([
    ['attributes an element may not have', '<div align="center" span="3" size="4" type="a" width="50%" tabindex="5" itemprop="x" accesskey="k">x</div>', '<div>x</div>'],
    ['a role other than note, an aria-label on a span, a dir or lang that is not one', '<span role="banana" aria-label="x" dir="sideways" lang="???">x</span> <span role="note" dir="rtl" lang="zh-Hant">y</span>', '<p><span>x</span> <span role="note" dir="rtl" lang="zh-Hant">y</span></p>'],
    ['image sizes that are not numbers, and a missing alt (taken as decorative)', '<img src="/a.png" width="50%" height="auto"> <img src="/b.png" alt="b" width="40" height="30">', '<p><img src="/a.png" alt=""> <img src="/b.png" alt="b" width="40" height="30"></p>'],
    ['obsolete elements, keeping their text', '<tt>mono</tt> and <strike>gone</strike>', '<p>mono and gone</p>'],
    ['cell spans and scopes out of range', '<table><tr><td colspan="0" rowspan="-1" headers="zz">a</td><th scope="sideways">b</th><td colspan="2">c</td><th scope="col">d</th></tr></table>', '<table><tbody><tr><td>a</td><th>b</th><td colspan="2">c</td><th scope="col">d</th></tr></tbody></table>'],
    ['list numbers that are not numbers', '<ol start="x"><li value="q">a</li></ol> <ol start="-3"><li>b</li></ol>', '<ol><li>a</li></ol> <ol start="-3"><li>b</li></ol>'],
    ['an open attribute with a value other than itself', '<details open="no"><summary>s</summary>t</details> <details open><summary>u</summary>v</details>', '<details><summary>s</summary>t</details> <details open><summary>u</summary>v</details>'],
    ['a description that names an id the page does not have', 'A :claim[b]{#x by=ft} <span aria-describedby="nowhere claim-x">c</span>', 'aria-describedby="claim-x">c</span>'],
  ])('leaves out %s, so the page stays valid HTML', async (_name, markdown, expected) => {
    const { html } = await renderArticle(markdown);
    expect(html).toContain(expected);
  });

  test('aligned table cells get a class instead of the obsolete align attribute', async () => {
    const { html } = await renderArticle('| a | b | c | d |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |');
    expect(html).toContain('<th class="align-left">a</th>\n<th class="align-center">b</th>\n<th class="align-right">c</th>\n<th>d</th>');
    expect(html).toContain('<td class="align-left">1</td>\n<td class="align-center">2</td>\n<td class="align-right">3</td>\n<td>4</td>');
    expect(html).not.toContain('align=');
  });
});

