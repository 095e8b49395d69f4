/**
 * The article's plain text: the text Web Annotation selectors (`TextQuoteSelector`,
 * `TextPositionSelector`) are written against.
 *
 * ## Definition
 *
 * The plain text of an article is computed from the rendered HTML of its body (what
 * `entry.rendered.html` holds) like HTML's `innerText` with the default style sheet, after
 * Sourced's additions are taken out:
 *
 * 1. **What is left out.** Elements a reader never sees as article text, with everything inside:
 *    - Sourced's additions: callout blocks (`.sourced-callouts`), claim markers
 *      (`.sourced-claim__ref`, the small claim numbers), note labels (`.sourced-note__label`:
 *      “Translation note”, “Caveat: Who said this?”; the kind is in the annotation's body
 *      instead), the language lens's explanations (`.sourced-term__explain`);
 *    - visually hidden text (`.visually-hidden`, `.sr-only`) and footnote back-links
 *      (`[data-footnote-backref]`, “↩”);
 *    - elements that are never rendered (`script`, `style`, `template`, `noscript`, …, and any
 *      element with the `hidden` attribute).
 *
 *    Everything else counts, including the words of claims, quotes and terms, note bodies,
 *    headings, list items, table cells, inline code and footnotes.
 * 2. **Blocks.** A paragraph (`p`) has a blank line before and after it (`\n\n`); any other
 *    block-level element (`div`, `h1`–`h6`, `li`, `ul`, `ol`, `blockquote`, `pre`, `tr`, …) a
 *    line break (`\n`). Where several meet, the largest wins (a paragraph after a list item is
 *    preceded by `\n\n`, never `\n\n\n`), and the text never starts or ends with them. So
 *    paragraphs, headings next to paragraphs and notes are separated by `\n\n`, list items and
 *    table rows by `\n`. A `<br>` is a `\n`; table cells in a row are separated by a tab.
 * 3. **White space.** Outside `pre`, every run of ASCII white space (space, tab, line feed,
 *    carriage return, form feed) becomes one space, across element boundaries, and white space
 *    next to a line break or at the start or end of the text disappears (CSS
 *    `white-space: normal`). A line break in the Markdown source is therefore a space (also
 *    between Chinese or Japanese characters, where a browser may drop it). Inside `pre` (a code
 *    block), white space is kept as written, except the line feed that ends its last line (a
 *    browser shows no empty line for it).
 * 4. **Characters.** Every other character is kept exactly: typographic quotes (“ ” ‘ ’), dashes
 *    (– —), no-break spaces, emoji, combining marks. Character references are decoded by the
 *    HTML parser (`&amp;` is `&`); no Unicode normalisation (NFC) is applied.
 * 5. **Positions** count Unicode code points from 0, as the W3C Web Annotation model counts
 *    characters; `end` is exclusive. “😀” counts 1 (it is 2 UTF-16 code units in JavaScript).
 *
 * The HTML is parsed with parse5, as `hast-util-from-html` does (without source positions); no
 * CSS is applied (the site's layout CSS may make a browser's `innerText` differ, e.g. for grid
 * containers).
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { HTML_CLASSES } from '../annotations/markup/contract.ts';

/** A stretch of the plain text, in code points; `end` is exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** The plain text of an article, and where each element with an `id` sits in it. */
export interface ArticleText {
  /** The plain text (see the module documentation for its definition). */
  readonly text: string;
  /** The text's code points, one string each: `codePoints.length` is its length in code points. */
  readonly codePoints: readonly string[];
  /**
   * The range of every element with an `id` (by id, without `#`) whose text is part of the
   * plain text: from its first to its last character, surrounding white space and line breaks
   * excluded. An element without any text has an empty range where it sits. Elements inside
   * left-out elements (e.g. callouts) are absent. If an id occurs twice, the first counts.
   */
  readonly ranges: ReadonlyMap<string, TextRange>;
}

/**
 * An article's text as kept with its rendered HTML (render/renderer.ts): without
 * `codePoints`, which take about 8 bytes per character; {@link expandArticleText} brings them back.
 */
export type CompactArticleText = Pick<ArticleText, 'text' | 'ranges'>;

export function compactArticleText({ text, ranges }: ArticleText): CompactArticleText {
  return { text, ranges };
}

export function isCompactArticleText(value: unknown): value is CompactArticleText {
  return typeof value === 'object' && value !== null && typeof (value as CompactArticleText).text === 'string' && (value as CompactArticleText).ranges instanceof Map;
}

export function expandArticleText({ text, ranges }: CompactArticleText): ArticleText {
  return { text, codePoints: Array.from(text), ranges };
}

/** Classes of elements left out of the plain text, with everything inside them. */
export const EXCLUDED_CLASSES: readonly string[] = [
  HTML_CLASSES.callouts,
  HTML_CLASSES.claimRef,
  HTML_CLASSES.noteLabel,
  HTML_CLASSES.termExplain,
  HTML_CLASSES.visuallyHidden,
  // Other sites' name for visually hidden text, in raw HTML.
  'sr-only',
];

/** Elements that are never rendered, whatever their content. */
const NOT_RENDERED = new Set(['datalist', 'head', 'noembed', 'noframes', 'noscript', 'rp', 'script', 'style', 'template', 'title']);

/** Block-level elements in HTML's default style sheet (`p` aside, which has blank lines). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'plaintext', 'pre', 'search', 'section', 'summary',
  'table', 'tr', 'ul', 'xmp',
]);

/** Elements whose white space is kept as written. */
const PRESERVES_WHITESPACE = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);

/** ASCII white space, which collapses outside `pre`. */
const COLLAPSIBLE = /^[ \t\n\r\f]$/;

function classNames(node: Element): readonly unknown[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value : [];
}

function isLeftOut(node: Element): boolean {
  if (NOT_RENDERED.has(node.tagName)) return true;
  const { properties } = node;
  if (properties['hidden'] !== undefined && properties['hidden'] !== false && properties['hidden'] !== null) return true;
  if (properties['dataFootnoteBackref'] !== undefined) return true;
  if (node.tagName === 'dialog' && !properties['open']) return true;
  const classes = classNames(node);
  return EXCLUDED_CLASSES.some((name) => classes.includes(name));
}

function isCell(node: RootContent | undefined): boolean {
  return node?.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
}

/** Whether a table cell comes after `index` among `siblings` (then a tab follows the cell). */
function cellFollows(siblings: readonly RootContent[], index: number): boolean {
  const next = siblings.slice(index + 1).find((sibling) => sibling.type === 'element');
  return isCell(next);
}

/** The last text node inside a node, if any. */
function lastText(node: Element): Text | undefined {
  for (let index = node.children.length - 1; index >= 0; index -= 1) {
    const child = node.children[index];
    if (child?.type === 'text') return child;
    if (child?.type === 'element') {
      const found = lastText(child);
      if (found) return found;
    }
  }
  return undefined;
}

/** An element being written whose range is not known yet. */
interface OpenRange {
  id: string;
  start: number | undefined;
}

/** Writes the plain text, collapsing white space and line breaks as they come. */
class PlainTextWriter {
  readonly points: string[] = [];
  readonly ranges = new Map<string, TextRange>();
  /** Required line breaks not written yet (0, 1 or 2). */
  private pendingBreaks = 0;
  /** Whether collapsible white space was seen since the last character. */
  private pendingSpace = false;
  /** Position after the last character that was text (not a line break, tab or space). */
  private contentEnd = 0;
  /** Open elements waiting for their first character. */
  private waiting: OpenRange[] = [];

  /** Collapsible white space. */
  space(): void {
    this.pendingSpace = true;
  }

  /** A block boundary needing `count` line feeds. */
  lineBreaks(count: 1 | 2): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** A character that is part of the text. */
  character(character: string): void {
    this.flush();
    for (const range of this.waiting) range.start = this.points.length;
    this.waiting = [];
    this.points.push(character);
    this.contentEnd = this.points.length;
  }

  /** A forced separator: `\n` for `<br>`, a tab between table cells. White space around it goes. */
  separator(character: '\n' | '\t'): void {
    this.pendingSpace = false;
    this.flush();
    this.points.push(character);
  }

  open(id: string): OpenRange {
    const range: OpenRange = { id, start: undefined };
    this.waiting.push(range);
    return range;
  }

  close(range: OpenRange): void {
    this.waiting = this.waiting.filter((other) => other !== range);
    if (this.ranges.has(range.id)) return;
    const start = range.start ?? this.points.length;
    this.ranges.set(range.id, { start, end: range.start === undefined ? start : this.contentEnd });
  }

  /** Writes pending line breaks or space, unless at the very start or after a separator. */
  private flush(): void {
    const last = this.points.at(-1);
    if (last !== undefined) {
      for (let i = 0; i < this.pendingBreaks; i += 1) this.points.push('\n');
      if (this.pendingBreaks === 0 && this.pendingSpace && last !== '\n' && last !== '\t') this.points.push(' ');
    }
    this.pendingBreaks = 0;
    this.pendingSpace = false;
  }
}

/** State of one walk over the tree. */
interface Walk {
  writer: PlainTextWriter;
  /** Text nodes ending a `pre`: their final line feed ends the last line and is not written. */
  endsPre: Set<Text>;
}

function writeChildren(node: Root | Element, walk: Walk, preserve: boolean): void {
  node.children.forEach((child, index) => writeNode(child, walk, preserve, node.children, index));
}

function writeNode(node: RootContent, walk: Walk, preserve: boolean, siblings: readonly RootContent[], index: number): void {
  const { writer } = walk;
  if (node.type === 'text') {
    const value = walk.endsPre.has(node) && node.value.endsWith('\n') ? node.value.slice(0, -1) : node.value;
    for (const character of value) {
      if (!preserve && COLLAPSIBLE.test(character)) writer.space();
      else writer.character(character);
    }
    return;
  }
  if (node.type !== 'element' || isLeftOut(node)) return;
  if (node.tagName === 'br') {
    writer.separator('\n');
    return;
  }
  const breaks = node.tagName === 'p' ? 2 : BLOCKS.has(node.tagName) ? 1 : 0;
  const id = node.properties['id'];
  if (breaks > 0) writer.lineBreaks(breaks as 1 | 2);
  const range = typeof id === 'string' && id !== '' ? writer.open(id) : undefined;
  const keep = preserve || PRESERVES_WHITESPACE.has(node.tagName);
  if (keep && !preserve) {
    const last = lastText(node);
    if (last) walk.endsPre.add(last);
  }
  writeChildren(node, walk, keep);
  if (range) writer.close(range);
  if (isCell(node) && cellFollows(siblings, index)) writer.separator('\t');
  if (breaks > 0) writer.lineBreaks(breaks as 1 | 2);
}

/**
 * The plain text of an already parsed article body (a hast tree), with the range of every
 * element that has an `id`.
 */
export function readArticleText(tree: Root): ArticleText {
  const writer = new PlainTextWriter();
  writeChildren(tree, { writer, endsPre: new Set() }, false);
  const text = writer.points.join('');
  return { text, codePoints: writer.points, ranges: writer.ranges };
}

/** Parses rendered article HTML the way the builder does (an HTML fragment). */
export function parseArticleHtml(html: string): Root {
  // The same parser and options as `fromHtml(html, { fragment: true })`, minus the source
  // positions it always records: the same tree, parsed in about 60 % of the time.
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}

/**
 * The plain text of a rendered article body (`entry.rendered.html`), with the range of every
 * element that has an `id`. See the module documentation for the definition.
 */
export function extractArticleText(html: string): ArticleText {
  return readArticleText(parseArticleHtml(html));
}

/** Only the plain text of a rendered article body (`entry.rendered.html`). */
export function toArticlePlainText(html: string): string {
  return extractArticleText(html).text;
}
