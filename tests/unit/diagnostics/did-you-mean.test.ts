import { describe, expect, test } from 'vitest';
import { didYouMean, findClosest, listValues } from '../../../src/lib/diagnostics/did-you-mean';

describe('findClosest', () => {
  test.each([
    ['clam', 'claim'],
    ['Claim', 'claim'],
    ['qoute', 'quote'],
    ['nots', 'note'],
    ['figure', undefined],
    ['a', undefined],
  ])('%s suggests %s', (input, expected) => {
    expect(findClosest(input, ['claim', 'quote', 'note'])).toBe(expected);
  });
});

describe('didYouMean and listValues', () => {
  test('format hints', () => {
    expect(didYouMean('us-oficials', ['us-officials', 'ft'])).toBe(' Did you mean `us-officials`?');
    expect(didYouMean('zzz', ['ft'])).toBe('');
    expect(listValues(['a', 'b', 'c'])).toBe('`a`, `b` or `c`');
  });
});
