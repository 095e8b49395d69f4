import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from '../../../src/lib/checker/frontmatter';

const VALID = [
  '---',
  'title: A headline',
  'description: What it is about.',
  'published: 2024-03-14',
  'original:',
  '  outlet: Example News',
  'sources:',
  '  ft:',
  '    name: Financial Times',
  '    kind: outlet',
  '---',
  '',
  'Body.',
];

/** The valid article with some lines replaced (1-based line number → new text, or null to drop). */
function article(changes: Record<number, string | null> = {}): string {
  return VALID.flatMap((line, index) => {
    const change = changes[index + 1];
    return change === undefined ? [line] : change === null ? [] : [change];
  }).join('\n');
}

function problems(source: string): string[] {
  return checkFrontmatter(source).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
}

describe('checkFrontmatter', () => {
  test('accepts a valid article and returns its data and trimmed body', () => {
    const result = checkFrontmatter(article());
    expect(result.diagnostics).toEqual([]);
    expect(result.body).toBe('Body.');
    expect(result.data).toMatchObject({ title: 'A headline' });
  });

  test('accepts Windows line endings and a byte order mark', () => {
    expect(checkFrontmatter(`\uFEFF${article().replace(/\n/g, '\r\n')}`).diagnostics).toEqual([]);
  });

  test('missing title', () => {
    expect(problems(article({ 2: null }))).toEqual(['1:1 missing-field: `title` is missing. Add `title:` to the frontmatter (text).']);
  });

  test('missing outlet under original', () => {
    expect(problems(article({ 6: '  title: Original headline' }))).toEqual([
      '6:3 missing-field: `original.outlet` is missing. Add `outlet:` under `original` (text).',
    ]);
  });

  test('bad date', () => {
    expect(problems(article({ 4: 'published: 14/03/2024' }))).toEqual([
      '4:12 bad-field-type: `published` must be a date such as 2022-03-14, but it is text `14/03/2024`.',
    ]);
  });

  test('unknown key, with a did-you-mean', () => {
    expect(problems(article({ 3: 'descripton: What it is about.' }))).toEqual([
      '1:1 missing-field: `description` is missing. Add `description:` to the frontmatter (text).',
      '3:1 unknown-field: `descripton` is not a frontmatter field. Did you mean `description`? Fields allowed here: `title`, `description`, `published`, `updated`, `tags`, `draft`, `original`, `sources`, `corrections` or `updates`.',
    ]);
  });

  test('bad source kind', () => {
    expect(problems(article({ 10: '    kind: newspaper' }))).toEqual([
      '10:11 bad-value: `sources.ft.kind` is `newspaper`, which is not allowed. Did you mean `outlet`? Use `outlet`, `government`, `official`, `anonymous`, `expert`, `organization`, `person` or `document`.',
    ]);
  });

  test('a javascript: URL', () => {
    expect(problems(article({ 6: '  outlet: Example News\n  url: "javascript:alert(1)"' }))).toEqual([
      '7:8 bad-field: `original.url` must be an absolute http:// or https:// URL (got `javascript:alert(1)`).',
    ]);
  });

  test('a source id that is not a slug', () => {
    expect(problems(article({ 8: '  Financial Times:' }))).toEqual([
      '8:3 bad-source-id: Source id `Financial Times` is not a lowercase slug. Use lowercase letters, digits and single hyphens, e.g. `financial-times`, and use the same id in `by=`.',
    ]);
  });

  test('a tag that is not a slug names the item', () => {
    expect(problems(article({ 4: 'published: 2024-03-14\ntags: [china, Ukraine War]' }))[0]).toMatch(
      /^5:15 bad-field: `tags` item 2 must be a lowercase slug/,
    );
  });

  test.each([['2026-02-30'], ['2026-13-01'], ['"2023-02-29"']])('an impossible date %s', (date) => {
    expect(problems(article({ 4: `published: ${date}` }))).toEqual([
      `4:12 bad-date: \`published\` is \`${date}\`, which is not a real date. Write it as YYYY-MM-DD with a month from 01 to 12 and a day that month has, e.g. \`2022-03-14\`.`,
    ]);
  });

  test('a source without a kind', () => {
    expect(problems(article({ 10: null }))).toEqual(['9:5 missing-field: `sources.ft.kind` is missing. Add `kind:` under `sources.ft`.']);
  });

  test('updated before published', () => {
    expect(problems(article({ 4: 'published: 2024-03-14\nupdated: 2024-03-01' }))).toEqual([
      '5:10 bad-field: `updated` must not be earlier than `published`.',
    ]);
  });

  test('reports every problem of the frontmatter at once', () => {
    // Line 2 (title) is dropped, so the later lines move up by one.
    expect(problems(article({ 2: null, 4: 'published: soon', 10: '    kind: blog' })).map((p) => /^\S+ [\w-]+/.exec(p)?.[0])).toEqual([
      '1:1 missing-field',
      '3:12 bad-field-type',
      '9:11 bad-value',
    ]);
  });

  test.each([
    ['an empty file', '', '1:1 empty-file'],
    ['a file of blank lines', '\n\n  \n', '1:1 empty-file'],
    ['no frontmatter', 'Just text.', '1:1 no-frontmatter'],
    ['frontmatter that is a list', '---\n- a\n- b\n---\nBody', '2:1 frontmatter-not-mapping'],
    ['frontmatter that is text', '---\njust words\n---\nBody', '2:1 frontmatter-not-mapping'],
    ['YAML with a tab indent', '---\ntitle: x\noriginal:\n\toutlet: y\n---\nBody', 'frontmatter-syntax'],
    ['unclosed YAML', '---\ntitle: [unclosed\n---\nBody', 'frontmatter-syntax'],
  ])('%s', (_name, source, expected) => {
    expect(problems(source)[0]).toContain(expected);
  });
});
