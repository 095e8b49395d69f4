import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, test } from 'vitest';
import { forEachNode, forEachNodeWithAncestors, someNode } from '../../../src/lib/util/for-each-node';

const tree = fromMarkdown('# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two **bold**\n\n> quoted');

describe('forEachNode', () => {
  test('meets every node once, parents first, in document order, as unist-util-visit does', () => {
    const ours: string[] = [];
    forEachNode(tree, (node) => ours.push(node.type));
    const theirs: string[] = [];
    visit(tree, (node) => {
      theirs.push(node.type);
    });
    expect(ours).toEqual(theirs);
    expect(ours.slice(0, 3)).toEqual(['root', 'heading', 'text']);
  });

  test('someNode stops at the first match and is false when nothing matches', () => {
    let seen = 0;
    expect(
      someNode(tree, (node) => {
        seen += 1;
        return node.type === 'emphasis';
      }),
    ).toBe(true);
    expect(seen).toBe(6);
    expect(someNode(tree, (node) => node.type === 'table')).toBe(false);
  });
});

describe('forEachNodeWithAncestors', () => {
  test('meets every node with its ancestors, root first, as unist-util-visit-parents does', () => {
    const ours: string[] = [];
    forEachNodeWithAncestors(tree, (node, ancestors) => ours.push([...ancestors.map((a) => a.type), node.type].join(' > ')));
    const theirs: string[] = [];
    visitParents(tree, (node, ancestors) => {
      theirs.push([...ancestors.map((a) => a.type), node.type].join(' > '));
    });
    expect(ours).toEqual(theirs);
    expect(ours).toContain('root > list > listItem > paragraph > strong > text');
  });

  test('a node the callback empties is not descended into', () => {
    const copy = fromMarkdown('Some *emphasis* here.');
    const seen: string[] = [];
    forEachNodeWithAncestors<Nodes>(copy, (node) => {
      seen.push(node.type);
      if (node.type === 'emphasis') Object.assign(node, { type: 'text', value: 'x', children: undefined });
    });
    expect(seen).toEqual(['root', 'paragraph', 'text', 'emphasis', 'text']);
  });
});
