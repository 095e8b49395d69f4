import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createDeferredArticleRenderer } from '../../../src/lib/render/renderer';
import { getMarkdownOptions } from '../../../src/lib/render/pipeline';
import { VALID_ARTICLE_CASES } from '../../helpers/fixture-articles';

const options = getMarkdownOptions();
/** The pipeline as built, and the same with mdast-util-to-hast's own handling of the plugin's nodes. */
const ours = createDeferredArticleRenderer();
const standard = await createMarkdownProcessor({ ...options, remarkRehype: {}, syntaxHighlight: false });

describe('the annotation nodes become HTML elements without deep copies', () => {
  test('the pipeline uses its own handler for nodes mdast-util-to-hast has none for', () => {
    expect(typeof options.remarkRehype?.unknownHandler).toBe('function');
  });

  test.each(VALID_ARTICLE_CASES)('%s renders exactly as mdast-util-to-hast alone renders it', async (_name, file) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
    const expected = await standard.render(content, { frontmatter: structuredClone(frontmatter) });
    const actual = await ours.render(content, { frontmatter: structuredClone(frontmatter) });
    expect(actual.code).toBe(expected.code);
    expect(actual.metadata.frontmatter).toEqual(expected.metadata.frontmatter);
  });

  test('every kind of annotation node, a node with only hProperties and an unknown literal', async () => {
    const markdown = [
      'Officials said :claim[talks *resumed*]{by=ft} and “:quote[we are ready]{by=tsang},” Tsang said; it is :term[apparently]{kind=hedge note="x"} so.',
      '',
      ':::note{kind=caveat}',
      'A note with **bold**.',
      ':::',
      '',
      'Unknown :thing[kept as text]{a=b} and ::leaf and reportedly a hedge.',
    ].join('\n');
    const frontmatter = { sources: { ft: { name: 'FT', kind: 'outlet' }, tsang: { name: 'Steve Tsang', kind: 'expert' } } };
    const expected = await standard.render(markdown, { frontmatter: structuredClone(frontmatter) });
    const actual = await ours.render(markdown, { frontmatter: structuredClone(frontmatter) });
    expect(actual.code).toBe(expected.code);
    expect(actual.code).toContain('<span class="sourced-claim sourced-claim--unverified" id="claim-c1"');
    expect(actual.code).toContain('class="sourced-note sourced-note--caveat"');
  });
});
