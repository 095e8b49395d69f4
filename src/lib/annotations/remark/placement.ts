/**
 * Where an inline annotation sits in the tree, read from its ancestors (root first): the block
 * its callouts follow, the link its claim number must go after, and the claims and quotes
 * around it.
 */
/// <reference path="../mdast.d.ts" />
import type { Link, Parent, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';

export interface Placement {
  /** The node whose children hold the annotation. */
  parent: Parent;
  /** The outermost link around it, if any. */
  outerLink: Link | undefined;
  /** The top-level block that holds it. */
  block: RootContent;
  /** The innermost claim directive around it, if any. */
  claimNode: TextDirective | undefined;
  /** Whether it sits inside a quote. */
  inQuote: boolean;
}

const isAnnotation = (node: Parent, name: string): node is TextDirective => node.type === 'textDirective' && (node as TextDirective).name === name;

export function placementOf(ancestors: readonly Parent[]): Placement {
  return {
    parent: ancestors.at(-1) as Parent,
    outerLink: ancestors.find((ancestor): ancestor is Link => ancestor.type === 'link'),
    block: ancestors[1] as RootContent,
    claimNode: ancestors.findLast((ancestor) => isAnnotation(ancestor, 'claim')) as TextDirective | undefined,
    inQuote: ancestors.some((ancestor) => isAnnotation(ancestor, 'quote')),
  };
}
