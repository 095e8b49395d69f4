/**
 * remarkStripControlCharacters: removes invisible control characters (see control-characters.ts)
 * from the article's text, code, URLs and raw HTML before anything else reads them.
 *
 * Markdown in: `Bell\u0007 here` — HTML out: `<p>Bell here</p>`
 */
import type { Root } from 'mdast';
import { stripControlCharacters } from '../../util/control-characters.ts';
import { forEachNode } from '../../util/for-each-node.ts';

const FIELDS = ['value', 'url', 'alt', 'title'] as const;

/** The plugin; register it first. */
export function remarkStripControlCharacters() {
  return (tree: Root): void => {
    forEachNode(tree, (node) => {
      const record = node as unknown as Record<string, unknown>;
      for (const field of FIELDS) {
        const value = record[field];
        if (typeof value === 'string') record[field] = stripControlCharacters(value);
      }
    });
  };
}
