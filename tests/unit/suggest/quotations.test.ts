import { describe, expect, test } from 'vitest';
import { countWords, findQuotations, maskQuotations } from '../../../src/lib/suggest/quotations';

const words = (text: string) => findQuotations(text).map((q) => text.slice(q.start, q.end));

describe('findQuotations', () => {
  test('finds curly quotations, leaving the marks and the trailing comma outside, keeping a closing full stop', () => {
    const text = '“I doubt Xi wants to see the war in Ukraine escalate any further,” Tsang said. “Instead, he wants Putin to get what he wants without much collateral damage.”';
    expect(words(text)).toEqual([
      'I doubt Xi wants to see the war in Ukraine escalate any further',
      'Instead, he wants Putin to get what he wants without much collateral damage.',
    ]);
  });

  test('keeps an editor’s insertion in brackets inside the quotation', () => {
    const text = '“Outwardly she is (the Chinese government, editor’s note) neutral, but in reality she is on the side of Russia,” said Steve Tsang.';
    expect(words(text)).toEqual(['Outwardly she is (the Chinese government, editor’s note) neutral, but in reality she is on the side of Russia']);
  });

  test('marks partial and scare quotes as fragments, whole quoted sentences not', () => {
    const text = 'He said it was “monitoring the situation very, very closely.” It expressed its “regret”. “Should China decide, there will be consequences,” he said.';
    expect(findQuotations(text).map((q) => [text.slice(q.start, q.end), q.fragment])).toEqual([
      ['monitoring the situation very, very closely.', true],
      ['regret', true],
      ['Should China decide, there will be consequences', false],
    ]);
  });

  test('a straight quotation inside a straight one stays part of it; a stray mark that never closes does not swallow the paragraph', () => {
    expect(words('Feld wrote on Twitter. "The statement shows no grasp of the facts. The "port authority" holds no ships at all." Lind disagreed.')).toEqual(['The statement shows no grasp of the facts. The "port authority" holds no ships at all.']);
    expect(words('"We will not sign," said Feld. He called it "a bad deal, and said "no" twice.')).toEqual(['We will not sign', 'a bad deal, and said']);
  });

  test('pairs straight double quotes', () => {
    expect(words('"We are not going back," he said, "not for this."')).toEqual(['We are not going back', 'not for this.']);
  });

  test('an unclosed quotation runs to the end of the paragraph (it continues in the next one)', () => {
    const [quotation] = findQuotations('“Nobody came back to us to say it had been cancelled.');
    expect(quotation).toMatchObject({ closed: false, start: 1 });
  });

  test('ignores empty quotation marks and apostrophes', () => {
    expect(words('It’s “” nothing, isn’t it?')).toEqual([]);
  });

  test('records whether the quoted words end with punctuation, as before an attribution', () => {
    expect(findQuotations('“No,” she said. The “regret” remained.').map((q) => q.endsWithPunctuation)).toEqual([true, false]);
  });
});

describe('maskQuotations', () => {
  test('blanks the quoted words and keeps offsets and marks', () => {
    const text = 'He said “the ministry said no” today.';
    const masked = maskQuotations(text, findQuotations(text));
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(`He said “${'·'.repeat('the ministry said no'.length)}” today.`);
  });
});

test('countWords counts words with inner apostrophes once', () => {
  expect(countWords('doesn’t say whether China’s regime')).toBe(5);
});

test('a curly quotation inside another is part of it', () => {
  expect(words('“He said “no” to me, and then left,” she said.')).toEqual(['He said “no” to me, and then left']);
});
