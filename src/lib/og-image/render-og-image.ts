import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { getOgImageFonts } from './fonts.ts';
import type { OgImageInput } from './input.ts';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from './theme.ts';
import { buildOgImageTree } from './tree.ts';

/** The share image as SVG (satori's output, text drawn as paths: no font is needed to display it). */
export async function renderOgImageSvg(input: OgImageInput): Promise<string> {
  const tree = buildOgImageTree(input);
  // satori's types name React's ReactNode; the tree has the same shape without React.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: await getOgImageFonts(),
  });
}

/** The share image as a 1200×630 PNG. No cache: see getOgImage in index.ts for the cached version. */
export async function renderOgImage(input: OgImageInput): Promise<Uint8Array> {
  const svg = await renderOgImageSvg(input);
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    // The SVG has no text elements left; system fonts are never looked at.
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
