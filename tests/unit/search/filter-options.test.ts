import { expect, test } from 'vitest';
import { countFilterOptions } from '../../../src/lib/search/filter-options';
import type { SearchRecord } from '../../../src/lib/search/search-records';

const record = (filters: SearchRecord['filters']): SearchRecord => ({ url: '/x/', content: '', language: 'en', meta: {}, filters });

test('each filter lists its values in alphabetical order with how many records carry them', () => {
  const options = countFilterOptions([
    record({ type: ['Article'], source: ['Steve Tsang', 'Financial Times'], tag: ['china'] }),
    record({ type: ['Quote'], source: ['Steve Tsang'], tag: ['china'] }),
  ]);
  expect(options.type).toEqual([{ value: 'Article', count: 1 }, { value: 'Quote', count: 1 }]);
  expect(options.source).toEqual([{ value: 'Financial Times', count: 1 }, { value: 'Steve Tsang', count: 2 }]);
  expect(options.status).toEqual([]);
  expect(options.tag).toEqual([{ value: 'china', count: 2 }]);
});
