import { describe, expect, test } from 'vitest';
import { countForSource, describeSourceCounts } from '../../../src/lib/reading/source-counts';
import { summariseOriginal } from '../../../src/lib/reading/original-summary';
import { toLensNotes } from '../../../src/lib/reading/lens-notes';
import { ANNOTATION_DISPLAY_IDS } from '../../../src/lib/reading/annotation-display';
import { ARTICLE_PAGE_IDS } from '../../../src/lib/annotations/markup/page-element-ids';

describe('a source’s counts, said the same way on its page and in an article’s list', () => {
  test('relayed claims are part of the total, and said so', () => {
    const claims = [{ by: { id: 'ft' } }, { by: { id: 'ft' } }, { by: { id: 'officials' }, via: { id: 'ft' } }];
    const counts = countForSource('ft', claims, 0);
    expect(counts).toEqual({ claims: 3, relayed: 1, quotes: 0 });
    expect(describeSourceCounts(counts)).toBe('3 claims (1 of them relayed), 0 quotes');
  });

  test('all relayed, one relayed, none relayed', () => {
    expect(describeSourceCounts({ claims: 2, relayed: 2, quotes: 1 })).toBe('2 claims (all relayed), 1 quote');
    expect(describeSourceCounts({ claims: 1, relayed: 1, quotes: 0 })).toBe('1 claim (relayed), 0 quotes');
    expect(describeSourceCounts({ claims: 3, relayed: 0, quotes: 3 })).toBe('3 claims, 3 quotes');
  });
});

describe('the top of an article’s page', () => {
  test('the original report in one line: outlet, section, date or its absence', () => {
    expect(summariseOriginal({ outlet: 'time news', section: 'foreign policy' })).toBe('time news · foreign policy · no date given');
    expect(summariseOriginal({ outlet: 'Example Wire', published: new Date('2024-05-01') })).toBe('Example Wire · 1 May 2024');
  });

  test('the annotation display control’s ids are reserved on article pages', () => {
    for (const id of ANNOTATION_DISPLAY_IDS) expect(ARTICLE_PAGE_IDS).toContain(id);
  });
});

describe('the language lens on narrow screens', () => {
  test('lists each term’s words and explanation, linking to the words, in words for readers', () => {
    const notes = toLensNotes([
      { id: 't1', number: 1, kind: 'loaded', text: 'regime', note: 'The outlet’s word', automatic: false, line: 1, column: 1 },
      { id: 't2', number: 2, kind: 'hedge', text: 'apparently', note: 'the report does not say on whose authority.', automatic: true, line: 2, column: 1 },
    ]);
    expect(notes).toEqual([
      { target: 'term-t1', words: 'regime', explanation: 'Loaded wording: The outlet’s word' },
      { target: 'term-t2', words: 'apparently', explanation: 'Hedge: the report does not say on whose authority.' },
    ]);
  });
});
