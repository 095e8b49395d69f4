import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { readPageText, sliceCodePoints } from '../../src/lib/web-annotations/index';
import { builtSite, TEST_SITE_URL } from '../helpers/build-site';
import { $, $$, attr, readPage, readText } from '../helpers/dist';

interface Selector {
  type: string;
  value?: string;
  refinedBy?: Selector;
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
  // The text content of the page's body element, which the quote and position selectors refine.
  const bodyText = readPageText(toHtml(($(page, '#article-body') as Element).children)).text;

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
      const refined = item.target.selector.filter((s) => s.type === 'CssSelector' && s.value === '#article-body').map((s) => s.refinedBy!);
      const quote = refined.find((s) => s.type === 'TextQuoteSelector')!;
      const position = refined.find((s) => s.type === 'TextPositionSelector')!;
      expect(quote.exact!.length, item.id).toBeGreaterThan(0);
      expect(sliceCodePoints(bodyText, position.start!, position.end!), item.id).toBe(quote.exact);
      expect(sliceCodePoints(bodyText, position.start! - [...(quote.prefix ?? '')].length, position.start!), item.id).toBe(quote.prefix ?? '');
      expect(sliceCodePoints(bodyText, position.end!, position.end! + [...(quote.suffix ?? '')].length), item.id).toBe(quote.suffix ?? '');
    }
  });
});
