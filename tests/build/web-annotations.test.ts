import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { sliceCodePoints, toArticlePlainText } from '../../src/lib/web-annotations/index';
import { builtSite, TEST_SITE_URL } from '../helpers/build-site';
import { $, $$, attr, readPage, readText } from '../helpers/dist';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

describe.each([
  { build: 'seed' as const, slug: 'china-military-aid-russia', counts: { claim: 14, quote: 8, note: 5, term: 8 } },
  { build: 'fixtures-sub' as const, slug: 'wire-report', counts: { claim: 3, quote: 1, note: 1, term: 0 } },
])('the Web Annotation collection of $slug', ({ build, slug, counts }) => {
  const dist = builtSite(build);
  const page = readPage(dist, `articles/${slug}/index.html`);
  const collection = JSON.parse(readText(dist, `articles/${slug}/annotations.jsonld`));
  const items: { id: string; target: { source: string; selector: Selector[] } }[] = collection.first.items;
  const plainText = toArticlePlainText(toHtml(($(page, '.article__body') as Element).children));

  test('is linked from the article page and describes every claim, quote, note and term', () => {
    const link = $$(page, 'link[rel="alternate"][type="application/ld+json"]')[0]!;
    expect(attr(link, 'href')).toMatch(new RegExp(`articles/${slug}/annotations\\.jsonld$`));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(items.length);
    for (const [kind, count] of Object.entries(counts)) {
      expect(items.filter((item) => item.id.includes(`#${kind}-`)), kind).toHaveLength(count);
    }
    for (const item of items) expect(item.target.source.startsWith(TEST_SITE_URL)).toBe(true);
  });

  test('every exact text is found at its position in the page’s text, with its prefix and suffix around it', () => {
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      expect(quote.exact!.length, item.id).toBeGreaterThan(0);
      expect(sliceCodePoints(plainText, position.start!, position.end!), item.id).toBe(quote.exact);
      expect(sliceCodePoints(plainText, position.start! - [...(quote.prefix ?? '')].length, position.start!), item.id).toBe(quote.prefix ?? '');
      expect(sliceCodePoints(plainText, position.end!, position.end! + [...(quote.suffix ?? '')].length), item.id).toBe(quote.suffix ?? '');
    }
  });
});
