import { expect, test } from 'vitest';
import { findQuotations } from '../../../src/lib/suggest/quotations';
import { splitSentences } from '../../../src/lib/suggest/sentences';

const split = (text: string) => splitSentences(text, findQuotations(text)).map((s) => text.slice(s.start, s.end));

test('splits sentences with compromise, keeping opening quotation marks with their sentence', () => {
  expect(split('“I doubt it,” Tsang said. Dr. Smith left at 3 p.m. on Monday. Then U.S. officials spoke.')).toEqual([
    '“I doubt it,” Tsang said.',
    'Dr. Smith left at 3 p.m. on Monday.',
    'Then U.S. officials spoke.',
  ]);
});

test('ends a sentence after a quoted sentence that is followed by another quotation', () => {
  const text = 'A senior US Defense Department official said it was “monitoring the situation very, very closely.” “Should China decide, there will likely be consequences for China,” he said.';
  expect(split(text)).toEqual([
    'A senior US Defense Department official said it was “monitoring the situation very, very closely.”',
    '“Should China decide, there will likely be consequences for China,” he said.',
  ]);
});

test('never ends a sentence inside a quotation', () => {
  expect(split('“I doubt it. He wants more,” Tsang said. Fine.')).toEqual(['“I doubt it. He wants more,” Tsang said.', 'Fine.']);
});

test('finds sentence ends in the text even where compromise’s offsets drift (brackets, braces)', () => {
  expect(split('“[The ministry] will not {comment} on *this*,” a spokesman said. He said no.')).toEqual(['“[The ministry] will not {comment} on *this*,” a spokesman said.', 'He said no.']);
});
