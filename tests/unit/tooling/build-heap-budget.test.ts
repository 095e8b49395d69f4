import { describe, expect, test } from 'vitest';
import { buildHeapFlags, heapBudgetMiB, measureArticleBytes } from '../../../src/lib/tooling/build-heap-budget';
import { writeContentFolder } from '../../helpers/build-site';

describe('the build heap budget', () => {
  test('is 768 MiB up to about 1000 articles, then grows with the articles', () => {
    expect(heapBudgetMiB(0)).toBe(768);
    expect(heapBudgetMiB(4 * 2 ** 20)).toBe(768);
    expect(heapBudgetMiB(22 * 2 ** 20)).toBe(930);
    expect(heapBudgetMiB(45 * 2 ** 20)).toBe(1137);
    expect(heapBudgetMiB(100 * 2 ** 20)).toBe(1632);
  });

  test('counts the article files only, and leaves a budget set in NODE_OPTIONS alone', () => {
    const folder = writeContentFolder('heap-budget', { 'a.md': 'x'.repeat(1000), '_draft.md': 'y'.repeat(5000), 'notes.txt': 'z'.repeat(7000) });
    expect(measureArticleBytes(folder)).toBe(1000);
    expect(measureArticleBytes('no/such/folder')).toBe(0);
    expect(buildHeapFlags(folder)).toEqual(['--max-old-space-size=768', '--max-semi-space-size=16']);
    expect(buildHeapFlags(folder, '--max-old-space-size=4096')).toEqual(['--max-semi-space-size=16']);
    expect(buildHeapFlags(folder, '--max-old-space-size=4096 --max-semi-space-size=64')).toEqual([]);
  });
});
