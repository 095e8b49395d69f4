import { describe, expect, test } from 'vitest';
import { readPageText } from '../../../../src/lib/web-annotations/index';
import { renderArticle, TEST_SOURCES } from '../../../helpers/processor';

/** The text of an element with this id in the article's HTML, as the page shows it. */
function wordsOf(html: string, id: string): string {
  const { codePoints, ranges } = readPageText(html);
  const range = ranges.get(id);
  if (!range) throw new Error(`no element #${id}`);
  return codePoints.slice(range.start, range.end).join('');
}

/** The stretch of the page's text from one element's start to another's end. */
function stretch(html: string, fromId: string, toId: string): string {
  const { codePoints, ranges } = readPageText(html);
  return codePoints.slice(ranges.get(fromId)!.start, ranges.get(toId)!.end).join('');
}

describe('claim numbers and term explanations stay out of annotated words', () => {
  test('a term inside a claim: its explanation follows the claim and its number, and the term points at it', async () => {
    const { html } = await renderArticle('Officials say :claim[the :term[regime]{kind=loaded note="The outlet’s word"} reportedly agreed]{by=us-officials}.', { sources: TEST_SOURCES });
    expect(wordsOf(html, 'claim-c1')).toBe('the regime reportedly agreed');
    expect(html).toContain('aria-describedby="term-t1-explanation">regime</span>');
    expect(stretch(html, 'claim-c1', 'term-t2-explanation')).toBe(
      'the regime reportedly agreedClaim 1: see sourcing [Loaded wording: The outlet’s word] [Hedge: the report distances itself from this statement, which it attributes to US officials.]',
    );
  });

  test('a quote inside a claim with a hedge in it: claim and quote are whole', async () => {
    const { html } = await renderArticle('“:claim[:quote[It is said to be over]{by=tsang}]{by=tsang},” Tsang said.', { sources: TEST_SOURCES });
    expect(wordsOf(html, 'claim-c1')).toBe('It is said to be over');
    expect(wordsOf(html, 'quote-q1')).toBe('It is said to be over');
    expect(html).toMatch(/be over<\/a><\/span><a class="sourced-claim__ref"[^>]*>.*?<\/a><span class="sourced-term__explain"/);
  });

  test('a claim inside a term: the claim’s number follows the term', async () => {
    const { html } = await renderArticle(':term[A phrase with :claim[a claim]{by=ft} inside]{kind=loaded note="Whole phrase"}.', { sources: TEST_SOURCES });
    expect(wordsOf(html, 'term-t1')).toBe('A phrase with a claim inside');
    expect(wordsOf(html, 'claim-c1')).toBe('a claim');
    expect(stretch(html, 'term-t1', 'term-t1-explanation')).toBe('A phrase with a claim insideClaim 1: see sourcing [Loaded wording: Whole phrase]');
  });

  test('inside a link: both follow the link (a claim number cannot sit in a link)', async () => {
    const { html } = await renderArticle('See [the report that :claim[the :term[regime]{kind=loaded} acted]{by=ft}](https://example.org/) today.', { sources: TEST_SOURCES });
    expect(html).toMatch(/acted<\/span><\/a><a class="sourced-claim__ref"[^>]*><span class="visually-hidden">Claim <\/span>1<span class="visually-hidden">: see sourcing<\/span><\/a><span class="sourced-term__explain" id="term-t1-explanation">/);
  });

  test('a term on its own, also in a note: the explanation follows it right away', async () => {
    const { html } = await renderArticle(':::note{kind=context}\nThe :term[regime]{kind=loaded} acted.\n:::', { sources: TEST_SOURCES });
    expect(html).toContain('The <span class="sourced-term sourced-term--loaded" id="term-t1" data-term="loaded" aria-describedby="term-t1-explanation">regime</span><span class="sourced-term__explain" id="term-t1-explanation"> [Loaded wording]</span> acted.');
  });
});
