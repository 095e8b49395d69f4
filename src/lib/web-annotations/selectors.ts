/**
 * Selectors for a stretch of the article's text (page-text.ts): a `TextQuoteSelector` (the
 * words, with context) and a `TextPositionSelector` (where they are), both over the same text
 * and both counting Unicode code points, each refining a `CssSelector` for the element whose
 * text it is; and a `CssSelector` for the annotated element on the page.
 */
import type { TextRange } from './article-text.ts';
import type { CssSelector, TextPositionSelector, TextQuoteSelector } from './model.ts';

/** How many code points of context a `TextQuoteSelector` keeps before and after the words. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * The quote and position selectors of `range` in a text given as code points (see
 * `ArticleText.codePoints`). `prefix` and `suffix` hold up to `contextLength` code points and are
 * left out when there is nothing before or after the words.
 */
export function createTextSelectors(
  codePoints: readonly string[],
  range: TextRange,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): [TextQuoteSelector, TextPositionSelector] {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > codePoints.length) {
    throw new RangeError(`Text range ${start}–${end} is outside a text of ${codePoints.length} code points.`);
  }
  const prefix = codePoints.slice(Math.max(0, start - contextLength), start).join('');
  const suffix = codePoints.slice(end, end + contextLength).join('');
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: codePoints.slice(start, end).join(''),
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
  return [quote, { type: 'TextPositionSelector', start, end }];
}

/**
 * The alternatives of a target: the quote and the position, each refining the element whose text
 * content they count (`{ type: 'CssSelector', value: '#article-body', refinedBy: … }`).
 */
export function refineElement(scope: string, selectors: readonly (TextQuoteSelector | TextPositionSelector)[]): CssSelector[] {
  return selectors.map((refinedBy) => ({ type: 'CssSelector', value: scope, refinedBy }));
}

/** A `CssSelector` for the element with this id (`#claim-signal`), escaped for CSS. */
export function createElementSelector(elementId: string): CssSelector {
  return { type: 'CssSelector', value: `#${escapeCssIdentifier(elementId)}` };
}

/** Escapes an id for use after `#` in a CSS selector (the CSSOM `CSS.escape` rules). */
export function escapeCssIdentifier(value: string): string {
  let result = '';
  const points = Array.from(value);
  points.forEach((character, index) => {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0) result += '\uFFFD';
    else if ((code >= 0x01 && code <= 0x1f) || code === 0x7f) result += `\\${code.toString(16)} `;
    else if (index === 0 && code >= 0x30 && code <= 0x39) result += `\\${code.toString(16)} `;
    else if (index === 1 && code >= 0x30 && code <= 0x39 && points[0] === '-') result += `\\${code.toString(16)} `;
    else if (index === 0 && character === '-' && points.length === 1) result += `\\${character}`;
    else if (code >= 0x80 || character === '-' || character === '_' || /[0-9A-Za-z]/.test(character)) result += character;
    else result += `\\${character}`;
  });
  return result;
}
