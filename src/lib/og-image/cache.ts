import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { normalizeOgImageInput, type OgImageInput } from './input.ts';
import { isPng } from './png.ts';

/**
 * A folder of rendered share images, one PNG per distinct input, so a build only renders the images
 * of articles that changed. The file name is a SHA-256 of a version string and the normalized input:
 * change the title, the outlet, a count, the site name or the version and the key changes, so the
 * image is rendered again (old files are left behind; deleting the folder is always safe).
 */

/** The default folder, relative to the project (the working directory of builds): git-ignored with node_modules. */
export const DEFAULT_OG_IMAGE_CACHE_DIR = 'node_modules/.cache/sourced-og';

/** The default folder as an absolute path. */
export function defaultOgImageCacheDir(cwd: string = process.cwd()): string {
  return resolve(cwd, DEFAULT_OG_IMAGE_CACHE_DIR);
}

export interface OgImageCacheOptions {
  /** The folder the PNGs are kept in; created when missing. */
  cacheDir: string;
  /** Anything that changes how an input is drawn (design, libraries, fonts): part of every key. */
  version: string;
  /** Draws one image (called only on a miss, with the normalized input). */
  render: (input: OgImageInput) => Promise<Uint8Array>;
}

/** The cache key: a hex SHA-256 of the version and the normalized input's fields, in a fixed order. */
export function ogImageCacheKey(input: OgImageInput, version: string): string {
  const { title, outlet, claims, quotes, siteName } = normalizeOgImageInput(input);
  return createHash('sha256')
    .update(JSON.stringify([version, title, outlet, claims, quotes, siteName]))
    .digest('hex');
}

/** The file an input's image is kept in. */
export function ogImageCacheFile(cacheDir: string, input: OgImageInput, version: string): string {
  return join(cacheDir, `${ogImageCacheKey(input, version)}.png`);
}

/** Images being rendered, by file: two requests for the same image at once render it once. */
const inFlight = new Map<string, Promise<Uint8Array>>();

let warnedWriteFailure = false;

async function readCached(file: string): Promise<Uint8Array | undefined> {
  try {
    const bytes = new Uint8Array(await readFile(file));
    // A file that is not a PNG (damaged by hand or by a full disk) is treated as missing.
    return isPng(bytes) ? bytes : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half a PNG. */
async function writeCached(cacheDir: string, file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    // The image itself is fine: a cache that cannot be written only makes the next build slower.
    if (!warnedWriteFailure) {
      warnedWriteFailure = true;
      console.warn(`[sourced] Share images could not be cached in ${cacheDir}: ${(error as Error).message}`);
    }
  }
}

/** The image for the input: read from the cache when it is there, else rendered and stored. */
export async function cachedOgImage(input: OgImageInput, options: OgImageCacheOptions): Promise<Uint8Array> {
  const normalized = normalizeOgImageInput(input);
  const file = ogImageCacheFile(options.cacheDir, normalized, options.version);
  const pending = inFlight.get(file);
  if (pending) return pending;
  const result = (async () => {
    const cached = await readCached(file);
    if (cached) return cached;
    const rendered = await options.render(normalized);
    await writeCached(options.cacheDir, file, rendered);
    return rendered;
  })();
  inFlight.set(file, result);
  try {
    return await result;
  } finally {
    inFlight.delete(file);
  }
}
