import { rehypeHeadingIds as astroHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { rehypeHeadingIds } from '../../../src/lib/render/plugins/rehype-heading-ids';
import { $$, attr } from '../../helpers/dist';
import { renderArticle } from '../../helpers/processor';

async function headingIds(markdown: string, frontmatter?: Record<string, unknown>): Promise<string[]> {
  const { html } = await renderArticle(markdown, frontmatter);
  return [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1]!);
}

/** The ids Astro's own step gives the headings of a tree, and the ids ours gives. */
function bothIds(tree: () => Root): [string[], string[]] {
  const ids = (transform: (tree: Root, file: VFile) => unknown): string[] => {
    const copy = tree();
    transform(copy, new VFile());
    return $$(copy, 'h1, h2, h3, h4, h5, h6').map((heading) => attr(heading, 'id')!);
  };
  return [ids(astroHeadingIds() as (tree: Root, file: VFile) => unknown), ids(rehypeHeadingIds())];
}

describe('heading ids', () => {
  test('are the ids Astro gives, when nothing on the page has them yet', () => {
    const tree = (): Root =>
      h(null, [
        h('h2', 'Background'),
        h('h2', 'Background'),
        h('h2', ['What ', h('em', 'China'), ' wants']),
        h('h3', ['The ', h('code', '{config}'), ' key {and} more']),
        h('h2', 'Ce que dit Pékin — 北京 😀'),
        h('h2', 'Background 1'),
      ]);
    const [astro, ours] = bothIds(tree);
    expect(ours).toEqual(astro);
    expect(ours).toEqual(['background', 'background-1', 'what-china-wants', 'the-config-key-and-more', 'ce-que-dit-pékin--北京-', 'background-1-1']);
  });

  test('step around the ids of the page around the article', async () => {
    expect(await headingIds('## Main\n\n## Article title\n\n## Quotes heading\n\n## Sources heading\n\n## Lens toggle\n\n## Theme dark')).toEqual([
      'main-1',
      'article-title-1',
      'quotes-heading-1',
      'sources-heading-1',
      'lens-toggle-1',
      'theme-dark-1',
    ]);
  });

  test("step around the ids of the article's claims, quotes, notes, callouts, sidebar entries and sources", async () => {
    const markdown = [
      'The FT said :claim[talks resumed]{#talks by=ft}, and “:quote[I doubt it]{by=tsang},” Tsang said.',
      ':::note\nA note.\n:::',
      '## Claim talks',
      '## Callout talks',
      '## Quote q1',
      '## Quote entry q1',
      '## Note n1',
      '## Source embassy',
      '## Source nobody',
    ].join('\n\n');
    expect(await headingIds(markdown)).toEqual([
      'claim-talks-1',
      'callout-talks-1',
      'quote-q1-1',
      'quote-entry-q1-1',
      'note-n1-1',
      'source-embassy-1',
      // Not a source of this article: nothing else has the id.
      'source-nobody',
    ]);
  });

  test('step around footnote ids and the ids of raw HTML', async () => {
    const markdown = 'Text.[^1] <span id="background">y</span>\n\n## User content fn 1\n\n## Background\n\n[^1]: A footnote.';
    const { html } = await renderArticle(markdown);
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<span id="background">y</span>');
    expect(await headingIds(markdown)).toEqual(['user-content-fn-1-1', 'background-1']);
  });
});
