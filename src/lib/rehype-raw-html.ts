/**
 * Raw HTML written in an article, parsed into the tree (rehype-raw) so that the sanitiser after it
 * sees real elements. Only when the article has some: rehype-raw re-parses the whole tree through
 * an HTML parser even when there is nothing to parse, and for an article without raw HTML that
 * costs a large share of its render time and gives back the same tree.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import { someNode } from './for-each-node.ts';

/** Whether any node of the tree is raw HTML. */
export function containsRawHtml(tree: Root): boolean {
  return someNode(tree, (node) => node.type === 'raw');
}

export function rehypeRawHtml() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile): Root | undefined => (containsRawHtml(tree) ? parseRaw(tree, file) : undefined);
}
