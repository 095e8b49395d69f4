import { describe, expect, test } from 'vitest';
import { didYouMean } from '../../../src/lib/diagnostics/did-you-mean';
import { MEANT_VALUES } from '../../../src/lib/diagnostics/synonyms';
import { CLAIM_STATUSES, NOTE_KINDS, TERM_KINDS } from '../../../src/lib/annotations/index';
import { SOURCE_KINDS } from '../../../src/lib/schemas/source';

describe('did-you-mean by meaning', () => {
  test.each([
    ['verified', CLAIM_STATUSES, ' Did you mean `confirmed`?'],
    ['Verified', CLAIM_STATUSES, ' Did you mean `confirmed`?'],
    ['false', CLAIM_STATUSES, ' Did you mean `denied` or `disputed`?'],
    ['debunked', CLAIM_STATUSES, ' Did you mean `disputed` or `denied`?'],
    ['unconfirmed', CLAIM_STATUSES, ' Did you mean `unverified`?'],
    ['anon', SOURCE_KINDS, ' Did you mean `anonymous`?'],
    ['organisation', SOURCE_KINDS, ' Did you mean `organization`?'],
    ['report', SOURCE_KINDS, ' Did you mean `document`?'],
    ['paper', SOURCE_KINDS, ' Did you mean `document` or `outlet`?'],
    ['warning', NOTE_KINDS, ' Did you mean `caveat`?'],
    ['biased', TERM_KINDS, ' Did you mean `loaded`?'],
  ])('%s → suggestion among %j', (input, candidates, expected) => {
    expect(didYouMean(input, candidates)).toBe(expected);
  });

  test('spelling still works where the table knows nothing: typos of real values', () => {
    expect(didYouMean('confirmd', CLAIM_STATUSES)).toBe(' Did you mean `confirmed`?');
    expect(didYouMean('outet', SOURCE_KINDS)).toBe(' Did you mean `outlet`?');
  });

  test('a word is only suggested values allowed where it was written', () => {
    // `verified` as a note kind: no status is offered there.
    expect(didYouMean('verified', NOTE_KINDS)).toBe('');
    expect(didYouMean('anon', CLAIM_STATUSES)).toBe('');
  });

  test('every meant value of the table is a value of Sourced’s vocabulary', () => {
    const vocabulary = new Set<string>([...CLAIM_STATUSES, ...SOURCE_KINDS, ...NOTE_KINDS, ...TERM_KINDS]);
    const unknown = Object.entries(MEANT_VALUES).flatMap(([word, values]) => values.filter((value) => !vocabulary.has(value)).map((value) => `${word} → ${value}`));
    expect(unknown).toEqual([]);
    // And no word of the table is itself a valid value (it would shadow it).
    expect(Object.keys(MEANT_VALUES).filter((word) => vocabulary.has(word))).toEqual([]);
  });
});
