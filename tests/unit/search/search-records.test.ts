import { describe, expect, test } from 'vitest';
import { buildSearchRecords } from '../../../src/lib/search/search-records';
import { claim, ft, quote, tsang } from './annotation-fixtures';

const records = buildSearchRecords(
  {
    id: 'x', title: 'A title', description: 'A summary', published: new Date('2026-11-28T00:00:00Z'), tags: ['china'],
    text: 'The body text.',
    claims: [claim({ via: ft }), claim({ id: 'denial', number: 2, text: 'No request was made', by: tsang, status: 'denied', sourcing: 'Expert' })],
    quotes: [quote()],
  },
  '/articles/x/',
  'en',
);

describe('search records', () => {
  test('one for the article, then one per claim and quote, each linked to its place', () => {
    expect(records.map((record) => record.url)).toEqual(['/articles/x/', '/articles/x/#claim-c1', '/articles/x/#claim-denial', '/articles/x/#quote-q1']);
    expect(records.map((record) => record.meta['type'])).toEqual(['Article', 'Claim', 'Claim', 'Quote']);
  });

  test('the article is found by its words and by the names of everyone it cites', () => {
    const [article] = records;
    expect(article!.content).toContain('The body text.');
    expect(article!.content).toContain('Steve Tsang');
    expect(article!.content).toContain('Financial Times');
    expect(article!.filters).toEqual({
      type: ['Article'],
      source: ['Financial Times', 'Steve Tsang', 'US officials'],
      sourcing: ['Anonymous', 'Expert', 'News outlet'],
      status: ['Denied', 'Unverified'],
      tag: ['china'],
    });
  });

  test('a claim carries its source, the outlet it came through and its status, as words and as filters', () => {
    const first = records[1]!;
    expect(first.content).toContain('US officials, Financial Times');
    expect(first.meta).toMatchObject({ title: 'China is ready to help', status: 'Unverified', article: 'A title' });
    expect(first.filters).toMatchObject({ source: ['Financial Times', 'US officials'], sourcing: ['Anonymous', 'News outlet'], status: ['Unverified'] });
  });

  test('a quote carries its speaker', () => {
    const last = records[3]!;
    expect(last.content).toContain('Steve Tsang');
    expect(last.meta).toMatchObject({ title: '“I doubt Xi wants escalation”', source: 'Steve Tsang' });
    expect(last.filters).toMatchObject({ type: ['Quote'], source: ['Steve Tsang'], sourcing: ['Expert'] });
  });
});
