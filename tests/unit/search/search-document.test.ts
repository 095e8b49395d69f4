import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import type { SourceRef } from '../../../src/lib/annotations/model';
import { buildSearchDocument } from '../../../src/lib/search/search-document';
import { parseSearchParts } from '../../../src/lib/search/search-parts';
import { buildSearchRecords } from '../../../src/lib/search/search-records';
import { claim, ft, quote } from './annotation-fixtures';

const hostile: SourceRef = { id: 'h', name: 'A & B <script>alert(1)</script> "Co"', kind: 'official' };


const records = buildSearchRecords(
  {
    id: 'x', title: 'A <title> & more', description: 'A summary', published: new Date('2026-11-28T00:00:00Z'), tags: ['china', 'arms & aid'],
    text: 'The body text.',
    claims: [claim({ via: ft }), claim({ id: 'denial', number: 2, text: 'No request was made', by: hostile, status: 'denied', sourcing: 'Named official' })],
    quotes: [quote({ text: 'We will <never> "escalate"', by: hostile })],
  },
  '/articles/x/',
  'en',
);
const document = buildSearchDocument(records);
const tree = fromHtml(document.content);
const meta = (name: string) => select(`[data-pagefind-meta="${name}"]`, tree);
const filterValues = (name: string) => selectAll(`[data-pagefind-filter="${name}"]`, tree).map((node) => toText(node));

describe('one search document per article', () => {
  test("is the article's page, holding its records", () => {
    expect(document.url).toBe('/articles/x/');
    expect(document.records).toBe(4);
    expect(select('html', tree)?.properties['lang']).toBe('en');
  });

  test("the article's words come first, then a section per claim and quote, anchored where the article page has it", () => {
    const body = select('[data-pagefind-body]', tree)!;
    const sections = selectAll('section', body);
    expect(sections.map((section) => section.properties['id'])).toEqual(['claim-c1', 'claim-denial', 'quote-q1']);
    expect(sections.map((section) => section.properties['dataPagefindTitle'])).toEqual(['China is ready to help', 'No request was made', '“We will <never> "escalate"”']);
    expect(toText(sections[0]!)).toContain('US officials, Financial Times');
    const words = toText(body);
    expect(words.indexOf('The body text.')).toBeLessThan(words.indexOf('No request was made'));
  });

  test("carries every record's filter values, so Pagefind finds the article by any of them", () => {
    expect(filterValues('type')).toEqual(['Article', 'Claim', 'Quote']);
    expect(filterValues('status')).toEqual(['Denied', 'Unverified']);
    expect(filterValues('tag')).toEqual(['arms & aid', 'china']);
    expect(filterValues('source')).toContain('A & B <script>alert(1)</script> "Co"');
  });

  test("keeps each claim's and quote's own values in the meta field the search page reads", () => {
    const parts = parseSearchParts(toText(meta('parts')!));
    expect(Object.keys(parts)).toEqual(['claim-c1', 'claim-denial', 'quote-q1']);
    expect(parts['claim-denial']).toMatchObject({ type: 'Claim', status: 'Denied', filters: { status: ['Denied'], type: ['Claim'] } });
    expect(parts['quote-q1']).toMatchObject({ type: 'Quote', source: 'A & B <script>alert(1)</script> "Co"', filters: { status: [] } });
    expect(toText(meta('title')!)).toBe('A <title> & more');
  });

  test('names and texts are escaped: nothing in them becomes markup', () => {
    expect(selectAll('script, never', tree)).toEqual([]);
    expect(document.content).not.toContain('<script>');
    expect(toText(select('#quote-q1', tree)!)).toContain('We will <never> "escalate"');
  });

  test('the filters and meta are not words of the article', () => {
    const ignored = select('[data-pagefind-ignore]', tree)!;
    expect(selectAll('[data-pagefind-meta], [data-pagefind-filter]', tree).every((node) => ignored.children.includes(node))).toBe(true);
  });

  test('refuses records that do not start with the article', () => {
    expect(() => buildSearchDocument(records.slice(1))).toThrow(/starts with the record of its article/);
  });
});
