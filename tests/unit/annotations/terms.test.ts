import { describe, expect, test } from 'vitest';
import { renderArticle } from '../../helpers/processor';

describe(':term and the language lens', () => {
  test('marks analyst terms with their kind and an explanation shown by the lens', async () => {
    const { html, annotations } = await renderArticle('The :term[communist regime]{kind=loaded note="The outlet’s word."} said so.', { sources: {} });
    expect(html).toBe(
      '<p>The <span class="sourced-term sourced-term--loaded" id="term-t1" data-term="loaded" aria-describedby="term-t1-explanation">communist regime</span><span class="sourced-term__explain" id="term-t1-explanation"> [Loaded wording: The outlet’s word.]</span> said so.</p>',
    );
    expect(annotations.terms).toEqual([expect.objectContaining({ id: 't1', kind: 'loaded', text: 'communist regime', automatic: false })]);
  });

  test('marks common hedges automatically, also inside claims, but not inside code or words', async () => {
    const { html, annotations } = await renderArticle('It is apparently so. :claim[They seem to agree]{by=ft} `reportedly` unreportedly.', {
      sources: { ft: { name: 'FT', kind: 'outlet' } },
    });
    expect(annotations.terms.map((term) => [term.text, term.kind, term.automatic])).toEqual([
      ['apparently', 'hedge', true],
      ['seem to', 'hedge', true],
    ]);
    expect(html).toContain('<code>reportedly</code> unreportedly.');
    expect(html).toContain('data-claim="c1" data-status="unverified" aria-describedby="callout-c1">They <span class="sourced-term sourced-term--hedge"');
  });

  test('does not mark a hedge twice when the analyst already marked it', async () => {
    const { annotations } = await renderArticle('It :term[is said to]{kind=hedge} be so.', { sources: {} });
    expect(annotations.terms).toHaveLength(1);
    expect(annotations.terms[0]?.automatic).toBe(false);
  });

  test('reports a missing or unknown kind', async () => {
    const { annotations } = await renderArticle('A :term[x]{note=y} and :term[z]{kind=biased}.', { sources: {} });
    expect(annotations.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}: ${d.message}`)).toEqual([
      '1:3 missing-kind: `:term[…]` has no `kind=`.',
      '1:33 bad-term-kind: `:term` kind=`biased` is not a kind of term. Did you mean `loaded`?',
    ]);
  });
});
