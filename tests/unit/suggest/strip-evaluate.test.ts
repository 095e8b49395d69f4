import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addCounts, alignIds, evaluate, overlap, rates } from '../../../src/lib/suggest/evaluate';
import { parseAttributes, stripAnnotations, stripInline, toPlainArticle, type MarkedSpan } from '../../../src/lib/suggest/strip-annotations';

describe('stripAnnotations', () => {
  test('the seed article stripped is the original report word for word (without its boilerplate)', () => {
    const stripped = stripAnnotations(readFileSync('content/articles/china-military-aid-russia.md', 'utf8'));
    const original = readFileSync('tests/fixtures/seed-original.txt', 'utf8').replace(/\n\nYou may also like\n\nLeave a Comment\s*$/, '');
    const normalise = (text: string) => text.replace(/\n{2,}/g, '\n\n').trim();
    expect(normalise(toPlainArticle(stripped))).toBe(normalise(original));
    expect(stripped.spans.filter((span) => span.name === 'quote')).toHaveLength(8);
    expect(stripped.spans.filter((span) => span.name === 'claim')).toHaveLength(14);
  });

  test('keeps nested spans, attributes and escaped characters', () => {
    const { text, spans } = stripInline('“:claim[:quote[I \\*doubt\\* it]{by=tsang}]{#doubt by=tsang note="check: a} b"},” Tsang said.');
    expect(text).toBe('“I *doubt* it,” Tsang said.');
    expect(spans).toEqual([
      { name: 'quote', start: 1, end: 13, attributes: { by: 'tsang' } },
      { name: 'claim', start: 1, end: 13, attributes: { id: 'doubt', by: 'tsang', note: 'check: a} b' } },
    ]);
  });

  test('reduces other inline directives to their words', () => {
    expect(stripInline('The :term[communist regime]{kind=loaded note="x"} is :claim[said]{by=ft}.')).toEqual({
      text: 'The communist regime is said.',
      spans: [{ name: 'claim', start: 24, end: 28, attributes: { by: 'ft' } }],
    });
  });

  test('drops notes, comments and heading marks', () => {
    const stripped = stripAnnotations('---\ntitle: T\n---\n\n## Head\n\nText.\n\n:::note{kind=caveat}\nNote.\n:::\n\n<!-- check: x -->\n\nMore.\n');
    expect(stripped.plain).toBe('Head\n\nText.\n\nMore.');
    expect(stripped.blocks[0]).toEqual({ type: 'heading', text: 'Head' });
  });

  test('parseAttributes reads ids, bare and quoted values', () => {
    expect(parseAttributes(`#x by=ft note="two words" via='y'`)).toEqual({ id: 'x', by: 'ft', note: 'two words', via: 'y' });
  });
});

const span = (name: 'claim' | 'quote', start: number, end: number, by: string): MarkedSpan => ({ name, start, end, attributes: { by } });

describe('evaluate', () => {
  test('Dice overlap', () => {
    expect(overlap({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(overlap({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(0.5);
    expect(overlap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  test('pairs suggested speaker ids with gold ids one to one', () => {
    expect(alignIds([['tsang', 'steve-tsang'], ['tsang', 'steve-tsang'], ['ft', 'steve-tsang'], ['ft', 'financial-times']])).toEqual(new Map([['steve-tsang', 'tsang'], ['financial-times', 'ft']]));
  });

  test('counts exact quotes, right speakers and substantially overlapping claims', () => {
    const gold = [span('quote', 0, 10, 'a'), span('quote', 20, 30, 'b'), span('quote', 40, 50, 'b'), span('claim', 0, 100, 'a'), span('claim', 200, 220, 'b')];
    const suggested = [span('quote', 0, 10, 'x'), span('quote', 20, 30, 'x'), span('quote', 41, 50, 'y'), span('claim', 10, 100, 'x'), span('claim', 300, 310, 'x')];
    const { counts, misses } = evaluate(gold, suggested);
    expect(counts).toEqual({ goldQuotes: 3, suggestedQuotes: 3, matchedQuotes: 2, rightSpeakers: 1, goldClaims: 2, suggestedClaims: 2, foundClaims: 1, usefulClaims: 1 });
    expect(misses.missedQuotes).toHaveLength(1);
    expect(misses.wrongSpeakers).toHaveLength(1);
    expect(rates(addCounts([counts, counts]))).toEqual({ quotePrecision: 2 / 3, quoteRecall: 2 / 3, speakerAccuracy: 0.5, claimRecall: 0.5, claimPrecision: 0.5 });
  });
});
