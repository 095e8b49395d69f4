import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDeferredArticleRenderer } from '../../../../src/lib/render/renderer';
import { renderDeferredArticles } from '../../../../src/lib/render/deferred-render';
import { createArticleRenderCache, openArticleRenderCache } from '../../../../src/lib/render/cache/article-render-cache';
import { computePipelineFingerprint } from '../../../../src/lib/render/cache/pipeline-fingerprint';

const SOURCES = { ft: { name: 'Financial Times', kind: 'outlet' }, gov: { name: 'The government', kind: 'government' } };

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'sourced-article-cache-'));
  mkdirSync(join(work, 'articles'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A deferred entry as Astro stores it, with its file written (the key covers the whole file). */
function entry(id: string, body: string, published = new Date('2024-05-01')) {
  const frontmatter = { title: id, published, sources: SOURCES };
  writeFileSync(join(work, 'articles', `${id}.md`), `---\ntitle: ${id}\n---\n\n${body}`);
  return { id, body, filePath: `articles/${id}.md`, rendered: { html: '', metadata: { frontmatter: { sourcedDeferredFrontmatter: frontmatter } } } };
}

function articles() {
  return Array.from({ length: 6 }, (_, index) =>
    entry(`a${index}`, `Article ${index}: :claim[the talks resume]{#c by=ft} and “:quote[we are ready]{by=gov},” it said.\n\n## Part ${index}\n\n:unknown[x] at 10:30.`),
  );
}

describe('the article render cache', () => {
  const renderer = createDeferredArticleRenderer();

  test('a second pass takes every article from the cache and gives exactly the same entries', async () => {
    const entries = articles();
    const first = createArticleRenderCache(join(work, 'cache'), 'v1');
    const rendered = await renderDeferredArticles(entries, renderer, work, [], first);
    expect(first.stats).toEqual({ hits: 0, misses: 6 });
    expect(readdirSync(join(work, 'cache'))).toHaveLength(6);

    const second = createArticleRenderCache(join(work, 'cache'), 'v1');
    const cached = await renderDeferredArticles(entries, renderer, work, [], second);
    expect(second.stats).toEqual({ hits: 6, misses: 0 });
    expect(cached).toEqual(rendered);
    expect(cached).toEqual(await renderDeferredArticles(entries, renderer, work));
    // The annotation model comes back as it was.
    const metadata = cached[0]!.rendered!.metadata as unknown as { frontmatter: { sourcedAnnotations: { claims: unknown[]; quotes: unknown[] } } };
    expect(metadata.frontmatter.sourcedAnnotations.claims).toHaveLength(1);
    expect(metadata.frontmatter.sourcedAnnotations.quotes).toHaveLength(1);
  });

  test('a render in the cache keeps its HTML on disk, read again each time it is asked for', async () => {
    const entries = articles();
    const cache = createArticleRenderCache(join(work, 'cache'), 'v1');
    const [first] = await renderDeferredArticles(entries, renderer, work, [], cache);
    const rendered = first!.rendered!;
    expect(Object.getOwnPropertyDescriptor(rendered, 'html')?.get).toBeTypeOf('function');
    expect(rendered.html).toContain('the talks resume');
    rmSync(join(work, 'cache'), { recursive: true });
    expect(() => rendered.html).toThrow(/vanished from the cache during the build/);
    // The annotation model stays in memory.
    expect((rendered.metadata!['frontmatter'] as unknown as { sourcedAnnotations: unknown }).sourcedAnnotations).toBeDefined();
  });

  test('an edited article is rendered again, the others come from the cache', async () => {
    const entries = articles();
    await renderDeferredArticles(entries, renderer, work, [], createArticleRenderCache(join(work, 'cache'), 'v1'));
    const edited = [...entries];
    edited[2] = entry('a2', `${entries[2]!.body}\n\nOne more sentence.`);
    const cache = createArticleRenderCache(join(work, 'cache'), 'v1');
    const results = await renderDeferredArticles(edited, renderer, work, [], cache);
    expect(cache.stats).toEqual({ hits: 5, misses: 1 });
    expect(results[2]!.rendered!.html).toContain('One more sentence.');
    expect(results).toEqual(await renderDeferredArticles(edited, renderer, work));
  });

  test('a change to the file outside the body (frontmatter as typed) or to the parsed frontmatter is a miss', async () => {
    const [one] = articles();
    const cache = createArticleRenderCache(join(work, 'cache'), 'v1');
    await renderDeferredArticles([one!], renderer, work, [], cache);
    // The same body and frontmatter, a file with one more frontmatter line: message lines move.
    writeFileSync(join(work, 'articles', 'a0.md'), `---\n# a comment\ntitle: a0\n---\n\n${one!.body}`);
    await renderDeferredArticles([one!], renderer, work, [], cache);
    const changed = { ...one!, rendered: { html: '', metadata: { frontmatter: { sourcedDeferredFrontmatter: { title: 'a0', published: new Date('2024-05-02'), sources: SOURCES } } } } };
    await renderDeferredArticles([changed], renderer, work, [], cache);
    expect(cache.stats).toEqual({ hits: 0, misses: 3 });
  });

  test('a changed site-wide source file (sources/<id>.yaml) renders the articles again, with its new name', async () => {
    mkdirSync(join(work, 'sources'));
    writeFileSync(join(work, 'sources', 'wire.yaml'), 'name: Wire Agency\nkind: outlet\n');
    const one = entry('w', 'The :claim[talks resume]{#c by=wire}.');
    const cache = createArticleRenderCache(join(work, 'cache'), 'v1');
    await renderDeferredArticles([one], renderer, work, [], cache);
    await renderDeferredArticles([one], renderer, work, [], cache);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
    // A different size, so the folder's signature changes whatever the clock's resolution.
    writeFileSync(join(work, 'sources', 'wire.yaml'), 'name: The Wire News Agency\nkind: outlet\n');
    const [again] = await renderDeferredArticles([one], renderer, work, [], cache);
    expect(cache.stats).toEqual({ hits: 1, misses: 2 });
    const model = (again!.rendered!.metadata!['frontmatter'] as unknown as { sourcedAnnotations: { claims: { by: { name: string } }[] } }).sourcedAnnotations;
    expect(model.claims[0]!.by.name).toBe('The Wire News Agency');
  });

  test('another pipeline version misses; a damaged file is rendered again', async () => {
    const entries = articles();
    await renderDeferredArticles(entries, renderer, work, [], createArticleRenderCache(join(work, 'cache'), 'v1'));
    const other = createArticleRenderCache(join(work, 'cache'), 'v2');
    await renderDeferredArticles(entries, renderer, work, [], other);
    expect(other.stats).toEqual({ hits: 0, misses: 6 });
    for (const file of readdirSync(join(work, 'cache'))) writeFileSync(join(work, 'cache', file), 'not a render');
    const damaged = createArticleRenderCache(join(work, 'cache'), 'v1');
    const results = await renderDeferredArticles(entries, renderer, work, [], damaged);
    expect(damaged.stats).toEqual({ hits: 0, misses: 6 });
    expect(results).toEqual(await renderDeferredArticles(entries, renderer, work));
  });

  test('SOURCED_ARTICLE_CACHE=0 turns it off; SOURCED_ARTICLE_CACHE_DIR moves it', () => {
    expect(openArticleRenderCache(work, { SOURCED_ARTICLE_CACHE: '0' })).toBeUndefined();
    expect(openArticleRenderCache(work, { SOURCED_ARTICLE_CACHE_DIR: 'elsewhere' })).toBeDefined();
  });
});

describe('the pipeline fingerprint', () => {
  function project(): string {
    const root = join(work, 'project');
    mkdirSync(join(root, 'src/lib/render'), { recursive: true });
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(join(root, 'src/lib/render/pipeline.ts'), 'export const steps = 1;\n');
    writeFileSync(join(root, 'src/consts.ts'), "export const SITE_TITLE = 'Sourced';\n");
    writeFileSync(join(root, 'node_modules/.package-lock.json'), JSON.stringify({ packages: { 'node_modules/unified': { version: '11.0.5' } } }));
    return root;
  }

  test('changes with the pipeline’s code, a new source file, the installed dependencies and Node', () => {
    const root = project();
    const before = computePipelineFingerprint(root, 'v24.21.0');
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(computePipelineFingerprint(root, 'v24.21.0')).toBe(before);
    expect(computePipelineFingerprint(root, 'v24.22.0')).not.toBe(before);

    writeFileSync(join(root, 'src/lib/render/pipeline.ts'), 'export const steps = 2;\n');
    const edited = computePipelineFingerprint(root, 'v24.21.0');
    expect(edited).not.toBe(before);

    writeFileSync(join(root, 'src/lib/render/new-plugin.ts'), 'export {};\n');
    const added = computePipelineFingerprint(root, 'v24.21.0');
    expect(added).not.toBe(edited);

    writeFileSync(join(root, 'node_modules/.package-lock.json'), JSON.stringify({ packages: { 'node_modules/unified': { version: '11.0.6' } } }));
    expect(computePipelineFingerprint(root, 'v24.21.0')).not.toBe(added);
  });

  test('falls back to package-lock.json when npm’s record of the installed tree is missing', () => {
    const root = project();
    rmSync(join(root, 'node_modules/.package-lock.json'));
    const none = computePipelineFingerprint(root, 'v24.21.0');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(computePipelineFingerprint(root, 'v24.21.0')).not.toBe(none);
  });
});
