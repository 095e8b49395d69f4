/**
 * Table cells aligned in GFM syntax (`| :-: |`) come out of Markdown with an `align` attribute,
 * which HTML has made obsolete and the site's Content-Security-Policy would not let an inline
 * style replace; they get a class instead (`align-left`, `align-center`, `align-right`), which
 * the stylesheet aligns. Runs after the sanitiser, which keeps `align` only on cells and only
 * with those three values.
 */
import type { Element, Root } from 'hast';
import { forEachNode } from '../../util/for-each-node.ts';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

export function rehypeTableAlignment() {
  return (tree: Root): void => {
    forEachNode(tree, (node) => {
      if (node.type !== 'element') return;
      const { properties, tagName } = node as Element;
      const align = properties['align'];
      if (align === undefined || (tagName !== 'td' && tagName !== 'th')) return;
      delete properties['align'];
      if (typeof align !== 'string' || !ALIGNMENTS.has(align)) return;
      const classes = Array.isArray(properties['className']) ? properties['className'] : [];
      properties['className'] = [...classes, `align-${align}`];
    });
  };
}
