/**
 * The shapes of an article's text as selectors use it, and parsing the article's HTML for the
 * kinds that ask for elements. The text itself is the DOM text content of the article's body
 * element, as clients see it: see page-text.ts.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

/** A stretch of the text, in code points; `end` is exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** The text selectors count, and where each element with an `id` sits in it. */
export interface ArticleText {
  /** The text (page-text.ts defines it). */
  readonly text: string;
  /** The text's code points, one string each: `codePoints.length` is its length in code points. */
  readonly codePoints: readonly string[];
  /**
   * The range of every element with an `id` (by id, without `#`), as page-text.ts defines it.
   * An element without any text has an empty range where it sits. If an id occurs twice, the
   * first counts.
   */
  readonly ranges: ReadonlyMap<string, TextRange>;
}

/** Parses rendered article HTML as an HTML fragment, for the kinds that ask for elements. */
export function parseArticleHtml(html: string): Root {
  // The same parser and options as `fromHtml(html, { fragment: true })`, minus the source
  // positions it always records: the same tree, parsed in about 60 % of the time.
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}
