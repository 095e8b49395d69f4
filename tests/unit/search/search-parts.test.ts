import { describe, expect, test } from 'vitest';
import { hasShownResult, parseSearchParts, selectShownResult, type SearchParts } from '../../../src/lib/search/search-parts';

const parts: SearchParts = {
  'claim-a': { type: 'Claim', source: 'US officials', status: 'Unverified', filters: { type: ['Claim'], source: ['US officials', 'Financial Times'], sourcing: ['Anonymous', 'News outlet'], status: ['Unverified'] } },
  'claim-b': { type: 'Claim', source: 'Foreign ministry', status: 'Denied', filters: { type: ['Claim'], source: ['Foreign ministry'], sourcing: ['Named official'], status: ['Denied'] } },
  'quote-q': { type: 'Quote', source: 'Steve Tsang', filters: { type: ['Quote'], source: ['Steve Tsang'], sourcing: ['Expert'], status: [] } },
};
const anchors = [
  { id: 'quote-q', title: '“Xi does not want escalation”', location: 40 },
  { id: 'claim-a', title: 'China is ready to help', location: 20 },
  { id: 'claim-b', title: 'No request was made', location: 30 },
  { id: 'not-a-part', text: 'Some heading', location: 35 },
];
const url = '/sub/articles/x/';
const sub = (id: string | undefined, excerpt: string) => ({ title: id ?? 'Title', url: id ? `${url}#${id}` : url, excerpt, ...(id ? { anchor: { id } } : {}) });

describe('the claims and quotes shown under an article result', () => {
  test('with words: the article with its own excerpt, then the parts whose words matched, in reading order', () => {
    const shown = selectShownResult({ url, searched: true, subResults: [sub(undefined, 'the <mark>body</mark>'), sub('claim-b', '<mark>request</mark>'), sub('quote-q', 'no')], anchors, parts, filters: {} });
    expect(shown.article).toBe(true);
    expect(shown.excerpt).toBe('the <mark>body</mark>');
    expect(shown.parts.map((part) => part.url)).toEqual([`${url}#claim-b`, `${url}#quote-q`]);
    expect(shown.parts[0]).toEqual({ type: 'Claim', source: 'Foreign ministry', status: 'Denied', url: `${url}#claim-b`, title: 'claim-b', excerpt: '<mark>request</mark>' });
  });

  test("a filter for claims only leaves out the article itself and the quotes; one for a status leaves out other claims", () => {
    const subResults = [sub(undefined, 'x'), sub('claim-a', 'a'), sub('claim-b', 'b'), sub('quote-q', 'q')];
    const claims = selectShownResult({ url, searched: true, subResults, anchors, parts, filters: { type: 'Claim' } });
    expect(claims.article).toBe(false);
    expect(claims.parts.map((part) => part.url)).toEqual([`${url}#claim-a`, `${url}#claim-b`]);
    const denied = selectShownResult({ url, searched: true, subResults, anchors, parts, filters: { status: 'Denied' } });
    expect(denied.article).toBe(true);
    expect(denied.parts.map((part) => part.url)).toEqual([`${url}#claim-b`]);
    const viaOutlet = selectShownResult({ url, searched: true, subResults, anchors, parts, filters: { source: 'Financial Times', tag: 'china' } });
    expect(viaOutlet.parts.map((part) => part.url)).toEqual([`${url}#claim-a`]);
  });

  test('with filters only: every part the filters select, from the anchors, in reading order', () => {
    const shown = selectShownResult({ url, searched: false, subResults: [], anchors, parts, filters: { sourcing: 'Expert' } });
    expect(shown.parts).toEqual([{ type: 'Quote', source: 'Steve Tsang', url: `${url}#quote-q`, title: '“Xi does not want escalation”' }]);
    const all = selectShownResult({ url, searched: false, subResults: [], anchors, parts, filters: { tag: 'china' } });
    expect(all.parts.map((part) => part.title)).toEqual(['China is ready to help', 'No request was made', '“Xi does not want escalation”']);
  });

  test('an article with nothing to show under a claims-only filter is no result', () => {
    const shown = selectShownResult({ url, searched: true, subResults: [sub(undefined, 'only the body')], anchors, parts, filters: { type: 'Quote' } });
    expect(hasShownResult(shown)).toBe(false);
    expect(hasShownResult(selectShownResult({ url, searched: true, subResults: [sub(undefined, 'x')], anchors, parts, filters: {} }))).toBe(true);
  });

  test('a parts field that is missing or not what the build writes gives no parts, not an error', () => {
    expect(parseSearchParts(undefined)).toEqual({});
    expect(parseSearchParts('not json')).toEqual({});
    expect(parseSearchParts('[1,2]')).toEqual({});
    const shown = selectShownResult({ url, searched: true, subResults: [sub('claim-a', 'a')], anchors, parts: {}, filters: {} });
    expect(shown.parts).toEqual([]);
  });
});
