import { describe, expect, test } from 'vitest';
import { buildOgImageTree, formatOgCounts, normalizeOgImageInput, type OgImageInput } from '../../../src/lib/og-image/index';
import type { OgElement, OgNode } from '../../../src/lib/og-image/tree';

const INPUT: OgImageInput = { title: 'A title', outlet: 'time news', claims: 14, quotes: 8, siteName: 'Sourced' };

/** Every element of the tree, depth first. */
function elements(node: OgNode): OgElement[] {
  if (typeof node === 'string') return [];
  const children = node.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children as OgNode];
  return [node, ...list.flatMap(elements)];
}

/** The text of the tree, in reading order. */
function text(node: OgNode): string {
  if (typeof node === 'string') return node;
  const children = node.props.children;
  if (children === undefined) return '';
  return (Array.isArray(children) ? children : [children as OgNode])
    .map(text)
    .filter(Boolean)
    .join('|');
}

describe('formatOgCounts', () => {
  test('pluralizes each count', () => {
    expect(formatOgCounts(14, 8)).toBe('14 claims · 8 quotes');
    expect(formatOgCounts(1, 1)).toBe('1 claim · 1 quote');
    expect(formatOgCounts(0, 0)).toBe('0 claims · 0 quotes');
  });
});

describe('normalizeOgImageInput', () => {
  test('puts text on one line without control characters', () => {
    expect(normalizeOgImageInput({ ...INPUT, title: ' A\n\ttitle\u0000 ', outlet: ' time\r\nnews ' })).toEqual(INPUT);
  });

  test('rejects counts that are not whole numbers of at least zero', () => {
    for (const claims of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => normalizeOgImageInput({ ...INPUT, claims })).toThrow(RangeError);
    }
    expect(() => normalizeOgImageInput({ ...INPUT, quotes: -2 })).toThrow(/quotes/);
  });
});

describe('buildOgImageTree', () => {
  test('shows the outlet, the title, the counts and the site name, in that order', () => {
    expect(text(buildOgImageTree(INPUT))).toBe('Analysis of a report by |time news|A title|14 claims · 8 quotes|Sourced');
  });

  test('without an outlet, says "Analysis"', () => {
    expect(text(buildOgImageTree({ ...INPUT, outlet: ' ' }))).toBe('Analysis|A title|14 claims · 8 quotes|Sourced');
  });

  test('clamps the title to four lines and never lets it spill', () => {
    const title = elements(buildOgImageTree({ ...INPUT, title: 'x '.repeat(150) })).find((node) => node.props.style['lineClamp'] !== undefined);
    expect(title?.props.style).toMatchObject({ lineClamp: 4, overflow: 'hidden', wordBreak: 'break-word' });
  });

  test('is 1200×630 and uses the light palette', () => {
    const root = buildOgImageTree(INPUT);
    expect(root.props.style).toMatchObject({ width: 1200, height: 630, backgroundColor: '#fdfcf9', color: '#1c1b19' });
    const colours = elements(root).map((node) => node.props.style['backgroundColor'] ?? node.props.style['color']);
    expect(colours).toContain('#8a4b00');
    expect(colours).toContain('#f3f0e8');
  });

  test('is pure: the same input gives the same tree', () => {
    expect(JSON.stringify(buildOgImageTree(INPUT))).toBe(JSON.stringify(buildOgImageTree({ ...INPUT })));
  });
});
