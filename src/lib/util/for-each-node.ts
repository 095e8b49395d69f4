/**
 * Calls `callback` on every node of a unist tree (mdast or hast), parents before children, in
 * document order. For read-only passes over whole trees: it allocates no ancestor lists, which
 * makes it several times cheaper than `unist-util-visit` on the large trees of a full build.
 * The callback must not add or remove nodes; use `unist-util-visit` for that.
 */
interface AnyNode {
  type: string;
  children?: AnyNode[];
}

export function forEachNode<Tree extends AnyNode>(tree: Tree, callback: (node: AnyNode) => void): void {
  someNode(tree, (node) => {
    callback(node);
    return false;
  });
}

/** Whether any node of the tree passes `test` (stops at the first). */
export function someNode<Tree extends AnyNode>(tree: Tree, test: (node: AnyNode) => boolean): boolean {
  const stack: AnyNode[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (test(node)) return true;
    const { children } = node;
    if (children) for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
  return false;
}

/**
 * Calls `callback` on every node in document order, parents before children, with the node's
 * ancestors (root first). One array serves the whole walk: read it during the call, do not keep
 * it. The callback may change the node itself (its children are read after the call) but not
 * its parent's list of children.
 */
export function forEachNodeWithAncestors<Node extends AnyNode>(tree: Node, callback: (node: Node, ancestors: readonly Node[]) => void): void {
  const ancestors: Node[] = [];
  const walk = (node: Node): void => {
    callback(node, ancestors);
    const children = node.children as Node[] | undefined;
    if (!children) return;
    ancestors.push(node);
    for (const child of children) walk(child);
    ancestors.pop();
  };
  walk(tree);
}
