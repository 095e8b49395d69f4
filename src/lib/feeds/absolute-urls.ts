import type { Element } from 'hast';

/** Attributes that hold a URL and must be absolute in a feed. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/** Resolves one URL against the page it appears on; non-http(s) or broken URLs are dropped. */
function toAbsolute(value: string, pageUrl: string): string | undefined {
  try {
    const url = new URL(value, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Makes every link and resource of an element absolute, since feed readers have no base URL. */
export function absolutiseUrls(node: Element, pageUrl: string): void {
  for (const name of URL_ATTRIBUTES) {
    const value = node.properties[name];
    if (typeof value !== 'string') continue;
    const absolute = toAbsolute(value, pageUrl);
    if (absolute === undefined) delete node.properties[name];
    else node.properties[name] = absolute;
  }
  // hast keeps `srcset` as one string (`a.png 1x, b.png 2x`), not a list.
  const srcset = node.properties['srcSet'];
  if (typeof srcset === 'string') {
    const candidates = srcset.split(',').flatMap((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      const absolute = toAbsolute(url, pageUrl);
      return absolute === undefined ? [] : [[absolute, ...descriptor].join(' ')];
    });
    if (candidates.length === 0) delete node.properties['srcSet'];
    else node.properties['srcSet'] = candidates.join(', ');
  }
}
