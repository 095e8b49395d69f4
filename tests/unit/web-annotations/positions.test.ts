import { describe, expect, test } from 'vitest';
import { readPageText } from '../../../src/lib/web-annotations/index';
import { byElementId, collectionOf, expectSelectorsHold, textSelectors } from './helpers';

/** Builds the collection of some Markdown, checks the invariant and returns the selectors by element id. */
async function selectorsOf(markdown: string) {
  const { html, collection } = await collectionOf(markdown);
  const text = readPageText(html).text;
  expectSelectorsHold(collection, text);
  const items = byElementId(collection);
  const get = (elementId: string) => {
    const item = items.get(elementId);
    if (!item) throw new Error(`no annotation for ${elementId}; have ${[...items.keys()].join(', ')}`);
    return textSelectors(item);
  };
  return { text, collection, get };
}

describe('selectors: typography and non-ASCII text', () => {
  test('typographic quotes, apostrophes and dashes are kept in exact, prefix and suffix', async () => {
    const { get } = await selectorsOf('He said “:quote[it’s over – really — over]{by=tsang}”, they’re sure.');
    expect(get('quote-q1').quote).toEqual({ type: 'TextQuoteSelector', exact: 'it’s over – really — over', prefix: 'He said “', suffix: '”, they’re sure.' });
    expect(get('quote-q1').position).toEqual({ type: 'TextPositionSelector', start: 9, end: 34 });
  });

  test('positions count Unicode code points, not UTF-16 code units: an emoji before the words counts 1', async () => {
    const { text, get } = await selectorsOf('😀😀 Café 中文: :claim[naïve 中文 claim 👍🏽 here]{by=ft} — done 🎉.');
    const { quote, position } = get('claim-c1');
    expect(quote.exact).toBe('naïve 中文 claim 👍🏽 here');
    // 😀😀 (2) + space + Café (4) + space + 中文: (3) + space = 12 code points, 14 UTF-16 code units.
    expect(position.start).toBe(12);
    expect(text.indexOf('naïve')).toBe(14);
    // 👍🏽 is two code points (emoji and skin tone modifier), four UTF-16 code units.
    expect(position.end - position.start).toBe(Array.from(quote.exact).length);
    expect(position.end - position.start).toBe(quote.exact.length - 2);
    expect(text.slice(position.start, position.end)).not.toBe(quote.exact);
  });

  test('context is cut at 32 code points, never inside a surrogate pair', async () => {
    const emoji = '🎉'.repeat(40);
    const { get } = await selectorsOf(`${emoji} :claim[middle]{by=ft} ${emoji}`);
    const { quote } = get('claim-c1');
    expect(Array.from(quote.prefix ?? '')).toHaveLength(32);
    expect(quote.prefix).toBe(`${'🎉'.repeat(31)} `);
    // The claim's number follows the claim in the page's text.
    expect(quote.suffix).toBe(`Claim 1: see sourcing ${'🎉'.repeat(10)}`);
    expect(quote.prefix).not.toMatch(/^[\udc00-\udfff]/);
  });

  test('decomposed accents (e + U+0301) count as two code points and stay as written', async () => {
    const { get } = await selectorsOf('Cafe\u0301 :claim[re\u0301sume\u0301]{by=ft}.');
    expect(get('claim-c1').quote.exact).toBe('re\u0301sume\u0301');
    expect(get('claim-c1').position).toMatchObject({ start: 6, end: 14 });
  });

  test('no prefix at the start of the text, no suffix at its end', async () => {
    const { get } = await selectorsOf(':claim[Everything]{by=ft}');
    // The claim's number and its callout follow it in the page's text.
    expect(get('claim-c1').quote).toEqual({ type: 'TextQuoteSelector', exact: 'Everything', suffix: 'Claim 1: see sourcingClaim 1, Un' });
    const { get: getQuote } = await selectorsOf('“:quote[Everything]{by=tsang}”');
    expect(getQuote('quote-q1').quote).toEqual({ type: 'TextQuoteSelector', exact: 'Everything', prefix: '“', suffix: '”' });
    const { get: getNote } = await selectorsOf(':::note{kind=context}\nAll of it.\n:::');
    expect(getNote('note-n1').quote).toEqual({ type: 'TextQuoteSelector', exact: 'All of it.', prefix: 'Context' });
    expect(get('claim-c1').position).toMatchObject({ start: 0, end: 10 });
  });
});

describe('selectors: which occurrence', () => {
  test('repeated words: each claim points at its own occurrence, not the first', async () => {
    const { text, get } = await selectorsOf(
      'Critics say China offered aid. US officials say :claim[China offered aid]{by=us-officials}. The FT also says :claim[China offered aid]{by=ft}.\n\nAgain: China offered aid.',
    );
    const occurrences = [...text.matchAll(/China offered aid/g)].map((match) => match.index);
    expect(occurrences).toHaveLength(4);
    expect(get('claim-c1').position.start).toBe(occurrences[1]);
    expect(get('claim-c2').position.start).toBe(occurrences[2]);
    expect(get('claim-c1').quote.prefix).toBe('a offered aid. US officials say ');
  });

  test('the same quote twice in one paragraph', async () => {
    const { text, get } = await selectorsOf('“:quote[No]{by=tsang}”, he said. “:quote[No]{by=tsang}”, he said again.');
    expect(text).toBe('“No”, he said. “No”, he said again.');
    expect(get('quote-q1').position.start).toBe(1);
    expect(get('quote-q2').position.start).toBe(16);
  });
});

describe('selectors: nesting', () => {
  test('a quote inside a claim: the quote’s range lies within the claim’s', async () => {
    const { get, collection } = await selectorsOf('Tsang said :claim[it was “:quote[a serious mistake]{by=tsang}” to wait]{by=tsang}.');
    const claim = get('claim-c1');
    const quote = get('quote-q1');
    expect(claim.quote.exact).toBe('it was “a serious mistake” to wait');
    expect(quote.quote.exact).toBe('a serious mistake');
    expect(quote.position.start).toBeGreaterThan(claim.position.start);
    expect(quote.position.end).toBeLessThan(claim.position.end);
    expect(collection.first.items.map((item) => item.id.split('#')[1])).toEqual(['claim-c1', 'quote-q1']);
  });

  test('a claim that is a whole quote: same range, the claim first', async () => {
    const { get, collection } = await selectorsOf('“:claim[:quote[I doubt it]{by=tsang}]{by=tsang},” Tsang said.');
    expect(get('claim-c1').position).toEqual(get('quote-q1').position);
    expect(collection.first.items.map((item) => item.id.split('#')[1])).toEqual(['claim-c1', 'quote-q1']);
  });

  test('annotations inside notes: the note selects its text without the label, its claims and quotes select theirs', async () => {
    const { text, get } = await selectorsOf(
      'Before.\n\n:::note[Who said this?]{kind=caveat}\nThe report says :claim[officials “:quote[knew]{by=us-officials}” early]{by=us-officials}.\n\nA second paragraph.\n:::\n\nAfter.',
    );
    // The page's text: white space as the HTML has it, the note's label, the claim's number and its callout included.
    expect(text).toBe('Before.\nCaveat: Who said this?The report says officials “knew” earlyClaim 1: see sourcing.A second paragraph.Claim 1, Unverified: US officialsUS officials. Anonymous officials↑ Back to claim 1 in the textAfter.');
    const note = get('note-n1');
    expect(note.quote.exact).toBe('The report says officials “knew” earlyClaim 1: see sourcing.A second paragraph.');
    expect(note.quote.prefix).toBe('Before.\nCaveat: Who said this?');
    expect(note.quote.suffix).toBe('Claim 1, Unverified: US official');
    const claim = get('claim-c1');
    expect(claim.quote.exact).toBe('officials “knew” early');
    expect(claim.position.start).toBeGreaterThan(note.position.start);
    expect(claim.position.end).toBeLessThan(note.position.end);
    expect(get('quote-q1').quote.exact).toBe('knew');
  });

  test('a claim inside a link, a list and emphasis', async () => {
    const { get } = await selectorsOf('- first item\n- see [the report that :claim[*China* offered aid]{by=ft}](https://example.org/)\n- last');
    expect(get('claim-c1').quote).toMatchObject({ exact: 'China offered aid', prefix: '\nfirst item\nsee the report that ', suffix: 'Claim 1: see sourcing\nlast\nClaim' });
  });

  test('terms inside a claim do not add their explanation to the claim’s words', async () => {
    const { get } = await selectorsOf('Officials say :claim[the :term[regime]{kind=loaded note="Loaded"} reportedly agreed]{by=us-officials}.');
    expect(get('claim-c1').quote.exact).toBe('the regime reportedly agreed');
  });
});
