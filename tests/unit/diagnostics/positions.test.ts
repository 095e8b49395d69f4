import { describe, expect, test } from 'vitest';
import { findSourceKey, getBodyLineOffset, toLineColumn } from '../../../src/lib/diagnostics/positions';

const file = ['---', 'title: T', 'sources:', '  ft:', '    name: FT', '  tsang:', '    name: Tsang', '---', '', '', 'Body line.', 'Second.'].join('\n');

describe('getBodyLineOffset', () => {
  test('counts the frontmatter and the blank lines before the trimmed body', () => {
    expect(getBodyLineOffset(file, 'Body line.\nSecond.')).toBe(10);
  });

  test('works with Windows line endings', () => {
    expect(getBodyLineOffset(file.replace(/\n/g, '\r\n'), 'Body line.\r\nSecond.')).toBe(10);
  });

  test('a body equal to a frontmatter value is found after the frontmatter', () => {
    const tricky = ['---', 'title: Body line.', '---', 'Body line.'].join('\n');
    expect(getBodyLineOffset(tricky, 'Body line.')).toBe(3);
  });
});

describe('toLineColumn', () => {
  test('gives 1-based line and column', () => {
    expect(toLineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('findSourceKey', () => {
  test('finds a source id under sources:', () => {
    expect(findSourceKey(file, 'tsang')).toEqual({ line: 6, column: 3 });
  });
});
