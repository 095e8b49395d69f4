import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getMarkdownOptions } from '../../../src/lib/render/pipeline';
import { containsRawHtml, createRawHtmlParser, rehypeRawHtml } from '../../../src/lib/render/plugins/rehype-raw-html';
import { VALID_ARTICLE_CASES } from '../../helpers/fixture-articles';
import { renderArticle } from '../../helpers/processor';

const options = getMarkdownOptions();
const render = async (rehypePlugins: NonNullable<typeof options.rehypePlugins>) =>
  createMarkdownProcessor({ remarkPlugins: options.remarkPlugins ?? [], remarkRehype: options.remarkRehype ?? {}, rehypePlugins, gfm: true, smartypants: false, syntaxHighlight: false });
/** The pipeline as built, and the same with the raw HTML step always re-parsing the tree. */
const ours = await render(options.rehypePlugins ?? []);
const alwaysRaw = await render((options.rehypePlugins ?? []).map((plugin) => (plugin === rehypeRawHtml ? createRawHtmlParser : plugin)));

describe('raw HTML is parsed only where there is some', () => {
  test('containsRawHtml finds raw nodes at any depth, and nothing else', () => {
    expect(containsRawHtml({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '<b>' }] }] })).toBe(false);
    expect(
      containsRawHtml({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'raw', value: '<b>' }] }] }] }),
    ).toBe(true);
  });

  test.each(VALID_ARTICLE_CASES)('%s renders exactly as with the HTML parser always run', async (_name, file) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
    const expected = await alwaysRaw.render(content, { frontmatter: structuredClone(frontmatter) });
    const actual = await ours.render(content, { frontmatter: structuredClone(frontmatter) });
    expect(actual.code).toBe(expected.code);
  });

  test('raw HTML in an article is still parsed and sanitised', async () => {
    const { code } = await ours.render('Hello <b onclick="alert(1)">bold</b> <script>alert(2)</script> world.', { frontmatter: { sources: {} } });
    expect(code).toContain('<b>bold</b>');
    expect(code).not.toMatch(/onclick|<script|alert\(2\)/);
  });

  test('an id written in raw HTML stays as written when nothing else has it', async () => {
    const { html } = await renderArticle('A <span id="table-1">table</span>, see [it](#table-1).');
    expect(html).toContain('<span id="table-1">table</span>');
  });

  test("an id written in raw HTML steps around the page's ids, the Markdown's and earlier raw ones", async () => {
    const markdown = [
      'The FT said :claim[talks resumed]{#talks by=ft}.[^1]',
      '<span id="main">a</span> <span id="claim-talks">b</span> <span id="callout-talks">c</span> <span id="source-ft">d</span>',
      '<span id="user-content-fn-1">e</span> <span id="x">f</span> <span id="x">g</span> <span id="main-1">h</span>',
      '[^1]: A footnote.',
    ].join('\n\n');
    const { html } = await renderArticle(markdown);
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((match) => match[1]!);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(html).toContain('<span class="sourced-claim sourced-claim--unverified" id="claim-talks"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<div class="sourced-callout__body" id="callout-talks"');
    for (const [words, id] of [['a', 'main-1'], ['b', 'claim-talks-1'], ['c', 'callout-talks-1'], ['d', 'source-ft-1'], ['e', 'user-content-fn-1-1'], ['f', 'x'], ['g', 'x-1'], ['h', 'main-1-1']]) {
      expect(html).toContain(`<span id="${id}">${words}</span>`);
    }
  });

  test('an empty id written in raw HTML is dropped, and white space in one becomes a dash', async () => {
    const { html } = await renderArticle('<span id="">a</span> <span id=" two  words ">b</span>');
    expect(html).toContain('<span>a</span> <span id="two-words">b</span>');
  });

  test('raw HTML cannot pass for Markdown by copying the mark the step uses', async () => {
    const { html } = await renderArticle('The FT said :claim[x]{#talks by=ft}. <span id="claim-talks" data-sourced-from-markdown="guess">y</span>');
    expect(html).toContain('<span id="claim-talks-1">y</span>');
    expect(html).not.toContain('data-sourced-from-markdown');
  });
});

