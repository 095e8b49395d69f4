/**
 * The checkboxes of a GFM task list (`- [x] done`) get the item's words as their accessible
 * name: HTML puts a bare `<input type="checkbox" disabled>` before the text, which a screen
 * reader announces as an unlabelled checkbox (axe: "Form elements must have labels"). A
 * checkbox written in raw HTML outside a task list has nothing to be named after and is left
 * out. Runs after the sanitiser, which lets only disabled checkboxes through.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { forEachNodeWithAncestors } from '../../util/for-each-node.ts';

type Node = Root | RootContent;

/** The item's own words: its text, without nested lists. */
function itemWords(item: Element): string {
  let words = '';
  const walk = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') words += node.value;
      else if (node.type === 'element' && node.tagName !== 'ul' && node.tagName !== 'ol') walk(node.children);
    }
  };
  walk(item.children);
  return words.replace(/\s+/g, ' ').trim();
}

function isTaskItem(node: Node | undefined): node is Element {
  if (node?.type !== 'element' || node.tagName !== 'li') return false;
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes('task-list-item');
}

function isParagraph(node: Node | undefined): boolean {
  return node?.type === 'element' && node.tagName === 'p';
}

/** The task item a checkbox belongs to: its parent, or its paragraph's parent in a loose list. */
function taskItemOf(ancestors: readonly Node[]): Element | undefined {
  const [grandparent, parent] = [ancestors.at(-2), ancestors.at(-1)];
  if (isTaskItem(parent)) return parent;
  return isParagraph(parent) && isTaskItem(grandparent) ? grandparent : undefined;
}

export function rehypeTaskListLabels() {
  return (tree: Root): void => {
    const strays: { input: Element; parent: Node }[] = [];
    forEachNodeWithAncestors<Node>(tree, (node, ancestors) => {
      if (node.type !== 'element' || node.tagName !== 'input') return;
      const item = taskItemOf(ancestors);
      if (item) node.properties['ariaLabel'] = itemWords(item) || 'Task';
      else strays.push({ input: node, parent: ancestors.at(-1)! });
    });
    for (const { input, parent } of strays) {
      if ('children' in parent) parent.children = (parent.children as Node[]).filter((child) => child !== input) as typeof parent.children;
    }
  };
}
