/**
 * Runs in the page under test (bundled by apache-annotator.ts): Apache Annotator's DOM matchers,
 * as a client uses them, exposed as `window.sourcedAnchor`.
 */
import { createCssSelectorMatcher, createTextPositionSelectorMatcher, createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { makeRefinable, type CssSelector, type TextPositionSelector, type TextQuoteSelector } from '@apache-annotator/selector';

type AnySelector = (CssSelector | TextQuoteSelector | TextPositionSelector) & { refinedBy?: AnySelector };

const createMatcher = makeRefinable<AnySelector, Node | Range, Node | Range>((selector) => {
  switch (selector.type) {
    case 'CssSelector':
      return createCssSelectorMatcher(selector) as never;
    case 'TextQuoteSelector':
      return createTextQuoteSelectorMatcher(selector) as never;
    case 'TextPositionSelector':
      return createTextPositionSelectorMatcher(selector) as never;
    default:
      throw new Error(`Unsupported selector ${JSON.stringify(selector)}`);
  }
});

/** Every match of a selector in the page, as a Range (an element match selects the element). */
async function anchor(selector: AnySelector): Promise<Range[]> {
  const ranges: Range[] = [];
  for await (const match of createMatcher(selector)(document.body)) {
    if (match instanceof Range) ranges.push(match);
    else {
      const range = document.createRange();
      range.selectNodeContents(match);
      ranges.push(range);
    }
  }
  return ranges;
}

(window as unknown as { sourcedAnchor: typeof anchor }).sourcedAnchor = anchor;
