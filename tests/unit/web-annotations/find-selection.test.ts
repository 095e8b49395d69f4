import { describe, expect, test } from 'vitest';
import {
  codePointLength,
  codePointPositions,
  createTextSelectors,
  findTextSelection,
  sliceCodePoints,
  toCodePoints,
  type AnnotationSelector,
} from '../../../src/lib/web-annotations/index';

const TEXT = '😀 one claim here. Later, one claim here again. And “one claim here” at the end.';

function selectorsFor(text: string, occurrence: number, words = 'one claim here'): AnnotationSelector[] {
  const points = toCodePoints(text);
  const units = [...text.matchAll(new RegExp(words, 'g'))].map((match) => match.index)[occurrence];
  if (units === undefined) throw new Error('no such occurrence');
  const start = codePointPositions(text)[units]!;
  return createTextSelectors(points, { start, end: start + codePointLength(words) });
}

describe('findTextSelection', () => {
  test('finds each occurrence at its position on the unchanged text', () => {
    for (const occurrence of [0, 1, 2]) {
      const selectors = selectorsFor(TEXT, occurrence);
      const found = findTextSelection(TEXT, selectors);
      expect(found).toEqual({ start: (selectors[1] as { start: number }).start, end: (selectors[1] as { end: number }).end, exact: 'one claim here' });
      expect(sliceCodePoints(TEXT, found!.start, found!.end)).toBe('one claim here');
    }
  });

  test('after an edit before the words, the quote and its context find them again', () => {
    const selectors = selectorsFor(TEXT, 1);
    const edited = `A new first sentence with 中文 and 🎉. ${TEXT}`;
    const found = findTextSelection(edited, selectors);
    expect(found?.exact).toBe('one claim here');
    expect(sliceCodePoints(edited, found!.start, found!.end)).toBe('one claim here');
    expect(sliceCodePoints(edited, found!.start - 7, found!.start)).toBe('Later, ');
  });

  test('without a position, the context decides between occurrences', () => {
    const [quote] = selectorsFor(TEXT, 1);
    expect(findTextSelection(TEXT, quote)).toMatchObject({ start: 25 });
    const [last] = selectorsFor(TEXT, 2);
    expect(findTextSelection(TEXT, last)).toMatchObject({ start: 52 });
  });

  test('with identical context, the occurrence nearest the position wins', () => {
    const text = 'ab ab ab';
    const selectors: AnnotationSelector[] = [
      { type: 'TextQuoteSelector', exact: 'ab' },
      { type: 'TextPositionSelector', start: 5, end: 7 },
    ];
    expect(findTextSelection(text, selectors)).toEqual({ start: 6, end: 8, exact: 'ab' });
    expect(findTextSelection(text, [{ type: 'TextQuoteSelector', exact: 'ab' }])).toEqual({ start: 0, end: 2, exact: 'ab' });
  });

  test('only a position: the text there, if it lies within the text', () => {
    expect(findTextSelection('😀 abc', { type: 'TextPositionSelector', start: 2, end: 5 })).toEqual({ start: 2, end: 5, exact: 'abc' });
    expect(findTextSelection('abc', { type: 'TextPositionSelector', start: 2, end: 9 })).toBeUndefined();
  });

  test('nothing usable, or the words are gone', () => {
    expect(findTextSelection(TEXT, undefined)).toBeUndefined();
    expect(findTextSelection(TEXT, [])).toBeUndefined();
    expect(findTextSelection(TEXT, { type: 'CssSelector', value: '#claim-c1' })).toBeUndefined();
    expect(findTextSelection(TEXT, { type: 'TextQuoteSelector', exact: '' })).toBeUndefined();
    expect(findTextSelection(TEXT, [{ type: 'TextQuoteSelector', exact: 'not there' }, { type: 'TextPositionSelector', start: 0, end: 9 }])).toBeUndefined();
  });
});

describe('createTextSelectors', () => {
  test('refuses a range outside the text', () => {
    expect(() => createTextSelectors(toCodePoints('abc'), { start: 2, end: 4 })).toThrow(RangeError);
    expect(() => createTextSelectors(toCodePoints('abc'), { start: 2, end: 1 })).toThrow(RangeError);
  });

  test('takes a shorter context on request', () => {
    expect(createTextSelectors(toCodePoints('0123456789'), { start: 4, end: 6 }, 2)[0]).toEqual({ type: 'TextQuoteSelector', exact: '45', prefix: '23', suffix: '67' });
  });
});
