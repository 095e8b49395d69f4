/**
 * The Web Annotation export as a real client reads it: every annotation of every article's
 * `annotations.jsonld` is resolved on the article's page in Chromium by Apache Annotator
 * (`@apache-annotator/dom`, the Apache reference implementation of the W3C selectors), by its
 * quote and by its position, honouring `refinedBy`. Each must match exactly once, and the match
 * must be the annotation's words: the annotated element's text (a note's without its label), in
 * that element.
 */
import { describe, expect, test } from 'vitest';
import { addApacheAnnotator } from '../helpers/apache-annotator';
import { builtSite, buildSite } from '../helpers/build-site';
import { useBrowserAndSite } from '../helpers/browser';
import { listFiles, readText } from '../helpers/dist';

interface Selector {
  type: string;
  value?: string;
  refinedBy?: Selector;
}

interface Annotation {
  id: string;
  target: { selector: Selector[] };
}

/** What resolving one selector of one annotation gave. */
interface Resolution {
  annotation: string;
  selector: string;
  matches: { text: string; insideElement: boolean }[];
  words: string;
}

/** Annotations in every place an analyst may put them (links, lists, tables, notes, footnotes, headings…). */
function buildEdgeCases(): string {
  const result = buildSite({ name: 'anchoring', contentDir: 'tests/fixtures/sites/anchoring' });
  if (result.exitCode !== 0) throw new Error(`The anchoring fixture build failed:\n${result.output}`);
  return result.outDir;
}

const SITES = [
  { build: 'seed', base: '/', dist: () => builtSite('seed') },
  { build: 'fixtures', base: '/', dist: () => builtSite('fixtures') },
  { build: 'fixtures-sub', base: '/sub/', dist: () => builtSite('fixtures-sub') },
  { build: 'hostile', base: '/', dist: () => builtSite('hostile') },
  { build: 'anchoring', base: '/', dist: buildEdgeCases },
] as const;

describe.each(SITES)('Web Annotations of the $build site, anchored by Apache Annotator in Chromium', ({ base, dist: getDist }) => {
  const dist = getDist();
  const site = useBrowserAndSite(dist, base);
  const slugs = listFiles(dist)
    .map((file) => /^articles\/([^/]+)\/annotations\.jsonld$/.exec(file)?.[1])
    .filter((slug): slug is string => slug !== undefined)
    .sort();

  test('the site has annotated articles', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  test.each(slugs)('%s: every quote and position selector matches exactly once, on the annotation’s words', async (slug) => {
    const items: Annotation[] = JSON.parse(readText(dist, `articles/${slug}/annotations.jsonld`)).first.items;
    expect(items.length).toBeGreaterThan(0);
    // bypassCSP: the page's policy allows no script; the page itself runs none.
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}articles/${slug}/`);
    await addApacheAnnotator(page);
    const resolutions: Resolution[] = await page.evaluate(async (annotations) => {
      const anchor = (window as unknown as { sourcedAnchor: (selector: unknown) => Promise<Range[]> }).sourcedAnchor;
      const trimAscii = (value: string) => value.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
      const results: Resolution[] = [];
      for (const annotation of annotations) {
        const elementSelector = annotation.target.selector.find((s) => s.type === 'CssSelector' && !s.refinedBy);
        const element = elementSelector?.value ? document.querySelector(elementSelector.value) : null;
        // The annotation's words: the element's text, a note's without its label.
        const copy = element?.cloneNode(true) as Element | undefined;
        copy?.querySelectorAll('.sourced-note__label').forEach((label) => label.remove());
        const words = trimAscii(copy?.textContent ?? '');
        // Offsets in the page's text, so that a match ending a text node and one starting the next compare equal.
        const offsetOf = (node: Node, offset: number) => {
          const before = document.createRange();
          before.setStart(document.body, 0);
          before.setEnd(node, offset);
          return before.toString().length;
        };
        const elementStart = element ? offsetOf(element, 0) : -1;
        const elementEnd = element ? elementStart + (element.textContent ?? '').length : -1;
        const textSelectors = annotation.target.selector.filter((s) => ['TextQuoteSelector', 'TextPositionSelector'].includes(s.refinedBy?.type ?? s.type));
        for (const selector of textSelectors) {
          const matches = (await anchor(selector)).map((range) => ({
            text: range.toString(),
            insideElement: element !== null && offsetOf(range.startContainer, range.startOffset) >= elementStart && offsetOf(range.endContainer, range.endOffset) <= elementEnd,
          }));
          results.push({ annotation: annotation.id, selector: selector.refinedBy?.type ?? selector.type, matches, words });
        }
      }
      return results;
    }, items);
    await context.close();

    // Both kinds of text selector, for every annotation.
    expect(resolutions.filter((r) => r.selector === 'TextQuoteSelector')).toHaveLength(items.length);
    expect(resolutions.filter((r) => r.selector === 'TextPositionSelector')).toHaveLength(items.length);
    const failures = resolutions
      .filter(({ matches, words }) => words === '' || matches.length !== 1 || matches[0]!.text !== words || !matches[0]!.insideElement)
      .map(({ annotation, selector, matches, words }) => `${annotation} ${selector}: ${JSON.stringify(matches)}, expected once: ${JSON.stringify(words)}`);
    expect(failures).toEqual([]);
  });
});
