/**
 * Articles are rendered when the pages need them, not while Astro loads the content.
 *
 * Why: Astro's glob loader renders every Markdown file while it syncs the content and keeps the
 * HTML and the plugin's metadata in its content store, which it then serialises (devalue),
 * bundles into the build and loads again. An annotated article's HTML and model are about three
 * times the size of its text, and at 1000 articles that round trip cost about a second and
 * 170 MiB of peak memory (`npm run bench`). Rendering each article once, in the process that
 * writes the pages, skips it; the store keeps only the frontmatter (the body is read from the
 * file when the article is rendered: article-source.ts).
 *
 * How: the processor Astro is given (`createDeferringProcessor`) answers, for an article, with an
 * empty result that keeps the raw frontmatter Astro passed in; `renderDeferredArticle` later runs
 * the real pipeline on the same body with the same frontmatter and file, so the result is the
 * one Astro would have stored. An article with a Markdown image (`![…]`) is rendered at sync as
 * before: Astro's image pipeline only optimises the images it sees then. The build renders with
 * render/renderer.ts, which gives Astro's result with less work and the article's text.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { unified } from '@astrojs/markdown-remark';
import type { MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { RenderWorkerLostError } from './workers/pool.ts';
import { deferredFrontmatterSlot, readDeferredFrontmatter } from './article-data.ts';
import { renderWithArticleCache, type ArticleRenderCache } from './cache/article-render-cache.ts';
import { readArticleSource } from './article-source.ts';

type Processor = ReturnType<typeof unified>;
type RenderResult = Awaited<ReturnType<MarkdownRenderer['render']>>;
type RenderOptions = Parameters<MarkdownRenderer['render']>[1];


/** The part of a content entry a deferred render needs. */
export interface StoredArticle {
  body?: string | undefined;
  filePath?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> | undefined } | undefined;
}

/** What the deferring processor stores for an article: no HTML, the frontmatter for later. */
function deferredResult(frontmatter: Record<string, unknown>): RenderResult {
  return { code: '', metadata: { headings: [], localImagePaths: [], remoteImagePaths: [], frontmatter: deferredFrontmatterSlot(frontmatter) } };
}

/** Whether Markdown has an image Astro's image pipeline would handle (`![alt](…)`, `![alt][ref]`). */
export function mayHaveMarkdownImage(markdown: string): boolean {
  return markdown.includes('![');
}

/**
 * The processor Astro renders Markdown with: `processor` itself, except for the files
 * `isArticle` accepts (without Markdown images), which are left for {@link renderDeferredArticle}.
 */
export function createDeferringProcessor(processor: Processor, isArticle: (file: URL) => boolean): Processor {
  return {
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      return {
        render(content: string, options?: RenderOptions) {
          const file = options?.fileURL;
          if (file && isArticle(file) && !mayHaveMarkdownImage(content)) return Promise.resolve(deferredResult(options?.frontmatter ?? {}));
          return renderer.render(content, options);
        },
      };
    },
  };
}

/** The raw frontmatter kept for a deferred render; `undefined` when the entry was rendered at sync. */
function deferredFrontmatter(entry: StoredArticle): Record<string, unknown> | undefined {
  return readDeferredFrontmatter(entry.rendered?.metadata);
}

/** Whether the entry's rendering was left for later. */
export function isDeferred(entry: StoredArticle): boolean {
  return deferredFrontmatter(entry) !== undefined;
}

/**
 * The entry's `rendered` as Astro would have stored it: rendered now with `renderer` when it was
 * deferred (from the stored body and frontmatter; `root` resolves the entry's file path),
 * else the stored one.
 */
export async function renderDeferredArticle(entry: StoredArticle, renderer: MarkdownRenderer, root: string, cache?: ArticleRenderCache): Promise<StoredArticle['rendered']> {
  const frontmatter = deferredFrontmatter(entry);
  if (!frontmatter) return entry.rendered;
  const fileURL = entry.filePath ? pathToFileURL(resolve(root, entry.filePath)) : undefined;
  // The collection keeps no bodies (render/article-source.ts): read from the file, as Astro read it.
  const source = fileURL ? await readArticleSource(fileURL) : undefined;
  const body = entry.body ?? source?.body;
  if (body === undefined) {
    // Logged like a renderer's error, for the caller's summary to point at.
    const error = new Error(`The article ${entry.filePath ?? ''} could not be read again to be rendered: was it moved or deleted during the build?`);
    console.error(error.message);
    throw error;
  }
  // An article whose file, body, frontmatter and pipeline are unchanged comes from the render cache (render/cache/).
  return renderWithArticleCache(cache, { body, frontmatter, fileURL }, source?.fileText ?? '', async () => {
    const result = await renderer.render(body, { frontmatter, ...(fileURL ? { fileURL } : {}) } as RenderOptions);
    // The metadata Astro's Markdown entry type stores (it adds `imagePaths`).
    const metadata = { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] };
    return { html: result.code, metadata };
  });
}

/** Entries a worker holds at once: it has the next while the main thread is busy rendering. */
const ENTRIES_PER_HELPER = 3;

/** Lets the event loop run (a worker's reply waits for it). */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Every entry with its `rendered`, rendering those whose rendering was deferred: with `renderer`
 * and, beside it, with `helpers` (worker threads, render/workers/pool.ts), each taking the next entry
 * when it is free; the results keep the entries' order. An entry whose Markdown fails to render
 * comes back without `rendered` (the renderer has logged the error with the file's name), for
 * the caller to report. The entries of a helper that stops (`RenderWorkerLostError`) are
 * rendered with `renderer`. With a `cache`, unchanged articles are read from it instead.
 */
export async function renderDeferredArticles<Entry extends StoredArticle>(
  entries: readonly Entry[],
  renderer: MarkdownRenderer,
  root: string,
  helpers: readonly MarkdownRenderer[] = [],
  cache?: ArticleRenderCache,
): Promise<Entry[]> {
  const results: Entry[] = new Array<Entry>(entries.length);
  const lost: number[] = [];
  let next = 0;

  const render = async (index: number, using: MarkdownRenderer): Promise<'done' | 'lost'> => {
    const entry = entries[index]!;
    let rendered: StoredArticle['rendered'];
    try {
      rendered = await renderDeferredArticle(entry, using, root, cache);
    } catch (error) {
      if (error instanceof RenderWorkerLostError) return 'lost';
      rendered = undefined;
    }
    const { rendered: _stored, ...withoutRendered } = entry;
    results[index] = (rendered ? { ...withoutRendered, rendered } : withoutRendered) as Entry;
    return 'done';
  };

  const onMainThread = async (): Promise<void> => {
    while (next < entries.length) {
      await render(next++, renderer);
      if (helpers.length > 0) await yieldToEventLoop();
    }
  };
  const onHelper = async (helper: MarkdownRenderer): Promise<void> => {
    while (next < entries.length) {
      const index = next++;
      if ((await render(index, helper)) === 'lost') {
        lost.push(index);
        return;
      }
    }
  };

  await Promise.all([onMainThread(), ...helpers.flatMap((helper) => Array.from({ length: ENTRIES_PER_HELPER }, () => onHelper(helper)))]);
  for (const index of lost) await render(index, renderer);
  return results;
}
