import { describe, expect, test } from 'vitest';
import {
  ANNOTATION_CONTEXT,
  buildAnnotationCollection,
  DEFAULT_ANNOTATION_KINDS,
  escapeCssIdentifier,
  MissingAnnotationTextError,
  TERM_ANNOTATIONS,
  readPageText,
  type AnnotationKind,
} from '../../../src/lib/web-annotations/index';
import { readStoredAnnotations } from '../../../src/lib/render/article-data';
import { createDeferredArticleRenderer } from '../../../src/lib/render/renderer';
import { renderArticle, TEST_SOURCES } from '../../helpers/processor';
import { ARTICLE_URL, byElementId, collectionOf, elementIdOf, expectSelectorsHold, METADATA } from './helpers';

const MARKDOWN = [
  'US officials say :claim[the :term[regime]{kind=loaded note="The outlet’s word"} apparently offered aid]{#aid by=us-officials via=ft status=disputed}.',
  '',
  'The embassy said :claim[it knew of no such offer]{by=embassy responds=aid status=denied}. “:quote[We regret it]{by=tsang}”, Tsang said.',
  '',
  ':::note{kind=correction}',
  'An earlier version named the wrong embassy.',
  ':::',
].join('\n');

describe('buildAnnotationCollection', () => {
  test('plain JSON: no undefined, no @context on the items, survives a JSON round trip', async () => {
    const { collection } = await collectionOf(MARKDOWN);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
    expect(JSON.stringify(collection)).not.toContain('undefined');
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    for (const item of collection.first.items) expect(item).not.toHaveProperty('@context');
    expect(collection.total).toBe(collection.first.items.length);
    expect(collection.first.items.map(elementIdOf)).toEqual(['claim-aid', 'claim-c1', 'quote-q1', 'note-n1']);
  });

  test('dates: published is created; updated, when given, is modified on the collection and every annotation', async () => {
    const { html, annotations } = await renderArticle(MARKDOWN);
    const collection = buildAnnotationCollection(html, annotations, { ...METADATA, updated: new Date('2026-12-01T10:30:00Z') });
    expect(collection).toMatchObject({ created: '2026-11-28T00:00:00.000Z', modified: '2026-12-01T10:30:00.000Z' });
    for (const item of collection.first.items) expect(item).toMatchObject({ created: '2026-11-28T00:00:00.000Z', modified: '2026-12-01T10:30:00.000Z' });
  });

  test('ids derive from the article URL, with or without a trailing slash, fragment or query', async () => {
    const { html, annotations } = await renderArticle(MARKDOWN);
    for (const articleUrl of ['https://example.org/articles/test', 'https://example.org/articles/test/#top', 'https://example.org/articles/test/?x=1']) {
      const collection = buildAnnotationCollection(html, annotations, { ...METADATA, articleUrl });
      expect(collection.id).toBe('https://example.org/articles/test/annotations.jsonld');
      expect(collection.first.items[0]!.id).toBe('https://example.org/articles/test/annotations.jsonld#claim-aid');
      expect(collection.first.items[0]!.target.source).toBe(articleUrl);
    }
  });

  test('options: collection URL, source IRIs, label, context length', async () => {
    const { html, annotations } = await renderArticle(MARKDOWN);
    const collection = buildAnnotationCollection(html, annotations, METADATA, {
      collectionUrl: 'https://cdn.example.org/a.jsonld',
      sourceUrl: (source) => `https://example.org/sources/${source.id}/`,
      label: 'Custom',
      contextLength: 5,
    });
    expect(collection).toMatchObject({ id: 'https://cdn.example.org/a.jsonld', label: 'Custom', last: 'https://cdn.example.org/a.jsonld#page-1' });
    const denial = byElementId(collection).get('claim-c1')!;
    expect(denial.id).toBe('https://cdn.example.org/a.jsonld#claim-c1');
    expect(denial.body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', 'schema:roleName': 'responds', source: 'https://cdn.example.org/a.jsonld#claim-aid' });
    expect(denial.body).toContainEqual(
      expect.objectContaining({ 'schema:roleName': 'by', source: expect.objectContaining({ id: 'https://example.org/sources/embassy/', type: 'Organization', 'schema:category': 'government' }) }),
    );
    expect(denial.target.selector[0]).toEqual({
      type: 'CssSelector',
      value: '#article-body',
      refinedBy: { type: 'TextQuoteSelector', exact: 'it knew of no such offer', prefix: 'said ', suffix: 'Claim' },
    });
  });

  test('a claim’s bodies: status, sourcing, by and via, no note when there is none', async () => {
    const { collection } = await collectionOf(MARKDOWN);
    const claim = byElementId(collection).get('claim-aid')!;
    expect(claim.body.map((body) => [body.type, body.purpose, 'schema:roleName' in body ? body['schema:roleName'] : body.value])).toEqual([
      ['TextualBody', 'tagging', 'claim'],
      ['TextualBody', 'classifying', 'disputed'],
      ['TextualBody', 'describing', 'Anonymous officials, via Financial Times'],
      ['SpecificResource', 'identifying', 'by'],
      ['SpecificResource', 'describing', 'via'],
    ]);
  });

  test('a note’s label is its kind’s label', async () => {
    const { collection } = await collectionOf(MARKDOWN);
    expect(byElementId(collection).get('note-n1')!.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'note' },
      { type: 'TextualBody', purpose: 'classifying', value: 'correction' },
      { type: 'TextualBody', purpose: 'describing', value: 'Correction', format: 'text/plain', language: 'en' },
    ]);
  });

  test('a titled note’s label includes its title', async () => {
    const { collection } = await collectionOf(':::note[Who said this?]{kind=caveat}\nNobody.\n:::');
    expect(collection.first.items[0]!.body).toContainEqual({ type: 'TextualBody', purpose: 'describing', value: 'Caveat: Who said this?', format: 'text/plain', language: 'en' });
  });
});

describe('kinds of annotation', () => {
  test('claims, quotes and notes by default; terms on request, without changing the text', async () => {
    expect(DEFAULT_ANNOTATION_KINDS.map((kind) => kind.name)).toEqual(['claim', 'quote', 'note']);
    const { html, collection } = await collectionOf(MARKDOWN, { kinds: [...DEFAULT_ANNOTATION_KINDS, TERM_ANNOTATIONS] });
    expectSelectorsHold(collection, readPageText(html).text);
    const items = byElementId(collection);
    expect(collection.first.items.map(elementIdOf)).toEqual(['claim-aid', 'term-t1', 'term-t2', 'claim-c1', 'quote-q1', 'note-n1']);
    expect(items.get('term-t1')!.target.selector[0]).toMatchObject({ refinedBy: { exact: 'regime' } });
    expect(items.get('term-t1')!.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'term' },
      { type: 'TextualBody', purpose: 'classifying', value: 'loaded' },
      { type: 'TextualBody', purpose: 'describing', value: 'Loaded wording', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'commenting', value: 'The outlet’s word', format: 'text/plain', language: 'en' },
    ]);
    expect(items.get('term-t2')!.target.selector[0]).toMatchObject({ refinedBy: { exact: 'apparently' } });
    expect(items.get('term-t2')!.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'automatic' });
  });

  test('a new kind only names elements, a motivation and bodies; the builder does the rest', async () => {
    const highlights: AnnotationKind = {
      name: 'highlight',
      annotate: ({ element }) => (element('quote-q1') ? [{ elementId: 'quote-q1', motivation: 'highlighting', body: [] }] : []),
    };
    const { html, collection } = await collectionOf(MARKDOWN, { kinds: [highlights] });
    expect(collection.total).toBe(1);
    expect(collection.first.items[0]).toMatchObject({
      id: `${ARTICLE_URL}annotations.jsonld#quote-q1`,
      motivation: 'highlighting',
      body: [],
      target: {
        selector: [
          { type: 'CssSelector', value: '#article-body', refinedBy: { exact: 'We regret it' } },
          { type: 'CssSelector', value: '#article-body', refinedBy: { type: 'TextPositionSelector' } },
          { type: 'CssSelector', value: '#quote-q1' },
        ],
      },
    });
    expectSelectorsHold(collection, readPageText(html).text);
  });

  test('an annotation without text in the HTML is an error, not a silent gap', async () => {
    const { html, annotations } = await renderArticle(MARKDOWN);
    const withoutClaim = html.replace('id="claim-aid"', 'id="something-else"');
    expect(() => buildAnnotationCollection(withoutClaim, annotations, METADATA)).toThrow(MissingAnnotationTextError);
    expect(() => buildAnnotationCollection(withoutClaim, annotations, METADATA)).toThrow(/claim annotation `#claim-aid`/);
    expect(() => buildAnnotationCollection('<p>Nothing</p>', annotations, METADATA)).toThrow(MissingAnnotationTextError);
  });

  test('an article without annotations is an empty collection', async () => {
    const { collection } = await collectionOf('Just text.');
    expect(collection).toMatchObject({ total: 0, first: { items: [] } });
  });
});

describe('the article’s text given by the caller', () => {
  const deferred = createDeferredArticleRenderer();
  const kinds = [...DEFAULT_ANNOTATION_KINDS, TERM_ANNOTATIONS];

  test('gives the collection reading the HTML gives, without parsing the HTML', async () => {
    const { code, metadata } = await deferred.render(MARKDOWN, { frontmatter: { sources: TEST_SOURCES } });
    const annotations = readStoredAnnotations(metadata);
    const articleText = readPageText(code);
    const parsed = buildAnnotationCollection(code, annotations, METADATA, { kinds });
    expect(parsed.total).toBe(6);
    expect(buildAnnotationCollection(code, annotations, METADATA, { kinds, articleText })).toEqual(parsed);
    // The HTML is not read at all: an empty string gives the same collection.
    expect(buildAnnotationCollection('', annotations, METADATA, { kinds, articleText })).toEqual(parsed);
  });

  test('a kind that asks for an element still gets it (the HTML is parsed then)', async () => {
    const { code, metadata } = await deferred.render(MARKDOWN, { frontmatter: { sources: TEST_SOURCES } });
    const labels: string[] = [];
    const noteLabels: AnnotationKind = {
      name: 'note-label',
      annotate: ({ element, tree }) => {
        labels.push(String(element('note-n1')?.children.length), tree.type);
        return [];
      },
    };
    buildAnnotationCollection(code, readStoredAnnotations(metadata), METADATA, { kinds: [noteLabels], articleText: readPageText(code) });
    expect(labels).toEqual(['2', 'root']);
  });
});

describe('escapeCssIdentifier', () => {
  test('escapes what CSS needs escaped and keeps the rest', () => {
    expect(escapeCssIdentifier('claim-c1')).toBe('claim-c1');
    expect(escapeCssIdentifier('1a')).toBe('\\31 a');
    expect(escapeCssIdentifier('-1')).toBe('-\\31 ');
    expect(escapeCssIdentifier('a.b:c')).toBe('a\\.b\\:c');
    expect(escapeCssIdentifier('é中')).toBe('é中');
  });
});
