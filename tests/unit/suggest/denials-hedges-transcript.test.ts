import { describe, expect, test } from 'vitest';
import { contentWords, findDeniedClaim, soundsLikeDenial } from '../../../src/lib/suggest/denials';
import { findHedges } from '../../../src/lib/suggest/hedges';
import { suggestDraft } from '../../../src/lib/suggest/suggest-draft';
import { isAnswerLabel, isQuestionLabel, readTranscriptTurn } from '../../../src/lib/suggest/transcript';

describe('denials', () => {
  test('negations sound like denials', () => {
    expect(soundsLikeDenial('it was not aware of a Russian request')).toBe(true);
    expect(soundsLikeDenial('That is not correct')).toBe(true);
    expect(soundsLikeDenial('Russia had asked China for support')).toBe(false);
  });

  test('the answered claim is the latest earlier claim by another source sharing words; not a claim by the same source', () => {
    const earlier = [
      { index: 0, by: 'ft', text: 'Russia had asked China for support – with arms AND economically' },
      { index: 1, by: 'us-officials', text: 'behind the scenes it is trying to help' },
    ];
    expect(findDeniedClaim({ index: 2, by: 'russia', text: 'denied having made a request to China' }, 'Russia also ', earlier)?.by).toBe('ft');
    expect(findDeniedClaim({ index: 2, by: 'ft', text: 'denied having made a request to China' }, '', earlier)).toBeUndefined();
  });

  test('"denied the report" before the report is given answers the report that follows, in the draft', () => {
    const draft = suggestDraft('Headline\n\nThe ministry denied the report on Tuesday. The Harbour Gazette reported on Monday that the minister had taken bribes from the port operator.\n', { today: new Date(2026, 0, 1) });
    expect(draft.markdown).toMatch(/:claim\[denied the report\]\{by=ministry status=denied responds=([a-z-]+) /);
    const id = /responds=([a-z-]+)/.exec(draft.markdown)![1];
    expect(draft.markdown).toContain(`:claim[the minister had taken bribes from the port operator]{#${id} `);
    expect(draft.markdown).toContain('answered by a denial above');
  });

  test('content words are stemmed to their first letters', () => {
    expect([...contentWords('Russian requests to China')]).toEqual(['russ', 'requ', 'chin']);
  });
});

describe('hedges', () => {
  test('lists hedges in the headline and paragraphs with an excerpt', () => {
    const hedges = findHedges('China apparently ready for military aid', ['The communist regime is said to have signaled its willingness.', 'Sanctions seem to be straining relations; it reportedly worked.']);
    expect(hedges.map((h) => [h.phrase, h.where])).toEqual([
      ['apparently', 'title'],
      ['is said to', 1],
      ['seem to', 2],
      ['reportedly', 2],
    ]);
    expect(hedges[1]!.excerpt).toBe('The communist regime is said to have signaled its willingness.');
  });
});

describe('transcript turns', () => {
  test('a speaker label starts a turn; the words after it are the quote', () => {
    const text = 'KORVEL: It is being checked by independent clinicians.';
    const turn = readTranscriptTurn(text)!;
    expect(turn.label).toBe('KORVEL');
    expect(text.slice(turn.words.start, turn.words.end)).toBe('It is being checked by independent clinicians.');
    expect(readTranscriptTurn('Q: Is it finished?')!.label).toBe('Q');
    expect(readTranscriptTurn('US officials are convinced: China is trying to help Russia.')).toBeUndefined();
    expect(isQuestionLabel('Q')).toBe(true);
    expect(isAnswerLabel('A')).toBe(true);
  });
});
