import { expect, test } from 'vitest';
import { countFilterOptions } from '../../../src/lib/search/filter-options';
import type { SearchRecord } from '../../../src/lib/search/search-records';

const record = (type: string, filters: SearchRecord['filters']): SearchRecord => ({ url: '/x/', content: '', language: 'en', meta: { type }, filters: { type: [type], ...filters } });

test('each filter lists its values in alphabetical order; tags count articles, sources and statuses count claims and quotes', () => {
  const options = countFilterOptions([
    record('Article', { source: ['Steve Tsang', 'Financial Times'], status: ['Denied'], tag: ['china'] }),
    record('Claim', { source: ['Financial Times'], status: ['Denied'], tag: ['china'] }),
    record('Quote', { source: ['Steve Tsang'], tag: ['china'] }),
    record('Quote', { source: ['Steve Tsang'], tag: ['china'] }),
    record('Article', { tag: ['russia'] }),
  ]);
  expect(options.type).toEqual([{ value: 'Article', count: 2 }, { value: 'Claim', count: 1 }, { value: 'Quote', count: 2 }]);
  expect(options.source).toEqual([{ value: 'Financial Times', count: 1 }, { value: 'Steve Tsang', count: 2 }]);
  expect(options.status).toEqual([{ value: 'Denied', count: 1 }]);
  expect(options.tag).toEqual([{ value: 'china', count: 1 }, { value: 'russia', count: 1 }]);
});
