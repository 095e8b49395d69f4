/**
 * Crawls a served site over HTTP from its home page: every link, stylesheet, image and script a
 * page names on the same origin, and every fragment (`#id`) those links point at.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface CrawlProblem {
  from: string;
  url: string;
  problem: string;
}

export interface CrawlResult {
  /** Every URL fetched (without fragments), with its status. */
  statuses: Map<string, number>;
  problems: CrawlProblem[];
}

const REFERENCES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
];

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  return typeof value === 'string' ? value : undefined;
}

/** Crawls from `start`; follows no redirect (a link to a redirect is a problem: links should be direct). */
export async function crawl(start: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const statuses = new Map<string, number>();
  const problems: CrawlProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const fragmentLinks: { from: string; url: URL }[] = [];
  const queue: { from: string; url: string }[] = [{ from: '(start)', url: start }];
  while (queue.length > 0) {
    const { from, url } = queue.shift()!;
    if (statuses.has(url)) continue;
    const response = await fetch(url, { redirect: 'manual' });
    statuses.set(url, response.status);
    if (response.status !== 200) {
      problems.push({ from, url, problem: `status ${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''}` });
      await response.arrayBuffer();
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('text/html')) {
      await response.arrayBuffer();
      continue;
    }
    const tree = fromHtml(await response.text());
    ids.set(url, new Set(selectAll('[id]', tree).map((element) => attribute(element, 'id') ?? '')));
    for (const [selector, name] of REFERENCES) {
      for (const element of selectAll(selector, tree)) {
        const value = attribute(element, name);
        if (!value) continue;
        const target = new URL(value, url);
        if (target.origin !== origin || !['http:', 'https:'].includes(target.protocol)) continue;
        if (target.hash.length > 1) fragmentLinks.push({ from: url, url: new URL(target) });
        target.hash = '';
        queue.push({ from: url, url: target.href });
      }
    }
  }
  for (const { from, url } of fragmentLinks) {
    const id = decodeURIComponent(url.hash.slice(1));
    const page = `${url.origin}${url.pathname}${url.search}`;
    const pageIds = ids.get(page);
    if (pageIds && !pageIds.has(id)) problems.push({ from, url: url.href, problem: `no element with id "${id}"` });
  }
  return { statuses, problems };
}
