/**
 * The share image's size, colours and type: the light scheme of src/styles/global.css, with fonts
 * shipped by npm packages (see og-image/fonts.ts) standing in for the site's system fonts.
 */

/** Open Graph's recommended size, also used by X's large summary card. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/** The light scheme's colours (global.css: --bg, --surface, --text, --muted, --border, --accent). */
export const OG_COLORS = {
  background: '#fdfcf9',
  surface: '#f3f0e8',
  text: '#1c1b19',
  muted: '#55524b',
  border: '#cfc9bb',
  accent: '#8a4b00',
} as const;

/** The two families: a serif for the title and the wordmark, a sans for the labels. */
export const OG_FONT_SERIF = 'Source Serif 4';
export const OG_FONT_SANS = 'Source Sans 3';

/**
 * The Unicode subsets of each family that are loaded, Latin first. satori keeps one font per family
 * name, so each subset is registered under a name of its own (see ogFontName) and the tree asks for
 * them all, in this order, through a font-family list (see ogFontStack).
 */
export const OG_FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;

export type OgFontSubset = (typeof OG_FONT_SUBSETS)[number];

/** The name one subset of a family is registered under: the family's own name for Latin. */
export function ogFontName(family: string, subset: OgFontSubset): string {
  return subset === 'latin' ? family : `${family} ${subset}`;
}

/** The CSS font-family list that draws each character from the first subset that has it. */
export function ogFontStack(family: string): string {
  return OG_FONT_SUBSETS.map((subset) => `'${ogFontName(family, subset)}'`).join(', ');
}

/** The title never takes more lines than this; what does not fit ends with an ellipsis. */
export const OG_TITLE_MAX_LINES = 4;
