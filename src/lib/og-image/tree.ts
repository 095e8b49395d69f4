import { normalizeOgImageInput, type OgImageInput } from './input.ts';
import { pluralise } from '../util/pluralise.ts';
import {
  OG_COLORS,
  OG_FONT_SANS,
  OG_FONT_SERIF,
  OG_IMAGE_HEIGHT,
  OG_IMAGE_WIDTH,
  OG_TITLE_MAX_LINES,
  ogFontStack,
} from './theme.ts';

/**
 * The share image as a tree of plain objects shaped like React elements, which satori lays out
 * (flexbox) and draws as SVG. Pure: the same input always gives the same tree, so it can be
 * compared, snapshotted and hashed.
 */

/** A style object in satori's subset of CSS (camel-cased properties, numbers in pixels). */
export type OgStyle = Readonly<Record<string, string | number>>;

export interface OgElement {
  readonly type: 'div' | 'span';
  readonly key: null;
  readonly props: { readonly style: OgStyle; readonly children?: OgNode | readonly OgNode[] };
}

export type OgNode = OgElement | string;

function el(type: OgElement['type'], style: OgStyle, ...children: OgNode[]): OgElement {
  if (children.length === 0) return { type, key: null, props: { style } };
  return { type, key: null, props: { style, children: children.length === 1 ? (children[0] as OgNode) : children } };
}

/** "14 claims · 8 quotes". */
export function formatOgCounts(claims: number, quotes: number): string {
  return `${pluralise(claims, 'claim')} \u00b7 ${pluralise(quotes, 'quote')}`;
}

/**
 * The title's size in pixels: large for short titles, smaller for long ones, so most titles fit in
 * two or three lines. Any size fits four lines in the space the title has (see the layout below).
 */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 60) return 72;
  if (length <= 100) return 62;
  return 54;
}

const SERIF = ogFontStack(OG_FONT_SERIF);
const SANS = ogFontStack(OG_FONT_SANS);
const PADDING_X = 72;
const ACCENT_RULE = 12;
const TITLE_LINE_HEIGHT = 1.16;

/** The element tree for one share image (the input is normalized first). */
export function buildOgImageTree(rawInput: OgImageInput): OgElement {
  const input = normalizeOgImageInput(rawInput);
  const fontSize = titleFontSize(input.title);

  const kicker = input.outlet
    ? el(
        'div',
        { display: 'flex', fontSize: 32, lineHeight: 1.25, color: OG_COLORS.muted },
        el('span', { flexShrink: 0, whiteSpace: 'pre' }, 'Analysis of a report by '),
        el(
          'span',
          {
            display: 'block',
            flexShrink: 1,
            minWidth: 0,
            fontWeight: 600,
            color: OG_COLORS.text,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          },
          input.outlet,
        ),
      )
    : el('div', { display: 'flex', fontSize: 32, lineHeight: 1.25, color: OG_COLORS.muted }, 'Analysis');

  const title = el(
    'div',
    {
      display: 'block',
      marginTop: 28,
      fontFamily: SERIF,
      fontWeight: 700,
      fontSize,
      lineHeight: TITLE_LINE_HEIGHT,
      letterSpacing: -0.5,
      color: OG_COLORS.text,
      wordBreak: 'break-word',
      lineClamp: OG_TITLE_MAX_LINES,
      // Belt and braces: whatever the text does, nothing is drawn past four lines.
      maxHeight: Math.ceil(fontSize * TITLE_LINE_HEIGHT * OG_TITLE_MAX_LINES),
      overflow: 'hidden',
    },
    input.title,
  );

  const footer = el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      height: 116,
      paddingLeft: PADDING_X,
      paddingRight: PADDING_X,
      backgroundColor: OG_COLORS.surface,
      borderTop: `2px solid ${OG_COLORS.border}`,
    },
    el('div', { display: 'flex', fontSize: 34, fontWeight: 600, color: OG_COLORS.text }, formatOgCounts(input.claims, input.quotes)),
    el(
      'div',
      { display: 'flex', fontFamily: SERIF, fontWeight: 700, fontSize: 44, letterSpacing: -0.5, color: OG_COLORS.accent },
      input.siteName,
    ),
  );

  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      backgroundColor: OG_COLORS.background,
      fontFamily: SANS,
      fontWeight: 400,
      color: OG_COLORS.text,
    },
    el('div', { display: 'flex', height: ACCENT_RULE, backgroundColor: OG_COLORS.accent }),
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        flexGrow: 1,
        minHeight: 0,
        paddingTop: 40,
        paddingBottom: 40,
        paddingLeft: PADDING_X,
        paddingRight: PADDING_X,
        overflow: 'hidden',
      },
      kicker,
      title,
    ),
    footer,
  );
}
