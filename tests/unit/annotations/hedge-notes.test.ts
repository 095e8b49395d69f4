import { describe, expect, test } from 'vitest';
import { automaticHedgeNote, sentenceAround } from '../../../src/lib/annotations/hedge-notes';

describe('what the language lens says about a hedge it found', () => {
  test('a hedge in a claim is attributed to the claim’s source', () => {
    expect(automaticHedgeNote('Officials with access to US State Department cables', 'the communist regime is said to have signaled')).toBe(
      'the report distances itself from this statement, which it attributes to Officials with access to US State Department cables.',
    );
  });

  test('a hedge in a sentence that names who speaks is not flagged as unattributed', () => {
    const text = 'Sanctions bite. The deal is reportedly close, a minister said on Monday. Nothing else.';
    const sentence = sentenceAround(text, text.indexOf('reportedly'));
    expect(sentence).toBe('The deal is reportedly close, a minister said on Monday.');
    expect(automaticHedgeNote(undefined, sentence)).toBe('the report distances itself from this statement, whose source the sentence names.');
  });

  test('only a hedge with no named authority is flagged, in words for readers', () => {
    const note = automaticHedgeNote(undefined, 'China is apparently ready to help.');
    expect(note).toBe('the report does not say on whose authority.');
    expect(note).not.toMatch(/automatic|found/i);
  });
});
