import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { listPages, readPage } from './dist';

const ORIGIN = 'https://site.test';
const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/** A link inside the site that does not resolve. */
export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

/** The dist file a root-relative URL path serves, if it exists. */
export function resolveToFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [join(rest, 'index.html')] : [rest, join(rest, 'index.html')];
  return candidates.find((file) => existsSync(join(dist, file)) && statSync(join(dist, file)).isFile());
}

/** Ids and `a[name]` anchors of a page. */
function getAnchors(dist: string, file: string, cache: Map<string, Set<string>>): Set<string> {
  let anchors = cache.get(file);
  if (!anchors) {
    const found = new Set<string>();
    visit(readPage(dist, file), 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string') found.add(id);
      const name = node.properties['name'];
      if (node.tagName === 'a' && typeof name === 'string') found.add(name);
    });
    anchors = found;
    cache.set(file, anchors);
  }
  return anchors;
}

/** The URL path a page of dist is served at, under the base. */
function pageUrlPath(base: string, file: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Crawls every HTML page of a built site and returns every internal link, resource or fragment
 * that does not resolve when the site is served under `base`. Also counts what was checked.
 */
export function findBrokenLinks(dist: string, base: string): { checked: number; broken: BrokenLink[] } {
  const anchors = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of listPages(dist)) {
    const pageUrl = new URL(pageUrlPath(base, page), ORIGIN);
    visit(readPage(dist, page), 'element', (node) => {
      const values: string[] = [];
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') values.push(value);
      }
      const srcset = node.properties['srcSet'];
      if (typeof srcset === 'string') values.push(...srcset.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? ''));
      for (const value of values) {
        const url = new URL(value, pageUrl);
        if (url.origin !== ORIGIN) continue;
        checked++;
        const target = resolveToFile(dist, base, url.pathname);
        if (!target) {
          broken.push({ page, url: value, reason: `no file for ${url.pathname}` });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !getAnchors(dist, target, anchors).has(fragment)) {
          broken.push({ page, url: value, reason: `no element with id "${fragment}" in ${target}` });
        }
      }
    });
  }
  return { checked, broken };
}
