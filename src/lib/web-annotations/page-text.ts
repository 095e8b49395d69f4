/**
 * The text Web Annotation clients anchor selectors against: the DOM text content of the
 * article's body element on the page, exactly as a browser builds it.
 *
 * ## Definition
 *
 * Clients (Apache Annotator, Hypothesis and the other W3C clients) load the page and read the
 * text of its DOM: every `Text` node, in document order, as written (what `textContent` and a
 * `TreeWalker` over text nodes give). So is this text:
 *
 * - **What HTML.** The HTML the page puts inside the article's body element (`#article-body`,
 *   see {@link ARTICLE_BODY_ID}): the article's stored HTML with its callouts filled in
 *   (`getArticleHtml`), nothing before or after it, white space included.
 * - **Parsed as the browser parses it**, with parse5 (the WHATWG HTML parser) as the children
 *   of a `<div>`, scripting enabled as in the clients' browsers: character references decoded,
 *   implied end tags, elements moved as the HTML standard says.
 * - **Everything counts**: callouts, claim numbers, note labels, the language lens's
 *   explanations, visually hidden words, white space between blocks (`\n` as written), exactly
 *   as in the DOM. Comments and `<template>` contents are not text nodes and do not count.
 * - **Positions count Unicode code points** from the start of the element's text, as the W3C
 *   model says (“😀” counts 1, though it is 2 UTF-16 code units); `end` is exclusive.
 *
 * ## The range of an annotated element
 *
 * From the first to the last character of its text that is not ASCII white space, leaving out
 * the text of a note's label (`.sourced-note__label`): an annotation of a note is about what
 * the note says, its label is in the annotation's body. The words of a claim, quote or term are
 * contiguous in this text: nothing Sourced adds sits inside them (annotations/remark/insertions.ts).
 */
import { defaultTreeAdapter, html as htmlNamespaces, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { HTML_CLASSES } from '../annotations/markup/contract.ts';
import { ARTICLE_BODY_ID } from '../annotations/markup/page-element-ids.ts';
import type { ArticleText, TextRange } from './article-text.ts';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** The CSS selector of the element the text is the content of: `#article-body`. */
export const ARTICLE_BODY_SELECTOR = `#${ARTICLE_BODY_ID}`;

/** Classes whose text is not part of the range of an element around them (a note's label). */
export const OUTSIDE_RANGE_CLASSES: readonly string[] = [HTML_CLASSES.noteLabel];

/** An element with an id whose range is being measured. */
interface OpenRange {
  id: string;
  first: number;
  last: number;
}

/** ASCII white space (HTML's definition), by UTF-16 code unit. */
function isAsciiWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function attribute(node: ChildNode, name: string): string | undefined {
  if (!('attrs' in node)) return undefined;
  for (const attr of node.attrs) if (attr.name === name && !attr.prefix) return attr.value;
  return undefined;
}

function hasClass(node: ChildNode, classes: readonly string[]): boolean {
  const value = attribute(node, 'class');
  if (!value) return false;
  const names = value.split(/[ \t\n\f\r]+/);
  return classes.some((name) => names.includes(name));
}

/** Walks the parsed HTML, writing the text and measuring the ranges. */
class TextContentWriter {
  readonly pieces: string[] = [];
  readonly ranges = new Map<string, TextRange>();
  /** Code points written so far. */
  private length = 0;
  private readonly open: OpenRange[] = [];
  /** How many elements around the current node keep their text out of ranges. */
  private outsideRanges = 0;

  writeChildren(parent: ParentNode): void {
    for (const child of parent.childNodes) this.writeNode(child);
  }

  private writeNode(node: ChildNode): void {
    if (node.nodeName === '#text') {
      this.writeText((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    // Comments and doctypes are not text; a template's contents are not its children.
    if (!('childNodes' in node) || node.nodeName === '#comment') return;
    const id = attribute(node, 'id');
    const range = id !== undefined && id !== '' && !this.ranges.has(id) ? { id, first: -1, last: -1 } : undefined;
    if (range) this.open.push(range);
    const outside = hasClass(node, OUTSIDE_RANGE_CLASSES);
    if (outside) this.outsideRanges += 1;
    this.writeChildren(node as ParentNode);
    if (outside) this.outsideRanges -= 1;
    if (range) {
      this.open.pop();
      if (!this.ranges.has(range.id)) {
        this.ranges.set(range.id, range.first < 0 ? { start: this.length, end: this.length } : { start: range.first, end: range.last });
      }
    }
  }

  private writeText(value: string): void {
    if (value === '') return;
    this.pieces.push(value);
    const start = this.length;
    let points = 0;
    let first = -1;
    let last = -1;
    for (let index = 0; index < value.length; index += 1) {
      const code = value.charCodeAt(index);
      if (isLowSurrogate(code) && index > 0 && value.charCodeAt(index - 1) >= 0xd800 && value.charCodeAt(index - 1) <= 0xdbff) continue;
      if (!isAsciiWhiteSpace(code)) {
        if (first < 0) first = points;
        last = points + 1;
      }
      points += 1;
    }
    this.length += points;
    if (first < 0 || this.outsideRanges > 0) return;
    for (const range of this.open) {
      if (range.first < 0) range.first = start + first;
      range.last = start + last;
    }
  }
}

/** A `<div>` as parse5's context element: the body's HTML is parsed as a div's children. */
const DIV_CONTEXT = defaultTreeAdapter.createElement('div', htmlNamespaces.NS.HTML, []);

/**
 * The text content of the HTML a page puts inside the article's body element, with the range of
 * every element that has an `id` (the first one, if an id occurs twice). See the module
 * documentation for the definition.
 */
export function readPageText(html: string): ArticleText {
  const fragment = parseFragment(DIV_CONTEXT, html, {});
  const writer = new TextContentWriter();
  writer.writeChildren(fragment);
  const text = writer.pieces.join('');
  return { text, codePoints: Array.from(text), ranges: writer.ranges };
}
