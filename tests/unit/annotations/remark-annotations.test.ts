import { describe, expect, test } from 'vitest';
import { positionsAndRules, renderArticle, TEST_SOURCES } from '../../helpers/processor';

/** Diagnostics of one snippet as `line:column rule-id: message hint`. */
async function problems(markdown: string, frontmatter?: Record<string, unknown>): Promise<string[]> {
  const { annotations } = await renderArticle(markdown, frontmatter);
  return annotations.diagnostics
    .filter((d) => d.ruleId !== 'unused-source')
    .map((d) => `${d.line}:${d.column} ${d.ruleId}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
}

describe('claims', () => {
  test('marks a claim in its sentence with data-claim, an id and a described-by link to its callout', async () => {
    const { html, annotations } = await renderArticle(
      'Officials say :claim[China has signalled aid]{#signal by=us-officials via=ft status=unverified} today.',
    );
    expect(html).toContain(
      '<span class="sourced-claim sourced-claim--unverified" id="claim-signal" data-claim="signal" data-status="unverified" aria-describedby="callout-signal">China has signalled aid</span>',
    );
    expect(html).toContain('<a class="sourced-claim__ref" href="#callout-signal"');
    expect(html).toContain('<details class="sourced-callout sourced-callout--unverified" data-callout="signal">');
    expect(html).toContain('<div class="sourced-callout__body" id="callout-signal">');
    expect(annotations.claims).toHaveLength(1);
    expect(annotations.claims[0]).toMatchObject({
      id: 'signal',
      number: 1,
      text: 'China has signalled aid',
      status: 'unverified',
      sourcing: 'Anonymous officials, via Financial Times',
      by: { id: 'us-officials', name: 'US officials' },
      via: { id: 'ft' },
    });
    expect(annotations.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('keeps the sentence text around the claim exactly as written', async () => {
    const { html } = await renderArticle('Before :claim[the claim]{by=ft} after, with “quotes” -- and dashes...');
    const text = html.replace(/<a class="sourced-claim__ref"[\s\S]*?<\/a>/, '').replace(/<div class="sourced-callouts"[\s\S]*$/, '');
    expect(text.replace(/<[^>]+>/g, '')).toContain('Before the claim after, with “quotes” -- and dashes...');
  });

  test('callout says the source name and role, the sourcing kind and the status in words', async () => {
    const { html } = await renderArticle(':claim[Xi doubts it]{by=tsang status=corroborated note="Said twice."}');
    expect(html).toContain('<span class="sourced-callout__name">Steve Tsang</span>');
    expect(html).toContain('<p class="sourced-callout__line sourced-callout__role">director of the SOAS China Institute</p>');
    expect(html).toContain('>Named expert<');
    expect(html).toContain('<span class="sourced-status sourced-status--corroborated">Corroborated</span>');
    expect(html).toContain('Editor’s note:</span> Said twice.');
  });

  test('generates ids in reading order without clashing with ids the author chose', async () => {
    const { annotations } = await renderArticle(':claim[a]{by=ft} :claim[b]{#c1 by=ft} :claim[c]{by=ft}');
    expect(annotations.claims.map((c) => c.id)).toEqual(['c2', 'c1', 'c3']);
    expect(annotations.claims.map((c) => c.number)).toEqual([1, 2, 3]);
  });

  test('links a denial and the claim it answers both ways', async () => {
    const { html, annotations } = await renderArticle(
      'FT: :claim[Russia asked China for arms]{#request by=ft}.\n\nThe embassy said :claim[it was not aware of such a request]{by=embassy responds=request status=denied}.',
    );
    const [request, denial] = annotations.claims;
    expect(request?.respondedBy).toEqual(['c1']);
    expect(denial?.responds).toBe('request');
    expect(denial?.sourcing).toBe('Official denial');
    expect(html).toContain('Answers</span> <a href="#claim-request">claim 1</a>');
    expect(html).toContain('Answered by</span> <a href="#claim-c1">claim 2</a> (denied)');
  });

  test('puts the callouts after the block that holds their claims, grouped with the plain blocks that follow', async () => {
    const { html } = await renderArticle('First :claim[one]{by=ft} and :claim[two]{by=ft}.\n\nPlain.\n\nThird :claim[three]{by=ft}.');
    const order = [...html.matchAll(/<p>First|id="callout-c1"|id="callout-c2"|<p>Plain|<p>Third|id="callout-c3"/g)].map((m) => m[0]);
    expect(order).toEqual(['<p>First', 'id="callout-c1"', 'id="callout-c2"', '<p>Plain', '<p>Third', 'id="callout-c3"']);
    expect(html).toContain('<div class="sourced-group__rest"><p>Plain.</p></div>');
  });

  test('a quote inside a claim is valid and belongs to it', async () => {
    const { annotations } = await renderArticle('“:claim[:quote[I doubt it]{by=tsang}]{#doubt by=tsang},” Tsang said.');
    expect(annotations.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(annotations.quotes[0]).toMatchObject({ id: 'q1', claim: 'doubt', text: 'I doubt it' });
    expect(annotations.claims[0]?.quotes).toEqual(['q1']);
  });

  test('a claim inside a link gets its marker after the link, so links never nest', async () => {
    const { html } = await renderArticle('[:claim[linked words]{by=ft}](https://example.org/)');
    expect(html).toMatch(/<a href="https:\/\/example.org\/"><span class="sourced-claim[^>]*>linked words<\/span><\/a><a class="sourced-claim__ref"/);
  });
});

describe('quotes', () => {
  test('marks a quote with data-quote and links it to its sidebar entry', async () => {
    const { html, annotations } = await renderArticle('“:quote[I doubt Xi wants it]{by=tsang},” Tsang said.');
    expect(html).toContain(
      '<p>“<a class="sourced-quote" id="quote-q1" data-quote="q1" data-speaker="tsang" href="#quote-entry-q1">I doubt Xi wants it</a>,” Tsang said.</p>',
    );
    expect(annotations.quotes).toEqual([
      expect.objectContaining({ id: 'q1', number: 1, text: 'I doubt Xi wants it', by: expect.objectContaining({ name: 'Steve Tsang' }) }),
    ]);
  });

  test('a quote inside a link is not itself a link', async () => {
    const { html } = await renderArticle('[“:quote[words]{by=tsang}”](https://example.org/)');
    expect(html).toContain('<a href="https://example.org/">“<span class="sourced-quote" id="quote-q1"');
  });
});

describe('notes', () => {
  test('renders a note with its kind as a visible label', async () => {
    const { html, annotations } = await renderArticle(':::note{kind=translation}\n“She” means the government.\n:::');
    expect(html).toContain(
      '<div class="sourced-note sourced-note--translation" id="note-n1" role="note" data-note="translation"><p class="sourced-note__label">Translation note</p><p>“She” means the government.</p></div>',
    );
    expect(annotations.notes).toEqual([expect.objectContaining({ kind: 'translation', label: 'Translation note', text: '“She” means the government.' })]);
  });

  test('defaults to a context note and shows a bracketed title after the kind', async () => {
    const { html, annotations } = await renderArticle(':::note[About the *dates*]\nNo date is given.\n:::');
    expect(html).toContain('<p class="sourced-note__label">Context: About the dates</p>');
    expect(annotations.notes).toEqual([expect.objectContaining({ kind: 'context', label: 'Context: About the dates' })]);
  });
});

describe('text that only looks like a directive', () => {
  test.each([
    ['times', 'The meeting at 10:30 ended at 11:45.'],
    ['ratios', 'A 3:1 majority.'],
    ['names', 'Seen at re:Invent and on localhost:8080.'],
    ['several on a line', 'a:b c:d e:f 1:2:3'],
    ['a bracketed unknown name far from ours', 'See :figure[one]{x=1} here.'],
  ])('keeps %s exactly as written', async (_name, markdown) => {
    const { html } = await renderArticle(markdown);
    expect(html).toBe(`<p>${markdown}</p>`);
  });

  test('keeps an unknown block directive and its content', async () => {
    const { html } = await renderArticle(':::warning\nkept **bold**\n:::');
    expect(html).toBe('<p>:::warning</p>\n<p>kept <strong>bold</strong></p>\n<p>:::</p>');
  });

  test('keeps Markdown inside the label of an unknown directive', async () => {
    const { html } = await renderArticle('ratio:x[*a*]');
    expect(html).toBe('<p>ratio:x[<em>a</em>]</p>');
  });
});

describe('errors for analysts', () => {
  test('unknown source, with a did-you-mean', async () => {
    expect(await problems('Text :claim[x]{by=us-oficials}')).toEqual([
      "1:16 unknown-source: `:claim` by=`us-oficials` is not a source declared in this article's frontmatter. Did you mean `us-officials`? Use one of `us-officials`, `ft`, `tsang` or `embassy`, or declare `us-oficials` under `sources:` with a name and kind.",
    ]);
  });

  test('unknown source given by its display name suggests the id', async () => {
    expect((await problems(':quote[x]{by="Steve Tsang"}'))[0]).toContain('Did you mean `tsang`?');
  });

  test('missing by', async () => {
    expect(await problems('Line one.\n\nThen :claim[words]{status=denied}.')).toEqual([
      '3:6 missing-by: `:claim[…]` has no `by=`: every claim needs the id of who says it. Add `by=` with one of the sources declared in the frontmatter: `us-officials`, `ft`, `tsang` or `embassy`.',
    ]);
  });

  test('unknown attribute, with a did-you-mean and the allowed list', async () => {
    expect(await problems(':claim[x]{by=ft statuz=denied}')).toEqual([
      '1:17 unknown-attribute: `:claim` has no attribute `statuz`. Did you mean `status`? Allowed: `#id`, `by`, `via`, `status`, `responds`, `note` or `same`.',
    ]);
  });

  test('a class is an unknown attribute', async () => {
    expect((await problems(':quote[x]{by=tsang .big}'))[0]).toBe("1:20 unknown-attribute: `:quote` has no attribute `.class`. Allowed: `by`.");
  });

  test('bad status value', async () => {
    expect(await problems(':claim[x]{by=ft status=confimed}')).toEqual([
      '1:17 bad-status: `:claim` status=`confimed` is not a status. Did you mean `confirmed`? Use `unverified`, `corroborated`, `confirmed`, `disputed` or `denied` (default `unverified`).',
    ]);
  });

  test('bad note kind value', async () => {
    expect(await problems(':::note{kind=translaton}\nText.\n:::')).toEqual([
      '1:9 bad-note-kind: `:::note` kind=`translaton` is not a kind of note. Did you mean `translation`? Use `context`, `correction`, `translation` or `caveat` (default `context`).',
    ]);
  });

  test('duplicate id', async () => {
    expect(await problems(':claim[a]{#same by=ft}\n\n:claim[b]{#same by=ft}')).toEqual([
      '3:11 duplicate-id: `:claim` id `#same` is already used by the claim on line 1. Give each claim its own id, or remove the id to have one generated.',
    ]);
  });

  test('responds to an unknown claim, with a did-you-mean', async () => {
    expect(await problems(':claim[a]{#request by=ft}\n\n:claim[b]{by=embassy responds=reqest status=denied}')).toEqual([
      '3:22 unknown-claim: `:claim` responds=`reqest` names no claim in this article. Did you mean `request`? Give the claim being answered an id (`{#its-id …}`) and use that id in `responds=`.',
    ]);
  });

  test('empty label', async () => {
    expect(await problems('Text :claim[]{by=ft}')).toEqual([
      '1:6 empty-label: `:claim[]` has no words inside the brackets. Put the claimed statement between `[` and `]`.',
    ]);
  });

  test('unknown bracketed directive close to ours, with a did-you-mean', async () => {
    expect(await problems('Text :clam[x]{by=ft}')).toEqual([
      '1:6 unknown-directive: `:clam` is not a Sourced annotation. Did you mean `:claim`? Sourced knows `:claim`, `:quote` and `:::note`; fix the name, or escape the colon as `\\:` if you meant the text.',
    ]);
    expect((await problems(':::nots\nx\n:::'))[0]).toContain('Did you mean `:::note`?');
  });

  test('an unclosed bracket', async () => {
    expect(await problems('Text :claim[never closed {by=ft}')).toEqual([
      '1:6 unclosed-directive: `:claim[` is not closed: the words need a closing `]` before the attributes. Write `:claim[words]{by=source-id}`.',
    ]);
  });

  test('an unclosed brace', async () => {
    expect(await problems('Text :quote[words]{by=tsang and more')).toEqual([
      '1:19 unclosed-directive: The attributes after `:quote[…]` are not closed: `{by=tsang and more`. Close them with `}`, e.g. `{by=source-id}`.',
    ]);
  });

  test('attributes that cannot be read (an empty value)', async () => {
    expect(await problems('Text :claim[words]{by=} more')).toEqual([
      '1:19 bad-attributes: The attributes after `:claim[…]` could not be read: `{by=} more`. Give every attribute a value (`by=source-id`), put values with spaces in straight double quotes (`note="two words"`), and use `&quot;` for a double quote inside a value.',
    ]);
  });

  test('an escaped colon shows the syntax as text without an error', async () => {
    const { html, annotations } = await renderArticle('Write \\:claim[words]{by=x} to mark a claim.');
    expect(annotations.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(html).toBe('<p>Write :claim[words]{by=x} to mark a claim.</p>');
  });

  test('an id on a quote is reported as #id', async () => {
    expect(await problems(':quote[x]{#mine by=tsang}')).toEqual(['1:11 unknown-attribute: `:quote` has no attribute `#id`. Allowed: `by`.']);
  });

  test('a directive whose words and attributes run over several lines is still one claim', async () => {
    const { annotations } = await renderArticle('Text :claim[words\nmore]{by=\nft}');
    expect(annotations.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(annotations.claims).toEqual([expect.objectContaining({ text: 'words more', by: expect.objectContaining({ id: 'ft' }) })]);
  });

  test('an unparsed note fence', async () => {
    expect(await problems('Intro :::note{kind=context} inline')).toEqual([
      '1:7 unclosed-directive: `:::note` was not read as an annotation: its brackets or braces are not closed. Write `:::note{kind=context}` alone on its line with the braces closed, and end the note with a `:::` line.',
    ]);
  });

  test('wrong number of colons', async () => {
    expect(await problems('::claim[x]{by=ft}')).toEqual([
      '1:1 wrong-form: `::claim` is written with the wrong number of colons. Write `:claim[words]{by=source-id}` with one colon, inside the sentence.',
    ]);
    expect((await problems('A :note[x]'))[0]).toMatch(/^1:3 wrong-form: `:note` .* A note is a block/);
  });

  test('nested claims and nested quotes', async () => {
    expect(positionsAndRules((await renderArticle(':claim[a :claim[b]{by=ft}]{by=ft}')).annotations)).toContain('1:10 nested-claim');
    expect(positionsAndRules((await renderArticle(':quote[a :quote[b]{by=tsang}]{by=tsang}')).annotations)).toContain('1:10 nested-quote');
    expect(positionsAndRules((await renderArticle(':quote[a :claim[b]{by=ft}]{by=tsang}')).annotations)).toContain('1:10 claim-in-quote');
  });

  test('bad claim id', async () => {
    expect((await problems(':claim[x]{#Bad_Id by=ft}'))[0]).toMatch(/^1:11 bad-id: `:claim` id `#Bad_Id` is not a valid id\./);
  });

  test('reports every error of an article, in order', async () => {
    const { annotations } = await renderArticle(':claim[a]{by=nobody}\n\n:claim[b]{status=maybe by=ft}\n\n:clam[c]{by=ft}', {
      sources: { ft: TEST_SOURCES.ft },
    });
    expect(positionsAndRules(annotations)).toEqual(['1:11 unknown-source', '3:11 bad-status', '5:1 unknown-directive']);
  });
});

describe('warnings', () => {
  test('a declared source no claim or quote uses', async () => {
    const { annotations } = await renderArticle(':claim[x]{by=ft}');
    const unused = annotations.diagnostics.filter((d) => d.ruleId === 'unused-source');
    expect(unused.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(unused.map((d) => d.message)).toEqual([
      'Source `us-officials` is declared in the frontmatter but no claim or quote uses it.',
      'Source `tsang` is declared in the frontmatter but no claim or quote uses it.',
      'Source `embassy` is declared in the frontmatter but no claim or quote uses it.',
    ]);
  });

  test('a quote ending in an apostrophe is not mistaken for a closing quotation mark', async () => {
    const { annotations } = await renderArticle('“:quote[we are the Smiths’]{by=tsang}”', { sources: { tsang: TEST_SOURCES.tsang } });
    expect(annotations.diagnostics).toEqual([]);
  });

  test('a source named only in an annotation with other problems is not reported unused', async () => {
    const { annotations } = await renderArticle('::claim[x]{by=ft}', { sources: { ft: TEST_SOURCES.ft } });
    expect(annotations.diagnostics.map((d) => d.ruleId)).toEqual(['wrong-form']);
  });

  test('quotation marks inside a quote', async () => {
    const { annotations } = await renderArticle(':quote[“words”]{by=tsang}', { sources: { tsang: TEST_SOURCES.tsang } });
    expect(annotations.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'quote-marks-inside', severity: 'warning', line: 1, column: 1 }),
    ]);
  });
});
