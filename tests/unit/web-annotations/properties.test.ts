import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readPageText } from '../../../src/lib/web-annotations/index';
import { byElementId, collectionOf, expectSelectorsHold, textSelectors } from './helpers';

/** Few phrases, so the same words often come back; with typography, accents, CJK and emoji. */
const PHRASES = ['China offered aid', 'it’s “over”, they said', 'café – naïve — déjà vu', '中文 文本', 'emoji 😀 here', '👍🏽 yes', 'Same words', 'e\u0301 decomposed'];

type Segment = { kind: 'text' | 'claim' | 'quote' | 'claim-quote'; words: string };

const SEGMENT: fc.Arbitrary<Segment> = fc.record({
  kind: fc.constantFrom('text', 'claim', 'quote', 'claim-quote'),
  words: fc.constantFrom(...PHRASES),
});

const BLOCK = fc.record({ segments: fc.array(SEGMENT, { minLength: 1, maxLength: 5 }), inNote: fc.boolean() });

function toMarkdown(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      return segment.words;
    case 'claim':
      return `:claim[${segment.words}]{by=ft}`;
    case 'quote':
      return `“:quote[${segment.words}]{by=tsang}”`;
    case 'claim-quote':
      return `“:claim[:quote[${segment.words}]{by=tsang}]{by=tsang}”`;
  }
}

describe('properties', () => {
  test('for any mix of claims, quotes and notes, every exact is at its position and is the words written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(BLOCK, { minLength: 1, maxLength: 6 }), async (blocks) => {
        const markdown = blocks
          .map(({ segments, inNote }) => {
            const paragraph = segments.map(toMarkdown).join(' and ');
            return inNote ? `:::note{kind=context}\n${paragraph}\n:::` : paragraph;
          })
          .join('\n\n');
        const { html, annotations, collection } = await collectionOf(markdown);
        const text = readPageText(html).text;
        expectSelectorsHold(collection, text);

        const segments = blocks.flatMap((block) => block.segments);
        const claimWords = segments.filter((s) => s.kind === 'claim' || s.kind === 'claim-quote').map((s) => s.words);
        const quoteWords = segments.filter((s) => s.kind === 'quote' || s.kind === 'claim-quote').map((s) => s.words);
        const notes = blocks.filter((block) => block.inNote).length;
        expect(collection.total).toBe(claimWords.length + quoteWords.length + notes);

        const items = byElementId(collection);
        annotations.claims.forEach((claim, index) => {
          expect(textSelectors(items.get(`claim-${claim.id}`)!).quote.exact).toBe(claimWords[index]);
        });
        annotations.quotes.forEach((quote, index) => {
          expect(textSelectors(items.get(`quote-${quote.id}`)!).quote.exact).toBe(quoteWords[index]);
        });
        const starts = collection.first.items.map((item) => textSelectors(item).position.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      { numRuns: 150 },
    );
  });
});
