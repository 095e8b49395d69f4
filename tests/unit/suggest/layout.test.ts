import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dropTrailingBoilerplate, isBoilerplate } from '../../../src/lib/suggest/boilerplate';
import { outletFromByline, outletFromDateline } from '../../../src/lib/suggest/byline';
import { looksLikeCrossheading } from '../../../src/lib/suggest/crossheading';
import { isByline, parseLayout } from '../../../src/lib/suggest/layout';

describe('parseLayout', () => {
  const layout = parseLayout(readFileSync('tests/fixtures/seed-original.txt', 'utf8'));

  test('reads the headline, the byline and the blocks of the seed, and drops the trailing boilerplate', () => {
    expect(layout.headline).toBe('Ukraine war: China apparently ready for military aid for Russia – USA are alarmed – foreign policy');
    expect(layout.byline).toBe('by time news');
    expect(layout.dropped).toEqual(['You may also like', 'Leave a Comment']);
    expect(layout.blocks[0]).toEqual({ type: 'paragraph', text: 'Might mix too China in the Ukraine War with?' });
    expect(layout.blocks.at(-1)!.text).toMatch(/^“I doubt Xi/);
  });

  test('turns the short standalone line into a heading', () => {
    expect(layout.blocks.filter((block) => block.type === 'heading')).toEqual([{ type: 'heading', text: 'China’s worst-case scenario: Putin toppled' }]);
  });

  test('handles CRLF, a byte-order mark, no byline and text right under the headline', () => {
    expect(parseLayout('\uFEFFHeadline\r\nFirst paragraph.\r\n\r\nSecond.')).toEqual({
      headline: 'Headline',
      blocks: [
        { type: 'paragraph', text: 'First paragraph.' },
        { type: 'paragraph', text: 'Second.' },
      ],
      dropped: [],
    });
  });
});

test('isByline accepts "by …" lines, not sentences', () => {
  expect(isByline('by time news')).toBe(true);
  expect(isByline('By Jane Smith, Reuters')).toBe(true);
  expect(isByline('By the end of the year, prices rose.')).toBe(false);
});

describe('boilerplate', () => {
  test('recognises site furniture lines', () => {
    for (const line of ['You may also like', 'Leave a Comment', 'Share this article', 'Read more', 'Advertisement', 'Related articles']) expect(isBoilerplate(line)).toBe(true);
    expect(isBoilerplate('You may also like the view from the hill, she said.')).toBe(false);
  });

  test('drops only trailing blocks', () => {
    expect(dropTrailingBoilerplate(['Advertisement', 'Text.', 'Share this', 'Leave a Comment'])).toEqual({ kept: ['Advertisement', 'Text.'], dropped: ['Share this', 'Leave a Comment'] });
  });
});

describe('looksLikeCrossheading', () => {
  test('short title-like lines are headings', () => {
    expect(looksLikeCrossheading('China’s worst-case scenario: Putin toppled')).toBe(true);
    expect(looksLikeCrossheading('‘A slow emergency’')).toBe(true);
  });

  test('sentences, questions, transcript turns, datelines and long lines are not', () => {
    expect(looksLikeCrossheading('Might mix too China in the Ukraine War with?')).toBe(false);
    expect(looksLikeCrossheading('It was never built.')).toBe(false);
    expect(looksLikeCrossheading('KORVEL: It is being checked')).toBe(false);
    expect(looksLikeCrossheading('(Reporting by Lena Marsh; Editing by Tom Hale)')).toBe(false);
    expect(looksLikeCrossheading('Putin only traveled to Beijing for the opening of the Winter Olympics in February')).toBe(false);
  });
});

describe('outlet from byline or dateline', () => {
  test('takes the outlet from the byline, skipping people', () => {
    expect(outletFromByline('by time news').outlet).toBe('time news');
    expect(outletFromByline('By Lena Marsh, Meridian Wire').outlet).toBe('Meridian Wire');
    expect(outletFromByline('By Jane Smith and Tom Baker')).toEqual({ reason: 'the byline “By Jane Smith and Tom Baker” names only people' });
    expect(outletFromByline(undefined).outlet).toBeUndefined();
  });

  test('reads a wire dateline', () => {
    expect(outletFromDateline('ORVANE, March 3 (Meridian Wire) - Dock workers …').outlet).toBe('Meridian Wire');
    expect(outletFromDateline('Dock workers struck.').outlet).toBeUndefined();
  });
});
