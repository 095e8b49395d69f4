import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { OG_FONT_SANS, OG_FONT_SERIF, OG_FONT_SUBSETS, ogFontName } from './theme.ts';

/**
 * Font data for satori, read from the @fontsource packages in node_modules (never from the system,
 * never downloaded). satori reads TTF, OTF and WOFF but not WOFF2, so the `.woff` files are used.
 *
 * Each weight is registered once per Unicode subset, under a name per subset (satori keeps one font
 * per name and weight); the tree's font-family lists name them all, so Latin, Latin Extended, Greek,
 * Cyrillic and Vietnamese text draw in the same face. Characters outside these subsets (CJK, emoji)
 * draw as the font's missing-glyph box rather than failing the build.
 */

type Weight = 400 | 600 | 700;

interface FontFace {
  family: string;
  /** The npm package that ships the files. */
  packageName: string;
  /** The file names' prefix in the package's `files/` folder. */
  filePrefix: string;
  weight: Weight;
}

/** The faces the element tree uses: the serif bold for the title and wordmark, the sans for the labels. */
const FACES: readonly FontFace[] = [
  { family: OG_FONT_SERIF, packageName: '@fontsource/source-serif-4', filePrefix: 'source-serif-4', weight: 700 },
  { family: OG_FONT_SANS, packageName: '@fontsource/source-sans-3', filePrefix: 'source-sans-3', weight: 400 },
  { family: OG_FONT_SANS, packageName: '@fontsource/source-sans-3', filePrefix: 'source-sans-3', weight: 600 },
];

const require = createRequire(import.meta.url);

/** The path of one `.woff` file, resolved like an import (so it works from bundled build output too). */
export function fontFilePath(face: Pick<FontFace, 'packageName' | 'filePrefix' | 'weight'>, subset: string): string {
  return require.resolve(`${face.packageName}/files/${face.filePrefix}-${subset}-${face.weight}-normal.woff`);
}

/** The packages the font data comes from, with their versions (part of the cache's version string). */
export function fontPackageVersions(): string[] {
  const names = [...new Set(FACES.map((face) => face.packageName))];
  return names.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
}

async function loadFonts(): Promise<Font[]> {
  const fonts = FACES.flatMap((face) =>
    OG_FONT_SUBSETS.map(async (subset): Promise<Font> => {
      const data = await readFile(fontFilePath(face, subset));
      return { name: ogFontName(face.family, subset), data, weight: face.weight, style: 'normal' };
    }),
  );
  return Promise.all(fonts);
}

let fontsPromise: Promise<Font[]> | undefined;

/** Every font the share image uses, read once per process. */
export function getOgImageFonts(): Promise<Font[]> {
  fontsPromise ??= loadFonts().catch((error: unknown) => {
    fontsPromise = undefined;
    throw new Error('The share image fonts could not be read from the @fontsource packages; run npm install.', { cause: error });
  });
  return fontsPromise;
}
