import { describe, expect, test } from 'vitest';
import { buildSite, writeContentFolder } from '../helpers/build-site';

/** A valid frontmatter with some lines replaced; `body` follows it. */
function article(overrides: Partial<Record<'title' | 'published' | 'extra' | 'kind' | 'url', string>>, body = 'Text :claim[words]{by=ft}.'): string {
  return [
    '---',
    overrides.title ?? 'title: A title',
    'description: A description.',
    overrides.published ?? 'published: 2024-01-02',
    ...(overrides.extra ? [overrides.extra] : []),
    'original:',
    '  outlet: Example',
    ...(overrides.url ? [overrides.url] : []),
    'sources:',
    '  ft:',
    '    name: Financial Times',
    overrides.kind ?? '    kind: outlet',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

/** A failed build's output ends with the analyst's list, without Astro's crash report around it. */
function expectNoCrashReport(output: string): void {
  expect(output).not.toMatch(/Stack trace|unhandled error|^\s+at .+:\d+:\d+\)?$/m);
}

describe('a build with malformed articles', () => {
  const folder = writeContentFolder('bad-articles', {
    'missing-title.md': article({ title: '' }),
    'bad-date.md': article({ published: 'published: not-a-date' }),
    'unknown-key.md': article({ extra: 'author: Someone' }),
    'bad-kind.md': article({ kind: '    kind: newspaper' }),
    'javascript-url.md': article({ url: '  url: "javascript:alert(1)"' }),
    'annotations.md': article(
      {},
      [
        'One :claim[x]{by=fx} and :clam[y]{by=ft}.',
        '',
        ':claim[z]{by=ft status=sure} and :quote[q]{by=ft note=x}.',
        '',
        'Unclosed :claim[never closed {by=ft}',
      ].join('\n'),
    ),
  });
  const result = buildSite({ name: 'bad-articles', contentDir: folder });

  test('fails', () => {
    expect(result.exitCode).not.toBe(0);
  });

  test('prints the analyst’s list, not a crash: no stack trace, no "unhandled error" frame', () => {
    expectNoCrashReport(result.output);
  });

  test.each([
    ['missing-title.md:1:1  error  missing-field  `title` is missing.'],
    ['bad-date.md:4:12  error  bad-field-type  `published` must be a date such as 2022-03-14, but it is text `not-a-date`.'],
    ['unknown-key.md:5:1  error  unknown-field  `author` is not a frontmatter field.'],
    ['bad-kind.md:10:11  error  bad-value  `sources.ft.kind` is `newspaper`, which is not allowed.'],
    ['javascript-url.md:7:8  error  bad-field  `original.url` must be an absolute http:// or https:// URL (got `javascript:alert(1)`).'],
    ['annotations.md:13:15  error  unknown-source  `:claim` by=`fx` is not a source declared in this article\'s frontmatter. Did you mean `ft`?'],
    ['annotations.md:13:26  error  unknown-directive  `:clam` is not a Sourced annotation. Did you mean `:claim`?'],
    ['annotations.md:15:17  error  bad-status  `:claim` status=`sure` is not a status.'],
    ['annotations.md:15:50  error  unknown-attribute  `:quote` has no attribute `note`.'],
    ['annotations.md:17:10  error  unclosed-directive  `:claim[` is not closed'],
  ])('reports %s', (expected) => {
    expect(result.output).toContain(`.test-builds/content/bad-articles/articles/${expected}`);
  });

  test('reports every error of every article in one run, and says how many', () => {
    expect(result.output).toContain('10 error(s) in articles');
  });
});

describe('a build whose frontmatter is all valid but whose annotations are not', () => {
  test('fails after rendering, reporting every annotation error with its file position', () => {
    const folder = writeContentFolder('annotation-errors', {
      'first.md': article({}, 'One :claim[x]{by=fx}.\n\n:quote[y]{by=ft statuz=1}'),
      'second.md': article({}, ':::note{kind=aside}\nText.\n:::\n\nAnd :claim[z]{by=ft}.'),
    });
    const result = buildSite({ name: 'annotation-errors', contentDir: folder });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('3 error(s) in articles');
    expect(result.output).toContain(`${folder}/articles/first.md:13:15  error  unknown-source`);
    expect(result.output).toContain(`${folder}/articles/first.md:15:17  error  unknown-attribute`);
    expect(result.output).toContain(`${folder}/articles/second.md:13:9  error  bad-note-kind`);
    expectNoCrashReport(result.output);
  });
});

describe('a build where two articles declare one source id differently', () => {
  test('fails and names both files', () => {
    const folder = writeContentFolder('source-conflict', {
      'one.md': article({}),
      'two.md': article({ kind: '    kind: organization' }),
    });
    const result = buildSite({ name: 'source-conflict', contentDir: folder });
    expect(result.exitCode).not.toBe(0);
    // The check's cross-article rule (checker/source-conflicts.ts), before anything is rendered.
    expect(result.output).toMatch(
      new RegExp(`${folder}/articles/two\\.md:\\d+:3  error  source-conflict  Source \`ft\` is declared here as \`Financial Times\` \\(kind \`organization\`\\), but ${folder}/articles/one\\.md:\\d+:3 declares it as \`Financial Times\` \\(kind \`outlet\`\\)\\.`),
    );
    expectNoCrashReport(result.output);
  });
});

describe('a build with an article whose only problem is a warning', () => {
  test('succeeds and prints the warning with its position', () => {
    const folder = writeContentFolder('warning-only', {
      'unused.md': article({ kind: '    kind: outlet\n  extra-source:\n    name: Nobody\n    kind: person' }),
    });
    const result = buildSite({ name: 'warning-only', contentDir: folder });
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('unused.md:11:3  warning  unused-source  Source `extra-source` is declared');
  });
});
