import { describe, expect, test } from 'vitest';
import { renderArticle } from '../helpers/processor';

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
});
