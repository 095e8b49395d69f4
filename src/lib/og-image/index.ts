/**
 * Open Graph share images (1200×630 PNG) for articles, rendered at build time with satori (element
 * tree → SVG) and resvg (SVG → PNG), with fonts from @fontsource packages, and cached on disk so
 * unchanged articles are not rendered again. No Astro here: the endpoint that serves the images
 * calls getOgImage.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cachedOgImage, defaultOgImageCacheDir, ogImageCacheFile } from './cache.ts';
import { waitForPrerendered } from './prerendered.ts';
import { fontPackageVersions } from './fonts.ts';
import type { OgImageInput } from './input.ts';
import { buildOgImageTree } from './tree.ts';
import { renderOgImage } from './render-og-image.ts';

export { DEFAULT_OG_IMAGE_CACHE_DIR, cachedOgImage, defaultOgImageCacheDir, ogImageCacheFile, ogImageCacheKey } from './cache.ts';
export type { OgImageCacheOptions } from './cache.ts';
export { normalizeOgImageInput } from './input.ts';
export type { OgImageInput } from './input.ts';
export { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from './theme.ts';
export { buildOgImageTree, formatOgCounts } from './tree.ts';
export { renderOgImage, renderOgImageSvg } from './render-og-image.ts';
export { isPng, readPngSize } from './png.ts';

/**
 * Bump when the drawing changes in a way the element tree does not show (render options, font
 * files). Changes to the tree itself (layout, colours, sizes, text) change the cache keys on their own.
 */
export const OG_IMAGE_DESIGN_VERSION = '1';

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
}

let libraryVersions: string | undefined;

/** The version string of the cache key for one input: design, libraries, fonts and the tree drawn. */
export function ogImageVersion(input: OgImageInput): string {
  libraryVersions ??= [packageVersion('satori'), packageVersion('@resvg/resvg-js'), ...fontPackageVersions()].join(' ');
  const tree = createHash('sha256').update(JSON.stringify(buildOgImageTree(input))).digest('hex');
  return `design ${OG_IMAGE_DESIGN_VERSION}; ${libraryVersions}; tree ${tree}`;
}

export interface GetOgImageOptions {
  /** Where rendered images are kept; default: node_modules/.cache/sourced-og/ in the working directory. */
  cacheDir?: string;
}

/**
 * The share image for an article as PNG bytes, from the cache when its input has been drawn
 * before; an image being drawn ahead on the worker threads (prerender.ts) is waited for.
 */
export async function getOgImage(input: OgImageInput, options: GetOgImageOptions = {}): Promise<Uint8Array> {
  const cacheDir = options.cacheDir ?? defaultOgImageCacheDir();
  const version = ogImageVersion(input);
  await waitForPrerendered(ogImageCacheFile(cacheDir, input, version));
  return cachedOgImage(input, { cacheDir, version, render: renderOgImage });
}
