/**
 * Finds the text an annotation's selectors describe in the text of the article's body element (page-text.ts): for tests, and for
 * consumers that want to place the annotations on their own copy of the article.
 */
import { codePointPositions, toCodePoints } from './code-points.ts';
import type { AnnotationSelector, TextPositionSelector, TextQuoteSelector } from './model.ts';

/** Where an annotation's text was found, in code points (`end` exclusive), and the text itself. */
export interface TextSelection {
  start: number;
  end: number;
  exact: string;
}

function isQuote(selector: AnnotationSelector | { type?: unknown }): selector is TextQuoteSelector {
  return selector.type === 'TextQuoteSelector' && typeof (selector as TextQuoteSelector).exact === 'string';
}

function isPosition(selector: AnnotationSelector | { type?: unknown }): selector is TextPositionSelector {
  const { start, end } = selector as TextPositionSelector;
  return selector.type === 'TextPositionSelector' && Number.isInteger(start) && Number.isInteger(end);
}

/** How many characters at the end of `expected` match the text right before `index` (UTF-16). */
function matchingBefore(text: string, index: number, expected: string): number {
  let count = 0;
  while (count < expected.length && count < index && text[index - 1 - count] === expected[expected.length - 1 - count]) count += 1;
  return count;
}

/** How many characters at the start of `expected` match the text from `index` on (UTF-16). */
function matchingAfter(text: string, index: number, expected: string): number {
  let count = 0;
  while (count < expected.length && index + count < text.length && text[index + count] === expected[count]) count += 1;
  return count;
}

/**
 * Finds the text described by an annotation's selectors (a target's `selector`, one selector or
 * a list) in `text`, the text of the article's body element (page-text.ts); quote and position
 * selectors are read at the top level or in a `CssSelector`'s `refinedBy`.
 *
 * - With a `TextQuoteSelector`: every occurrence of `exact` is a candidate; the one whose
 *   surrounding text agrees best with `prefix` and `suffix` wins and, between equally good ones,
 *   the one nearest the `TextPositionSelector`'s `start` (else the first). On an unchanged text
 *   this is always the position the selectors were made for; on an edited text the quote still
 *   finds the words if they are there. `undefined` when `exact` is empty or not in the text.
 * - With only a `TextPositionSelector`: the text at that position, if it lies within the text.
 * - Other selectors (e.g. `CssSelector`) are ignored; `undefined` when no selector is usable.
 *
 * Positions count Unicode code points, as `TextPositionSelector` does.
 */
export function findTextSelection(
  text: string,
  selectors: AnnotationSelector | readonly AnnotationSelector[] | undefined,
): TextSelection | undefined {
  const given: readonly AnnotationSelector[] = selectors === undefined ? [] : Array.isArray(selectors) ? selectors : [selectors as AnnotationSelector];
  // A quote or position refining the body element (`#article-body`) counts over that element's text.
  const list = given.flatMap((selector): AnnotationSelector[] => (selector.type === 'CssSelector' && selector.refinedBy ? [selector.refinedBy] : [selector]));
  const quote = list.find(isQuote);
  const position = list.find(isPosition);

  if (!quote) {
    if (!position) return undefined;
    const points = toCodePoints(text);
    if (position.start < 0 || position.end < position.start || position.end > points.length) return undefined;
    return { start: position.start, end: position.end, exact: points.slice(position.start, position.end).join('') };
  }

  const { exact } = quote;
  if (exact === '') return undefined;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const points = codePointPositions(text);
  let best: { index: number; score: number; distance: number } | undefined;
  for (let index = text.indexOf(exact); index !== -1; index = text.indexOf(exact, index + 1)) {
    const start = points[index] ?? 0;
    const score = matchingBefore(text, index, prefix) + matchingAfter(text, index + exact.length, suffix);
    const distance = position ? Math.abs(start - position.start) : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { index, score, distance };
  }
  if (!best) return undefined;
  return { start: points[best.index] ?? 0, end: points[best.index + exact.length] ?? 0, exact };
}
