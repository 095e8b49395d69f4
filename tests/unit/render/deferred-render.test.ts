import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createArticleRenderer, createSiteProcessor } from '../../../src/lib/render/astro-processor';
import { isDeferred, mayHaveMarkdownImage, renderDeferredArticle, renderDeferredArticles } from '../../../src/lib/render/deferred-render';
import { PROJECT_ROOT } from '../../helpers/build-site';
import { VALID_ARTICLE_CASES } from '../../helpers/fixture-articles';

const direct = await createArticleRenderer();

/** What Astro's Markdown entry type stores for a file rendered with `renderer`: the trimmed body, and `rendered` from the raw frontmatter. */
async function renderLikeAstro(renderer: Awaited<ReturnType<typeof createArticleRenderer>>, file: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
  const body = content.trim();
  const { code, metadata } = await renderer.render(body, { frontmatter, fileURL: pathToFileURL(file) });
  const rendered = { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } as Record<string, unknown> };
  return { body, rendered };
}

describe('articles are rendered when the pages need them, exactly as Astro would have rendered them', () => {
  test.each(VALID_ARTICLE_CASES)('%s', async (_name, file) => {
    const site = await createSiteProcessor(dirname(file)).createRenderer({ syntaxHighlight: false });
    const { body, rendered: stored } = await renderLikeAstro(site, file);
    const { rendered: expected } = await renderLikeAstro(direct, file);
    const entry = { body, filePath: relative(PROJECT_ROOT, file), rendered: stored };

    expect(await renderDeferredArticle(entry, direct, PROJECT_ROOT)).toEqual(expected);
    // Deferred at sync (nothing rendered then) unless the article has a Markdown image.
    expect(isDeferred(entry)).toBe(!mayHaveMarkdownImage(body));
    expect(stored.html).toBe(isDeferred(entry) ? '' : expected.html);
  });

  test('files outside the articles folder are rendered at once', async () => {
    const site = await createSiteProcessor(`${PROJECT_ROOT}/content/articles`).createRenderer({ syntaxHighlight: false });
    const result = await site.render('Hello *there*', { frontmatter: {}, fileURL: pathToFileURL(`${PROJECT_ROOT}/src/pages/about.md`) });
    expect(result.code).toBe('<p>Hello <em>there</em></p>');
    const article = await site.render('Hello', { frontmatter: {}, fileURL: pathToFileURL(`${PROJECT_ROOT}/content/articles/x.md`) });
    expect(article.code).toBe('');
    // A folder whose name only starts like the articles folder's is not inside it.
    const sibling = await site.render('Hello', { frontmatter: {}, fileURL: pathToFileURL(`${PROJECT_ROOT}/content/articles-old/x.md`) });
    expect(sibling.code).toBe('<p>Hello</p>');
  });

  test('an entry rendered at sync is kept as it is', async () => {
    const entry = { body: 'ignored', rendered: { html: '<p>stored</p>', metadata: { frontmatter: {} } } };
    expect(await renderDeferredArticle(entry, direct, PROJECT_ROOT)).toBe(entry.rendered);
  });

  test('every entry is rendered once, in order; one whose Markdown fails comes back without HTML, the others still render', async () => {
    const site = await createSiteProcessor(`${PROJECT_ROOT}/content/articles`).createRenderer({ syntaxHighlight: false });
    const defer = async (id: string, body: string) => {
      const { code, metadata } = await site.render(body, { frontmatter: {}, fileURL: pathToFileURL(`${PROJECT_ROOT}/content/articles/${id}.md`) });
      return { id, body, filePath: `content/articles/${id}.md`, rendered: { html: code, metadata: metadata as unknown as Record<string, unknown> } };
    };
    const renderedAtSync = { id: 'image', body: '![a](./a.png)', rendered: { html: '<p>stored</p>', metadata: {} } };
    const entries = [await defer('first', 'One *two*'), await defer('broken', 'BOOM'), renderedAtSync, await defer('last', 'Three')];
    const bodies: string[] = [];
    const failing = {
      render: (body: string, options?: Parameters<typeof direct.render>[1]) => {
        bodies.push(body);
        return body === 'BOOM' ? Promise.reject(new Error('the plugin threw')) : direct.render(body, options);
      },
    };
    const results = await renderDeferredArticles(entries, failing, PROJECT_ROOT);
    expect(bodies).toEqual(['One *two*', 'BOOM', 'Three']);
    expect(results.map((entry) => entry.id)).toEqual(['first', 'broken', 'image', 'last']);
    expect(results.map((entry) => entry.rendered?.html)).toEqual(['<p>One <em>two</em></p>', undefined, '<p>stored</p>', '<p>Three</p>']);
    expect('rendered' in results[1]!).toBe(false);
  });
});
