import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Every file of a built site, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page of a built site. */
export function listPages(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** Reads a built file as text. */
export function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Parses a built HTML page. */
export function readPage(dir: string, file: string): Root {
  return fromHtml(readText(dir, file));
}

/** All elements matching a CSS selector. */
export function $$(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

/** The first element matching a CSS selector, or a thrown error naming it. */
export function $(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`No element matches ${selector}`);
  return found;
}

/** Text content of an element, as a browser would render it. */
export function text(node: Root | Element): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** An attribute as a string (class lists joined with spaces). */
export function attr(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}
