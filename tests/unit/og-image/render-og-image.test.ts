import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import {
  OG_IMAGE_HEIGHT,
  OG_IMAGE_WIDTH,
  isPng,
  readPngSize,
  renderOgImage,
  renderOgImageSvg,
  type OgImageInput,
} from '../../../src/lib/og-image/index';

const SEED: OgImageInput = {
  title: 'Ukraine war: China apparently ready for military aid for Russia – USA are alarmed – foreign policy',
  outlet: 'time news',
  claims: 14,
  quotes: 8,
  siteName: 'Sourced',
};

const LONG_TITLE = 'The minister’s “final” answer – déjà vu for Élysée watchers, naïve or not: '.repeat(5).slice(0, 300);

/** The rendered pixels (RGBA, row by row), to check where something was drawn. */
async function pixels(input: OgImageInput): Promise<{ data: Uint8Array; width: number }> {
  const image = new Resvg(await renderOgImageSvg(input), { font: { loadSystemFonts: false } }).render();
  return { data: new Uint8Array(image.pixels), width: image.width };
}

/** Whether every pixel of the rectangle has the background colour #fdfcf9. */
function isBlank({ data, width }: { data: Uint8Array; width: number }, x0: number, y0: number, x1: number, y1: number): boolean {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      if (data[i] !== 0xfd || data[i + 1] !== 0xfc || data[i + 2] !== 0xf9) return false;
    }
  }
  return true;
}

describe('renderOgImage', () => {
  test('makes a 1200×630 PNG: signature, then an IHDR chunk with the size', async () => {
    const png = await renderOgImage(SEED);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
    expect(isPng(png)).toBe(true);
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([OG_IMAGE_WIDTH, OG_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });

  test('a 300-character title and typographic non-ASCII text (é, ’, “ ”, –) render without throwing', async () => {
    expect([...LONG_TITLE]).toHaveLength(300);
    const png = await renderOgImage({ ...SEED, title: LONG_TITLE, outlet: 'Le Monde – édition “week-end”’s' });
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test('Greek, Cyrillic, CJK and emoji, empty outlet, zero and huge counts render without throwing', async () => {
    const png = await renderOgImage({ title: 'Ελληνικά, русский, 中文 and 🎉', outlet: '', claims: 0, quotes: 123456, siteName: 'Sourced' });
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test('draws text as paths: the SVG needs no font to be displayed', async () => {
    const svg = await renderOgImageSvg(SEED);
    expect(svg).toMatch(/^<svg[^>]+width="1200"[^>]+height="630"/);
    expect(svg).not.toContain('<text');
  });

  test('a long title stays inside its box: nothing drawn in the right margin or above the footer', async () => {
    for (const title of [LONG_TITLE, 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(5)]) {
      const image = await pixels({ ...SEED, title });
      // The right margin of the text column (72 px padding), from below the accent rule to the footer.
      expect(isBlank(image, 1200 - 64, 12, 1200, 512)).toBe(true);
      // The band between four clamped lines and the footer's top border.
      expect(isBlank(image, 0, 470, 1200, 512)).toBe(true);
    }
  });
});
