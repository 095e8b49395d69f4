import { describe, expect, test } from 'vitest';
import type { Claim, SourceRef } from '../../../src/lib/annotations/model';
import { filterOptionsOf, searchDocumentOf, type SearchInput } from '../../../src/lib/search/search-inputs';
import { claim } from './annotation-fixtures';

const ministry: SourceRef = { id: 'mfa', name: 'Foreign ministry', kind: 'official' };
const denial = claim({ id: 'no', text: 'No request was made', by: ministry, status: 'denied', sourcing: 'Official denial' });
const input = (id: string, claims: Claim[], tags: string[]): SearchInput => ({
  id, title: `Title ${id}`, description: 'Summary', published: new Date('2026-11-28T00:00:00Z'), tags, claims, quotes: [],
  html: `<p>Body of ${id}<sup class="sourced-claim__ref">[1]</sup>.</p>`, url: `/articles/${id}/`,
});

describe('from what the build knows of an article to what the search holds', () => {
  test("the document holds the article's words as readers read them (no claim numbers) and one section per claim", () => {
    const document = searchDocumentOf(input('a', [denial], ['china']), 'en');
    expect(document.url).toBe('/articles/a/');
    expect(document.records).toBe(2);
    expect(document.content).toContain('<p>Body of a.</p>');
    expect(document.content).toContain('<section id="claim-no" data-pagefind-title="No request was made">');
  });

  test('filter options count over every article, without reading their words', () => {
    const options = filterOptionsOf([input('a', [denial], ['china']), input('b', [], ['china', 'russia']), { ...input('c', [denial], []), html: '<p>unclosed' }], 'en');
    expect(options.status).toEqual([{ value: 'Denied', count: 2 }]);
    expect(options.tag).toEqual([{ value: 'china', count: 2 }, { value: 'russia', count: 1 }]);
    expect(options.type).toEqual([{ value: 'Article', count: 3 }, { value: 'Claim', count: 2 }]);
  });
});
