import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { claimId } from '../../../src/lib/suggest/claim-ids';
import { escapeInline, escapeLineStarts } from '../../../src/lib/suggest/markdown-escape';
import { attributeValue, claimAttributes, renderParagraph, renderQuoteChecks } from '../../../src/lib/suggest/render-body';
import { renderFrontmatter } from '../../../src/lib/suggest/render-frontmatter';
import { baseSourceId, uniqueId } from '../../../src/lib/suggest/source-ids';
import type { SuggestedClaim } from '../../../src/lib/suggest/types';

const claim = (start: number, end: number, extra: Partial<SuggestedClaim> = {}): SuggestedClaim => ({ start, end, by: 'tsang', status: 'unverified', checks: [], ...extra });

describe('renderParagraph', () => {
  test('puts a whole quotation inside its claim, with the marks and the comma outside both', () => {
    const text = '“I doubt it,” Tsang said.';
    expect(renderParagraph(text, [{ start: 1, end: 11, by: 'tsang' }], [claim(1, 11)])).toBe('“:claim[:quote[I doubt it]{by=tsang}]{by=tsang status=unverified},” Tsang said.');
  });

  test('nests a partial quotation in a longer claim', () => {
    const text = 'He said it was “monitoring closely.”';
    expect(renderParagraph(text, [{ start: 16, end: 35, by: 'x' }], [claim(8, 36, { by: 'x' })])).toBe('He said :claim[it was “:quote[monitoring closely.]{by=x}”]{by=x status=unverified}');
  });

  test('escapes Markdown in the text so it renders word for word', () => {
    expect(renderParagraph('1990. Prices *rose* [sharply] <b>', [], [])).toBe('1990\\. Prices \\*rose\\* \\[sharply\\] \\<b>');
  });
});

describe('attributes', () => {
  test('values are bare when they are one word, quoted otherwise, and never break on quotation marks', () => {
    expect(attributeValue('ft')).toBe('ft');
    expect(attributeValue('check: two words')).toBe('"check: two words"');
    expect(attributeValue('check: the outlet says "aid"')).toBe(`'check: the outlet says "aid"'`);
    expect(attributeValue(`check: "aid" isn't it`)).toBe('"check: ”aid” isn\'t it"');
  });

  test('claims list id, by, via, status, responds and the check note', () => {
    expect(claimAttributes(claim(0, 1, { id: 'request', via: 'ft', status: 'denied', responds: 'aid', checks: ['a', 'b'] }))).toBe('{#request by=tsang via=ft status=denied responds=aid note="check: a; b"}');
  });

  test('quotes whose speaker was inferred get an HTML comment unless their claim already says it', () => {
    const text = '“Instead, he wants more.”';
    expect(renderQuoteChecks(text, [{ start: 1, end: 24, by: 'tsang', check: 'continues' }], [])).toEqual(['<!-- check: quote “Instead, he wants more.” by=tsang: continues -->']);
    expect(renderQuoteChecks(text, [{ start: 1, end: 24, by: 'tsang', check: 'continues' }], [claim(1, 24, { checks: ['continues'] })])).toEqual([]);
  });
});

describe('escaping', () => {
  test('inline and line-start syntax', () => {
    expect(escapeInline('a_b `c` ~~d~~ &amp; e\\f')).toBe('a\\_b \\`c\\` \\~\\~d\\~\\~ \\&amp; e\\\\f');
    expect(escapeInline('re:Invent[2026] at 10:30 and :claim[x]')).toBe('re\\:Invent\\[2026\\] at 10:30 and \\:claim[x\\]');
    expect(escapeLineStarts('# not a heading\n- not a list\n> not a quote\n2) no\n:::note')).toBe('\\# not a heading\n\\- not a list\n\\> not a quote\n2\\) no\n\\:::note');
  });
});

describe('frontmatter', () => {
  const yaml = renderFrontmatter({
    title: 'Ukraine war: China apparently ready',
    published: '2026-11-28',
    outlet: 'time news',
    outletReason: 'taken from the byline “by time news”',
    byline: 'by time news',
    hedges: [{ phrase: 'apparently', where: 'title', excerpt: 'China apparently ready' }],
    dropped: ['You may also like'],
    sources: [{ id: 'tsang', name: 'Steve Tsang', kind: 'expert', role: "director of the China Institute at London's SOAS", reason: 'a named person whose role reads as an outside expert’s' }],
  });

  test('starts with the analyst’s comments: hedges and dropped boilerplate', () => {
    const lines = yaml.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines[1]).toMatch(/^# DRAFT suggested by `npm run suggest`/);
    expect(yaml).toContain('#   - “apparently” (headline): China apparently ready');
    expect(yaml).toContain('# Dropped from the end of the pasted text as site boilerplate: “You may also like”');
  });

  test('is valid YAML with draft: true, the original and commented source kinds', () => {
    const data = parseYaml(yaml.replace(/^---\n|\n---$/g, '')) as Record<string, unknown>;
    expect(data).toMatchObject({
      title: 'Ukraine war: China apparently ready',
      draft: true,
      tags: [],
      original: { outlet: 'time news', title: 'Ukraine war: China apparently ready', byline: 'by time news' },
      sources: { tsang: { name: 'Steve Tsang', kind: 'expert', role: "director of the China Institute at London's SOAS" } },
    });
    expect((data['original'] as Record<string, string>)['datenote']).toMatch(/not known/);
    expect(yaml).toContain('    kind: expert  # check: a named person whose role reads as an outside expert’s');
  });
});

describe('ids', () => {
  test('sources: surnames for people, first significant words otherwise, unique', () => {
    expect(baseSourceId('Steve Tsang', 'expert', true)).toBe('tsang');
    expect(baseSourceId('Chinese embassy in the US', 'government', false)).toBe('chinese-embassy-us');
    expect(baseSourceId('A senior US Defense Department official', 'anonymous', false)).toBe('us-defense-department-official');
    expect(uniqueId('ft', new Set(['ft', 'ft-2']))).toBe('ft-3');
  });

  test('claims: first content words, never a generated c1-style id', () => {
    expect(claimId('Russia had asked China for support', new Set())).toBe('russia-asked-china');
    expect(claimId('Russia had asked China for support', new Set(['russia-asked-china']))).toBe('russia-asked-china-2');
  });
});
