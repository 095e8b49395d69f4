import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createDeferredArticleRenderer } from '../../../src/lib/render/renderer';
import { renderDeferredArticles } from '../../../src/lib/render/deferred-render';
import { RenderWorkerLostError, startRenderWorkers, workerCount } from '../../../src/lib/render/workers/pool';
import { PROJECT_ROOT } from '../../helpers/build-site';

const SOURCES = { ft: { name: 'Financial Times', kind: 'outlet' } };

/** A deferred entry of the articles collection, as Astro stores it. */
function deferredEntry(id: string, body: string) {
  return { id, body, filePath: `content/articles/${id}.md`, rendered: { html: '', metadata: { frontmatter: { sourcedDeferredFrontmatter: { sources: SOURCES } } } } };
}

const ENTRIES = Array.from({ length: 12 }, (_, index) => deferredEntry(`a${index}`, `Article ${index} says :claim[thing ${index}]{by=ft}.\n\n## Part ${index}`));

describe('how many render workers', () => {
  test('one fewer than the cores, at most 3, and only with 50 articles or more for every thread', () => {
    expect(workerCount(1000, {}, 2)).toBe(1);
    expect(workerCount(1000, {}, 8)).toBe(3);
    expect(workerCount(1000, {}, 1)).toBe(0);
    expect(workerCount(99, {}, 8)).toBe(0);
    expect(workerCount(100, {}, 8)).toBe(1);
    expect(workerCount(150, {}, 8)).toBe(2);
  });

  test('SOURCED_RENDER_WORKERS sets the number; 0 renders on the main thread only', () => {
    expect(workerCount(1000, { SOURCED_RENDER_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount(1, { SOURCED_RENDER_WORKERS: '2' }, 1)).toBe(2);
    expect(workerCount(1000, { SOURCED_RENDER_WORKERS: 'many' }, 2)).toBe(1);
  });
});

describe('rendering with workers', () => {
  const main = createDeferredArticleRenderer();

  test('a worker renders exactly what the main thread renders, and the results keep the entries’ order', async () => {
    const alone = await renderDeferredArticles(ENTRIES, main, PROJECT_ROOT);
    const previous = process.env['SOURCED_RENDER_WORKERS'];
    process.env['SOURCED_RENDER_WORKERS'] = '2';
    const workers = startRenderWorkers(ENTRIES.length, PROJECT_ROOT);
    if (previous === undefined) delete process.env['SOURCED_RENDER_WORKERS'];
    else process.env['SOURCED_RENDER_WORKERS'] = previous;
    expect(workers).toHaveLength(2);
    const seen: string[] = [];
    const counting = workers.map((worker) => ({
      render: async (content: string, options?: Parameters<typeof worker.render>[1]) => {
        seen.push(content);
        return worker.render(content, options);
      },
    }));
    try {
      const together = await renderDeferredArticles(ENTRIES, main, PROJECT_ROOT, counting);
      expect(together).toEqual(alone);
      expect(together.map((entry) => entry.id)).toEqual(ENTRIES.map((entry) => entry.id));
      expect(seen.length).toBeGreaterThan(0);
      // The file's position mapping needs the file: a worker gets it as a URL.
      const direct = await workers[0]!.render('x :claim[y]{by=ft}', { frontmatter: { sources: SOURCES }, fileURL: pathToFileURL(`${PROJECT_ROOT}/content/articles/none.md`) });
      expect(direct.code).toContain('id="claim-c1"');
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
    }
  });

  test('an article a worker fails to render comes back without HTML; the others render', async () => {
    // The main thread takes the first entry; the worker, holding three at a time, the next three.
    const failing = { render: (content: string) => (content.includes('Article 3') ? Promise.reject(new Error('the plugin threw')) : main.render(content, { frontmatter: { sources: SOURCES } })) };
    const results = await renderDeferredArticles(ENTRIES, main, PROJECT_ROOT, [failing]);
    expect(results.filter((entry) => entry.rendered === undefined).map((entry) => entry.id)).toEqual(['a3']);
    expect('rendered' in results[3]!).toBe(false);
  });

  test('the articles of a worker that stops are rendered on the main thread', async () => {
    const lost = { render: () => Promise.reject(new RenderWorkerLostError('A render worker stopped (exit code 1).')) };
    const alone = await renderDeferredArticles(ENTRIES, main, PROJECT_ROOT);
    expect(await renderDeferredArticles(ENTRIES, main, PROJECT_ROOT, [lost, lost])).toEqual(alone);
  });

  test('a worker that cannot start loses its articles to the main thread', async () => {
    const previous = process.env['SOURCED_RENDER_WORKERS'];
    process.env['SOURCED_RENDER_WORKERS'] = '1';
    // A project root without the worker's script: no worker starts.
    expect(startRenderWorkers(ENTRIES.length, '/nonexistent')).toEqual([]);
    if (previous === undefined) delete process.env['SOURCED_RENDER_WORKERS'];
    else process.env['SOURCED_RENDER_WORKERS'] = previous;
  });
});
