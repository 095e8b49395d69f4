import { expect, test } from 'vitest';
import { groupByMonth } from '../../../src/lib/site/archive';

test('articles are grouped by their UTC publication month, newest month first, order kept', () => {
  const articles = [
    { id: 'd', published: new Date('2026-12-01T00:00:00Z') },
    { id: 'c', published: new Date('2026-11-30T23:30:00Z') },
    { id: 'b', published: new Date('2026-11-02T00:00:00Z') },
    { id: 'a', published: new Date('2025-01-15T00:00:00Z') },
  ];
  const months = groupByMonth(articles, (article) => article.published);
  expect(months.map(({ label, path, articles }) => [label, path, articles.map((article) => article.id)])).toEqual([
    ['December 2026', 'archive/2026/12/', ['d']],
    ['November 2026', 'archive/2026/11/', ['c', 'b']],
    ['January 2025', 'archive/2025/01/', ['a']],
  ]);
});
