/**
 * A folder of rendered articles, one file per article render, so a build renders only the
 * articles that changed. The file name is a SHA-256 of the pipeline's fingerprint
 * (pipeline-fingerprint.ts: its code, the installed dependencies, Node), the article's path, its
 * whole file (Markdown and frontmatter as typed, which also fixes the line numbers of its
 * messages), the body and frontmatter (as JSON) Astro parsed from it, and the site-wide sources
 * (`sources/<id>.yaml`) it can name. The file holds what a render
 * gives (HTML and metadata: headings, frontmatter with the annotation model),
 * written with Node's structured serialisation (dates and all, as a render worker hands it back),
 * so a page built from it is byte for byte the page a fresh render gives.
 *
 * Old files are left behind when an article or the pipeline changes; deleting the folder is
 * always safe. `SOURCED_ARTICLE_CACHE=0` turns the cache off, `SOURCED_ARTICLE_CACHE_DIR` moves it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { pipelineFingerprint } from './pipeline-fingerprint.ts';
import { siteSourcesForArticle } from '../../sources/site-sources.ts';

/** The site-wide sources an article's render reads, as text for its cache key. */
function siteSourcesKey(fileURL: URL | undefined): string {
  const sources = siteSourcesForArticle(fileURL ? fileURLToPath(fileURL) : undefined);
  return JSON.stringify([...sources.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

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
  /** Stores a render; `false` when it could not (that only warns: the next build renders the article again). */
  write(key: string, rendered: CachedRender): Promise<boolean>;
  /** The file a key's render is stored in. */
  fileOf(key: string): string;
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
    fileOf,
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
        // JSON, not V8's serialisation: that writes a string one or two bytes a character depending on
        // how V8 happens to hold it, so the same frontmatter could give two keys.
        .update(JSON.stringify(input.frontmatter) ?? '')
        .update('\0')
        // The site-wide sources the article may name (sources/<id>.yaml): their names and kinds
        // are written into the annotation model, so a changed source file renders the article again.
        .update(siteSourcesKey(input.fileURL))
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
        return true;
      } catch (error) {
        await rm(temporary, { force: true });
        if (!warned) {
          warned = true;
          console.warn(`[sourced] Rendered articles could not be cached in ${dir}: ${(error as Error).message}`);
        }
        return false;
      }
    },
  };
}

/** The project's article cache (see {@link articleCacheSettings}), or `undefined` when it is off. */
export function openArticleRenderCache(root: string, environment: NodeJS.ProcessEnv = process.env): ArticleRenderCache | undefined {
  const { enabled, dir } = articleCacheSettings(root, environment);
  return enabled ? createArticleRenderCache(dir, pipelineFingerprint(root)) : undefined;
}

/**
 * The render of `input` (whose whole file is `fileText`): from `cache` when it holds it, else
 * `render()`'s, then stored. A render that is in the cache comes back with its HTML and text left
 * there (see {@link withHtmlLeftInCache}).
 */
export async function renderWithArticleCache(
  cache: ArticleRenderCache | undefined,
  input: ArticleRenderInput,
  fileText: string,
  render: () => Promise<CachedRender>,
): Promise<CachedRender> {
  if (!cache) return render();
  const key = cache.key(input, fileText);
  const cached = await cache.read(key);
  if (cached) return withHtmlLeftInCache(cached, cache.fileOf(key));
  const rendered = await render();
  return (await cache.write(key, rendered)) ? withHtmlLeftInCache(rendered, cache.fileOf(key)) : rendered;
}

/** The stored render in `file`, read again. */
function readStored(file: string): CachedRender {
  try {
    return deserialize(readFileSync(file)) as CachedRender;
  } catch (error) {
    throw new Error(`A rendered article vanished from the cache during the build (${file}): ${(error as Error).message}. Build again.`, { cause: error });
  }
}

/**
 * The render with its largest part, the HTML, read from the cache file each time it is asked for
 * instead of held in memory: it is used once or twice a build (the article's page, its
 * annotations, the feeds), while every article's annotation model is used by many pages and
 * stays. At 10,000 articles this keeps about 250 MB out of the build's heap; a read costs a
 * fraction of a millisecond.
 */
export function withHtmlLeftInCache(rendered: CachedRender, file: string): CachedRender {
  return {
    get html() {
      return readStored(file).html;
    },
    metadata: rendered.metadata,
  };
}
