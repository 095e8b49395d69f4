/**
 * Directive nodes as remark-directive parses them (`:name[label]{attributes}` is a text
 * directive, `::name` a leaf, `:::name` a container), and how they were written.
 */
/// <reference path="../mdast.d.ts" />
import type { Nodes } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';

/** Any directive node. */
export type Directive = TextDirective | LeafDirective | ContainerDirective;

export function isDirective(node: Nodes): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

/** The directive's colons and name as written: `:claim`, `::claim`, `:::note`. */
export function directiveSyntax(node: Directive): string {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  return `${colons}${node.name}`;
}

/**
 * `:claim` with no `[` at all in its source: usually an unclosed `[` (then the rest of the line
 * is plain text after it).
 */
export function isBare(node: TextDirective, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined && !source.slice(start, end).includes('[');
}
