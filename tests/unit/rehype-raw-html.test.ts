import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFileSync } from 'node:fs';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, test } from 'vitest';
import { getMarkdownOptions } from '../../src/lib/markdown';
import { containsRawHtml } from '../../src/lib/rehype-raw-html';
import { getSanitizeSchema } from '../../src/lib/sanitize-schema';
import { VALID_ARTICLE_CASES } from '../helpers/fixture-articles';

const options = getMarkdownOptions();
const render = async (rehypePlugins: NonNullable<typeof options.rehypePlugins>) =>
  createMarkdownProcessor({ remarkPlugins: options.remarkPlugins ?? [], remarkRehype: options.remarkRehype ?? {}, rehypePlugins, gfm: true, smartypants: false, syntaxHighlight: false });
/** The pipeline as built, and the same with rehype-raw always re-parsing the tree. */
const ours = await render(options.rehypePlugins ?? []);
const alwaysRaw = await render([rehypeRaw, [rehypeSanitize, getSanitizeSchema()]]);

describe('raw HTML is parsed only where there is some', () => {
  test('containsRawHtml finds raw nodes at any depth, and nothing else', () => {
    expect(containsRawHtml({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '<b>' }] }] })).toBe(false);
    expect(
      containsRawHtml({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'raw', value: '<b>' }] }] }] }),
    ).toBe(true);
  });

  test.each(VALID_ARTICLE_CASES)('%s renders exactly as with rehype-raw always on', async (_name, file) => {
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
});
