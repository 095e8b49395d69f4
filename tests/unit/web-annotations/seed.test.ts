import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import {
  ANNOTATION_CONTEXT,
  buildAnnotationCollection,
  readPageText,
  type AnnotationCollection,
} from '../../../src/lib/web-annotations/index';
import { renderArticle } from '../../helpers/processor';
import { byElementId, elementIdOf, expectSelectorsHold, textSelectors } from './helpers';

const SEED = new URL('../../../content/articles/china-military-aid-russia.md', import.meta.url);
const ARTICLE_URL = 'https://example.org/articles/china-military-aid-russia/';

const { frontmatter, content } = parseFrontmatter(readFileSync(SEED, 'utf8'));
const { html, annotations } = await renderArticle(content, frontmatter);
const collection: AnnotationCollection = buildAnnotationCollection(html, annotations, {
  articleUrl: ARTICLE_URL,
  title: String(frontmatter['title']),
  published: new Date('2026-11-28'),
});
const text = readPageText(html).text;
const items = collection.first.items;

describe('the seed article as a Web Annotation collection', () => {
  test('is an AnnotationCollection with its one page embedded', () => {
    expect(collection).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      id: `${ARTICLE_URL}annotations.jsonld`,
      type: 'AnnotationCollection',
      label: `Annotations on “${String(frontmatter['title'])}”`,
      total: 27,
      created: '2026-11-28T00:00:00.000Z',
      first: { id: `${ARTICLE_URL}annotations.jsonld#page-1`, type: 'AnnotationPage', partOf: `${ARTICLE_URL}annotations.jsonld`, startIndex: 0 },
      last: `${ARTICLE_URL}annotations.jsonld#page-1`,
    });
    expect(collection).not.toHaveProperty('modified');
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  test('has every claim (14), quote (8) and note (5), once, with unique ids', () => {
    expect([annotations.claims.length, annotations.quotes.length, annotations.notes.length]).toEqual([14, 8, 5]);
    const ids = items.map(elementIdOf);
    expect(new Set(ids).size).toBe(27);
    expect(ids.filter((id) => id.startsWith('claim-')).sort()).toEqual(annotations.claims.map((c) => `claim-${c.id}`).sort());
    expect(ids.filter((id) => id.startsWith('quote-')).sort()).toEqual(annotations.quotes.map((q) => `quote-${q.id}`).sort());
    expect(ids.filter((id) => id.startsWith('note-')).sort()).toEqual(annotations.notes.map((n) => `note-${n.id}`).sort());
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.target).toMatchObject({ type: 'SpecificResource', source: ARTICLE_URL });
      expect(item.target.selector.map((s) => [s.type, s.type === 'CssSelector' ? s.value : '', s.type === 'CssSelector' ? s.refinedBy?.type : ''])).toEqual([
        ['CssSelector', '#article-body', 'TextQuoteSelector'],
        ['CssSelector', '#article-body', 'TextPositionSelector'],
        ['CssSelector', `#${elementIdOf(item)}`, undefined],
      ]);
    }
  });

  test('every exact is in the plain text at its position (code points), with its context', () => {
    expectSelectorsHold(collection, text);
  });

  test('claims and quotes select exactly their words, notes their text without the label', () => {
    const items = byElementId(collection);
    for (const claim of annotations.claims) {
      expect(textSelectors(items.get(`claim-${claim.id}`)!).quote.exact).toBe(claim.text.replace(/\s+/g, ' ').trim());
    }
    for (const quote of annotations.quotes) {
      expect(textSelectors(items.get(`quote-${quote.id}`)!).quote.exact).toBe(quote.text);
    }
    for (const note of annotations.notes) {
      const { exact } = textSelectors(items.get(`note-${note.id}`)!).quote;
      expect(exact).toBe(note.text);
      expect(exact).not.toMatch(/^(Context|Translation note|Caveat|Correction)/);
    }
  });

  test('annotations are in reading order, a claim before the quote inside it', () => {
    const starts = items.map((item) => textSelectors(item).position.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const ids = items.map(elementIdOf);
    expect(ids.indexOf('claim-consequences')).toBe(ids.indexOf('quote-q2') - 1);
    expect(ids.slice(0, 3)).toEqual(['note-n1', 'claim-signal', 'claim-scope']);
  });

  test('the first claim: status, sourcing, source and via, editor’s note', () => {
    const claim = byElementId(collection).get('claim-signal')!;
    expect(claim).toMatchObject({ id: `${ARTICLE_URL}annotations.jsonld#claim-signal`, motivation: 'describing', created: '2026-11-28T00:00:00.000Z' });
    expect(claim.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'classifying', value: 'unverified' },
      { type: 'TextualBody', purpose: 'describing', value: 'Anonymous officials, via Financial Times', format: 'text/plain', language: 'en' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        'schema:roleName': 'by',
        source: {
          id: `${ARTICLE_URL}#source-cable-officials`,
          type: 'Person',
          name: 'Officials with access to US State Department cables',
          'schema:category': 'anonymous',
          'schema:description': 'officials who have access to US State Department diplomatic communications to allies in Europe and Asia',
        },
      },
      {
        type: 'SpecificResource',
        purpose: 'describing',
        'schema:roleName': 'via',
        source: { id: `${ARTICLE_URL}#source-ft`, type: 'Organization', name: 'Financial Times', 'schema:category': 'outlet', 'schema:url': 'https://www.ft.com/' },
      },
      { type: 'TextualBody', purpose: 'commenting', value: '“The communist regime” is the outlet’s wording, not the officials’.', format: 'text/plain', language: 'en' },
    ]);
    expect(textSelectors(claim).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'communist regime is said to have signaled its willingness to provide Russia with military assistance in attacking Ukraine',
      prefix: 'e United States is alarmed: the ',
      suffix: 'Claim 1: see sourcing [Loaded wo',
    });
  });

  test('a denial links to the claim it answers and says it is denied', () => {
    const denial = byElementId(collection).get('claim-embassy-denial')!;
    expect(denial.body).toContainEqual({ type: 'TextualBody', purpose: 'classifying', value: 'denied' });
    expect(denial.body).toContainEqual({ type: 'TextualBody', purpose: 'describing', value: 'Official denial', format: 'text/plain', language: 'en' });
    expect(denial.body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', 'schema:roleName': 'responds', source: `${ARTICLE_URL}annotations.jsonld#claim-request` });
    expect(byElementId(collection).get('claim-request')!.body).toContainEqual({ type: 'TextualBody', purpose: 'classifying', value: 'disputed' });
  });

  test('a quote names its speaker and the claim it sits in', () => {
    const quote = byElementId(collection).get('quote-q6')!;
    expect(quote.motivation).toBe('identifying');
    expect(quote.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        'schema:roleName': 'by',
        source: {
          id: `${ARTICLE_URL}#source-tsang`,
          type: 'Person',
          name: 'Steve Tsang',
          'schema:category': 'expert',
          'schema:description': "director of the China Institute at London's School of Oriental and African Studies (SOAS)",
        },
      },
      { type: 'SpecificResource', purpose: 'linking', 'schema:roleName': 'claim', source: `${ARTICLE_URL}annotations.jsonld#claim-on-russias-side` },
    ]);
  });

  test('a note carries its kind and label', () => {
    const note = byElementId(collection).get('note-n5')!;
    expect(note.motivation).toBe('classifying');
    expect(note.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'note' },
      { type: 'TextualBody', purpose: 'classifying', value: 'caveat' },
      { type: 'TextualBody', purpose: 'describing', value: 'Caveat', format: 'text/plain', language: 'en' },
    ]);
  });

  test('the text is the HTML’s DOM text content: every text node, in order, as written', () => {
    const textNodes: string[] = [];
    visit(fromHtml(html, { fragment: true }), 'text', (node) => {
      textNodes.push(node.value);
    });
    expect(text).toBe(textNodes.join(''));
    // The words of a claim, with the hedge and the loaded wording inside it, are in one piece.
    expect(text).toContain('the communist regime is said to have signaled its willingness');
    expect(text).toContain('in attacking UkraineClaim 1: see sourcing [Loaded wording: The outlet’s label, not the officials’] [Hedge:');
  });
});

describe('parsing the rendered HTML', () => {
  test('parseArticleHtml gives the tree hast-util-from-html gives, without source positions', async () => {
    const { parseArticleHtml } = await import('../../../src/lib/web-annotations/article-text');
    const withoutPositions = (tree: unknown) => JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));
    const hostile = readFileSync(new URL('../../fixtures/sites/hostile/articles/hostile.md', import.meta.url), 'utf8');
    const parsed = parseFrontmatter(hostile);
    const hostileHtml = (await renderArticle(parsed.content, parsed.frontmatter)).html;
    for (const source of [html, hostileHtml, '<p>a<a href="#x">b<a href="#y">c</a></a><table><tr><td>1</td></tr></table>']) {
      const ours = parseArticleHtml(source);
      expect(JSON.stringify(ours)).not.toContain('"position"');
      expect(ours).toEqual(withoutPositions(fromHtml(source, { fragment: true })));
    }
  });
});
