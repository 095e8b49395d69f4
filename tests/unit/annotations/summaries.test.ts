import { describe, expect, test } from 'vitest';
import { countQuotesBySpeaker, countSourceUsage, pluralise } from '../../../src/lib/annotations/index';
import { renderArticle, TEST_SOURCES } from '../../helpers/processor';

const markdown = [
  '“:quote[one]{by=tsang},” Tsang said. :claim[A claim]{by=us-officials via=ft}.',
  '',
  '“:quote[two]{by=embassy}.” “:claim[:quote[three]{by=tsang}]{by=tsang}.”',
].join('\n');

describe('countQuotesBySpeaker', () => {
  test('lists speakers in order of their first quote with their counts', async () => {
    const { annotations } = await renderArticle(markdown);
    expect(countQuotesBySpeaker(annotations.quotes).map(({ speaker, count }) => `${speaker.name}: ${count}`)).toEqual([
      'Steve Tsang: 2',
      'Chinese embassy in the US: 1',
    ]);
  });
});

describe('countSourceUsage', () => {
  test('counts claims, relayed claims and quotes for every declared source, unused ones included', async () => {
    const { annotations } = await renderArticle(markdown);
    const usage = countSourceUsage(TEST_SOURCES, annotations);
    expect(usage.map(({ source, claims, relayed, quotes }) => [source.id, claims, relayed, quotes])).toEqual([
      ['us-officials', 1, 0, 0],
      ['ft', 0, 1, 0],
      ['tsang', 1, 0, 2],
      ['embassy', 0, 0, 1],
    ]);
  });
});

describe('pluralise', () => {
  test.each([
    [0, '0 quotes'],
    [1, '1 quote'],
    [3, '3 quotes'],
  ])('%i gives %s', (count, expected) => {
    expect(pluralise(count, 'quote')).toBe(expected);
  });
});
