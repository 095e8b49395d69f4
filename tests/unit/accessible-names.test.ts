import { describe, expect, test } from 'vitest';
import { renderArticle } from '../helpers/processor';

describe('what Markdown leaves without an accessible name gets one', () => {
  test("task-list checkboxes are named after their item's words, nested lists left out", async () => {
    const { html } = await renderArticle('- [ ] call the *embassy*\n- [x] read the FT\n  - [ ] the sidebar\n\n1. [ ] loose\n\n   second paragraph');
    expect(html).toContain('<input type="checkbox" disabled aria-label="call the embassy"> call the <em>embassy</em>');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="read the FT"> read the FT');
    expect(html).toContain('<input type="checkbox" disabled aria-label="the sidebar"> the sidebar');
    expect(html).toContain('<input type="checkbox" disabled aria-label="loose second paragraph"> loose');
  });

  test('a checkbox written in raw HTML outside a task list is left out', async () => {
    const { html } = await renderArticle('Tick <input type="checkbox" disabled> here.\n\n<div><input type="checkbox"></div>');
    expect(html).not.toContain('<input');
    expect(html).toContain('Tick  here.');
  });

  test('a link without words shows its address', async () => {
    const { html } = await renderArticle('See [](https://example.org/a), [ ](#b) and <a href="https://example.org/c"></a>, not [words](https://example.org/d) or [![A chart](/chart.png)](https://example.org/e).');
    expect(html).toContain('<a href="https://example.org/a">https://example.org/a</a>');
    expect(html).toContain('<a href="#b">#b</a>');
    expect(html).toContain('<a href="https://example.org/c">https://example.org/c</a>');
    expect(html).toContain('<a href="https://example.org/d">words</a>');
    expect(html).toContain('<a href="https://example.org/e"><img src="/chart.png" alt="A chart"></a>');
  });

  test('a heading without words gets an id that is not empty', async () => {
    const { html } = await renderArticle('##\n\n## 😀\n\n## Real');
    expect([...html.matchAll(/<h2 id="([^"]*)"/g)].map((match) => match[1])).toEqual(['heading', 'heading-1', 'real']);
  });
});
