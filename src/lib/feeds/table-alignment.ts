/**
 * Table cells aligned in the article (`align-left`, `align-center`, `align-right` classes, see
 * rehype-table-alignment.ts) get back the `align` attribute in feeds: a feed reader does not load
 * the site's stylesheet, but most still honour `align`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { FeedHtmlTransform } from './html.ts';

const ALIGNMENT_CLASS = /^align-(left|center|right)$/;

export const feedTableAlignment: FeedHtmlTransform = (tree: Root) => {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'td' && node.tagName !== 'th') return;
    const classes = node.properties['className'];
    if (!Array.isArray(classes)) return;
    const alignment = classes.map((name) => ALIGNMENT_CLASS.exec(String(name))?.[1]).find(Boolean);
    if (!alignment) return;
    node.properties['align'] = alignment;
    const rest = classes.filter((name) => !ALIGNMENT_CLASS.test(String(name)));
    if (rest.length > 0) node.properties['className'] = rest;
    else delete node.properties['className'];
  });
};
