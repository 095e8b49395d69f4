/**
 * A link with no words (`[](https://…)`, `<a href="…"></a>`) shows nothing to click and tells a
 * screen reader nothing (axe: "Links must have discernible text"); it gets its address as its
 * words, so the reader sees where it goes. The check warns the author (`empty-link`,
 * validation/markdown-checks.ts) for links written in Markdown.
 */
import type { Element, Root } from 'hast';
import { forEachNode } from '../../util/for-each-node.ts';

/** Whether an element holds any words, or an image with a text alternative. */
function hasName(node: Element): boolean {
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim() !== '') return true;
    if (child.type === 'element') {
      if (child.tagName === 'img' && typeof child.properties['alt'] === 'string' && child.properties['alt'].trim() !== '') return true;
      if (hasName(child)) return true;
    }
  }
  return false;
}

export function rehypeEmptyLinks() {
  return (tree: Root): void => {
    forEachNode(tree, (node) => {
      if (node.type !== 'element') return;
      const link = node as Element;
      const href = link.properties['href'];
      if (link.tagName !== 'a' || typeof href !== 'string' || hasName(link) || link.properties['ariaLabel']) return;
      link.children = [{ type: 'text', value: href }];
    });
  };
}
