import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { stripAnnotations, toPlainArticle } from '../../../src/lib/suggest/strip-annotations';
import { isoDay, suggestDraft } from '../../../src/lib/suggest/suggest-draft';
import { checkArticleFile } from '../../../src/lib/checker/check-article';

const TODAY = new Date(2026, 10, 28, 12);
const seedText = readFileSync('tests/fixtures/seed-original.txt', 'utf8');
const seed = suggestDraft(seedText, { today: TODAY, inputName: 'seed-original.txt' });
const body = seed.markdown.slice(seed.markdown.indexOf('\n---\n') + 5);
const frontmatter = parseYaml(seed.markdown.slice(4, seed.markdown.indexOf('\n---\n'))) as Record<string, any>;

/** The draft's line that contains `words`. */
const lineWith = (words: string) => body.split('\n').find((line) => line.includes(words)) ?? '';

describe('the seed’s tricky cases', () => {
  test('a quote with the editor’s insertion in brackets stays one quote, marks outside, attributed by "said Steve Tsang, director of …"', () => {
    expect(lineWith('Outwardly')).toMatch(/^“:claim\[:quote\[Outwardly she is \(the Chinese government, editor’s note\) neutral, but in reality she is on the side of Russia\]\{by=tsang\}\]\{by=tsang status=unverified\},” said Steve Tsang, director of/);
    expect(frontmatter['sources']['tsang']).toEqual({ name: 'Steve Tsang', kind: 'expert', role: 'director of the China Institute at London’s School of Oriental and African Studies' });
  });

  test('a partial quote keeps its full stop inside and sits in the official’s claim', () => {
    expect(lineWith('monitoring')).toContain('A senior US Defense Department official said :claim[it was “:quote[monitoring the situation very, very closely.]{by=us-defense-department-official}”]{by=us-defense-department-official status=unverified}');
  });

  test('“he said” is the senior Defense Department official, with a check note', () => {
    expect(lineWith('Should China')).toContain('“:claim[:quote[Should China decide to provide material support to Russia in this war, there will likely be consequences for China]{by=us-defense-department-official}]{by=us-defense-department-official status=unverified note="check: “he” taken to be A senior US Defense Department official"},” he said.');
    expect(frontmatter['sources']['us-defense-department-official']).toEqual({ name: 'A senior US Defense Department official', kind: 'anonymous' });
  });

  test('quotes split around "Tsang said" both go to Tsang', () => {
    expect(lineWith('I doubt Xi')).toBe('“:claim[:quote[I doubt Xi wants to see the war in Ukraine escalate any further]{by=tsang}]{by=tsang status=unverified},” Tsang said. “:claim[:quote[Instead, he wants Putin to get what he wants without much collateral damage.]{by=tsang}]{by=tsang status=unverified}”');
  });

  test('scare quotes go to the subject of the sentence, a government', () => {
    expect(lineWith('regret')).toContain('The regime of Xi Jingping (68) :claim[expressed its “:quote[regret]{by=chinese-government}” for the quite important trading partner Ukraine and expressed concern for civilian casualties]{by=chinese-government status=unverified note="check: ');
    expect(lineWith('security concerns')).toContain('Beijing :claim[reiterated its criticism of the USA, the eastward expansion of NATO and its understanding of Russian “:quote[security concerns]{by=chinese-government}”]{by=chinese-government status=unverified}');
    expect(frontmatter['sources']['chinese-government']).toEqual({ name: 'Chinese government', kind: 'government' });
  });

  test('a report citing others: by the officials, via the outlet, on the sentence before', () => {
    expect(lineWith('United States is alarmed')).toMatch(/^The United States is alarmed: :claim\[the communist regime is said to have signaled .* attacking Ukraine\]\{by=officials via=financial-times status=unverified note="check: /);
  });

  test('denials are flagged with status=denied and responds= the claim they answer, with a check', () => {
    expect(lineWith('Russia had asked')).toContain(':claim[Russia had asked China for support – with arms AND economically – to limit the impact of the sanctions]{#russia-asked-china by=financial-times status=unverified note="check: answered by a denial below: status=disputed?"}');
    expect(lineWith('not aware')).toContain('{by=chinese-embassy-us status=denied responds=russia-asked-china note="check: a denial: responds to #russia-asked-china');
    expect(lineWith('not aware')).toContain(':claim[denied having made a request to China]{by=russian-government status=denied responds=russia-asked-china');
  });

  test('finds all 8 quotes and 14 claims; the crossheading becomes a heading; boilerplate is gone', () => {
    expect(seed.stats).toMatchObject({ quotes: 8, claims: 14, denials: 2 });
    expect(body).toContain('\n## China’s worst-case scenario: Putin toppled\n');
    expect(body).not.toContain('You may also like');
  });
});

describe('the draft', () => {
  test('is a draft with today’s date, the headline, byline and outlet, a datenote, and hedges listed at the top', () => {
    expect(frontmatter).toMatchObject({
      title: 'Ukraine war: China apparently ready for military aid for Russia – USA are alarmed – foreign policy',
      published: '2026-11-28',
      draft: true,
      original: { outlet: 'time news', title: 'Ukraine war: China apparently ready for military aid for Russia – USA are alarmed – foreign policy', byline: 'by time news' },
    });
    expect(frontmatter['original']['datenote']).toMatch(/date of publication is not known/);
    const header = seed.markdown.split('\ntitle:')[0]!;
    expect(header).toContain('“apparently” (headline)');
    expect(header).toContain('“is said to” (paragraph 2)');
    expect(header).toContain('“seem to” (paragraph 13)');
    expect(header).toContain('“You may also like”, “Leave a Comment”');
    expect(isoDay(TODAY)).toBe('2026-11-28');
  });

  test('keeps the article text word for word', () => {
    const stripped = stripAnnotations(seed.markdown);
    expect(toPlainArticle(stripped).trim()).toBe(seedText.replace(/\n\nYou may also like\n\nLeave a Comment\s*$/, '').replace(/\n{3,}/g, '\n\n').trim());
  });

  test('uses "TODO" for the outlet when there is no byline, and declares no sources when nothing is attributed', () => {
    const draft = suggestDraft('A headline\n\nNothing is attributed here.\n', { today: TODAY });
    expect(draft.markdown).toContain('  outlet: "TODO"  # TODO: the pasted text has no “by …” line');
    expect(draft.markdown).toContain('sources: {}');
  });

  test('seed and fixture drafts pass npm run check with no errors and no warnings', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'suggest-draft-'));
    const inputs = [seedText, ...readdirSync('tests/fixtures/suggest').filter((f) => f.endsWith('.md')).map((f) => toPlainArticle(stripAnnotations(readFileSync(join('tests/fixtures/suggest', f), 'utf8'))))];
    for (const [index, text] of inputs.entries()) {
      const file = join(folder, `draft-${index}.md`);
      writeFileSync(file, suggestDraft(text, { today: TODAY }).markdown);
      // Only the draft's placeholders (TODOs, `check:` remarks), as warnings: they are for the analyst to fill in.
      expect((await checkArticleFile(file)).diagnostics.filter((d) => d.ruleId !== 'placeholder' || d.severity !== 'warning')).toEqual([]);
    }
  });

  test('text that looks like Markdown or a directive survives and still passes the check', async () => {
    const text = 'Odd *text*\n\n# Not a heading\n\n1. Not a list: a_b [link](x) :claim[fake]{by=x} <script>\n\n"We are *sure*," said Jane Smith, a resident.\n';
    const draft = suggestDraft(text, { today: TODAY });
    const file = join(mkdtempSync(join(tmpdir(), 'suggest-odd-')), 'odd.md');
    writeFileSync(file, draft.markdown);
    expect((await checkArticleFile(file)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(stripAnnotations(draft.markdown).plain).toBe('# Not a heading\n\n1. Not a list: a_b [link](x) :claim[fake]{by=x} <script>\n\n"We are *sure*," said Jane Smith, a resident.');
  });
});
