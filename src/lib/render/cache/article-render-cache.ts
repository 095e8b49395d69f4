/**
 * A folder of rendered articles, one file per article render, so a build renders only the
 * articles that changed. The file name is a SHA-256 of the pipeline's fingerprint
 * (pipeline-fingerprint.ts: its code, the installed dependencies, Node), the article's path, its
 * whole file (Markdown and frontmatter as typed, which also fixes the line numbers of its
 * messages), and the body and frontmatter Astro parsed from it. The file holds what a render
 * gives (HTML and metadata: headings, frontmatter with the annotation model, the article's text),
 * written with Node's structured serialisation (dates and all, as a render worker hands it back),
 * so a page built from it is byte for byte the page a fresh render gives.
 *
 * Old files are left behind when an article or the pipeline changes; deleting the folder is
 * always safe. `SOURCED_ARTICLE_CACHE=0` turns the cache off, `SOURCED_ARTICLE_CACHE_DIR` moves it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { pipelineFingerprint } from './pipeline-fingerprint.ts';

/** The default folder, relative to the project: git-ignored with node_modules, beside the share images. */
export const DEFAULT_ARTICLE_CACHE_DIR = 'node_modules/.cache/sourced-articles';

/** A render as the content entry stores it (`entry.rendered`). */
export interface CachedRender {
  html: string;
  metadata?: Record<string, unknown> | undefined;
}

/** What an article's render depends on besides the pipeline. */
export interface ArticleRenderInput {
  /** The Markdown body Astro parsed from the file. */
  body: string;
  /** The raw frontmatter Astro parsed from the file. */
  frontmatter: Record<string, unknown>;
  /** The file as a `file:` URL (the renderer reads it to place messages on file lines), when known. */
  fileURL?: URL | undefined;
}

export interface ArticleRenderCache {
  /** The key of one article's render; `fileText` is the article's whole file as read now. */
  key(input: ArticleRenderInput, fileText: string): string;
  /** The stored render of `key`, or `undefined`. */
  read(key: string): Promise<CachedRender | undefined>;
  /** Stores a render (a failed write only warns: the next build renders the article again). */
  write(key: string, rendered: CachedRender): Promise<void>;
  /** Articles taken from the cache and rendered, so far. */
  readonly stats: { hits: number; misses: number };
}

/** The cache folder and whether the cache is on, from the environment. */
export function articleCacheSettings(root: string, environment: NodeJS.ProcessEnv = process.env): { enabled: boolean; dir: string } {
  const enabled = environment['SOURCED_ARTICLE_CACHE'] !== '0';
  const dir = resolve(root, environment['SOURCED_ARTICLE_CACHE_DIR'] || DEFAULT_ARTICLE_CACHE_DIR);
  return { enabled, dir };
}

/** A cache in `dir` whose keys include `version` (the pipeline's fingerprint). */
export function createArticleRenderCache(dir: string, version: string): ArticleRenderCache {
  const stats = { hits: 0, misses: 0 };
  let warned = false;
  const fileOf = (key: string): string => join(dir, `${key}.render`);
  return {
    stats,
    key(input, fileText) {
      return createHash('sha256')
        .update(version)
        .update('\0')
        .update(input.fileURL?.href ?? '')
        .update('\0')
        .update(fileText)
        .update('\0')
        .update(input.body)
        .update('\0')
        .update(serialize(input.frontmatter))
        .digest('hex');
    },
    async read(key) {
      try {
        const value = deserialize(await readFile(fileOf(key))) as unknown;
        if (typeof value === 'object' && value !== null && typeof (value as CachedRender).html === 'string') {
          stats.hits++;
          return value as CachedRender;
        }
      } catch {
        // Missing or damaged (a full disk, an older Node): rendered again and rewritten.
      }
      stats.misses++;
      return undefined;
    },
    async write(key, rendered) {
      const file = fileOf(key);
      const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temporary, serialize({ html: rendered.html, metadata: rendered.metadata }));
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        if (!warned) {
          warned = true;
          console.warn(`[sourced] Rendered articles could not be cached in ${dir}: ${(error as Error).message}`);
        }
      }
    },
  };
}

/** The project's article cache (see {@link articleCacheSettings}), or `undefined` when it is off. */
export function openArticleRenderCache(root: string, environment: NodeJS.ProcessEnv = process.env): ArticleRenderCache | undefined {
  const { enabled, dir } = articleCacheSettings(root, environment);
  return enabled ? createArticleRenderCache(dir, pipelineFingerprint(root)) : undefined;
}

async function readFileText(fileURL: URL | undefined): Promise<string> {
  if (!fileURL) return '';
  try {
    return await readFile(fileURL, 'utf8');
  } catch {
    return '';
  }
}

/** The render of `input`: from `cache` when it holds it, else `render()`'s, then stored. */
export async function renderWithArticleCache(cache: ArticleRenderCache | undefined, input: ArticleRenderInput, render: () => Promise<CachedRender>): Promise<CachedRender> {
  if (!cache) return render();
  const key = cache.key(input, await readFileText(input.fileURL));
  const cached = await cache.read(key);
  if (cached) return cached;
  const rendered = await render();
  await cache.write(key, rendered);
  return rendered;
}
