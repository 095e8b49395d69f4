import type { Element } from 'hast';

/** Whether a hast element has any of the classes `names`. */
export function hasAnyClass(node: Element, names: readonly string[]): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.some((name) => names.includes(String(name)));
}
