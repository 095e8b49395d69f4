/**
 * An article's words as the search index should hold them: the text a reader reads in the body,
 * without what the page adds around the words (claim numbers, callouts, note labels, lens
 * explanations, screen-reader-only text), with white space as a browser renders it.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { HTML_CLASSES } from '../annotations/markup/contract.ts';
import { hasAnyClass } from '../util/hast-classes.ts';

/** Elements whose text is not the article's. */
const ADDED_BY_THE_PAGE: readonly string[] = [HTML_CLASSES.visuallyHidden, HTML_CLASSES.claimRef, HTML_CLASSES.callouts, HTML_CLASSES.noteLabel, HTML_CLASSES.termExplain];

function prune(parent: Root | Element): void {
  parent.children = parent.children.filter((child) => child.type !== 'element' || !hasAnyClass(child, ADDED_BY_THE_PAGE));
  for (const child of parent.children) if (child.type === 'element') prune(child);
}

/** The plain text of an article's stored HTML, for the search index. */
export function articlePlainText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  prune(tree);
  return toText(tree).replace(/\s+/g, ' ').trim();
}
