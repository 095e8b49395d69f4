import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site';
import { renderArticle } from '../../helpers/processor';
import { formatDiagnostic } from '../../../src/lib/diagnostics/diagnostic';
import { renderSchemaFiles, SCHEMA_FILES } from '../../../src/lib/tooling/json-schemas';
import { SOURCE_KINDS } from '../../../src/lib/schemas/source';
import { ANNOTATION_NAMES, CLAIM_STATUSES, NOTE_KINDS, TERM_KINDS } from '../../../src/lib/annotations/index';
import { buildArticleTemplate } from '../../../src/lib/tooling/article-template';

/** JSON with `//` comment lines, as VS Code writes its settings. */
function readJsonc(path: string): unknown {
  const text = readFileSync(join(PROJECT_ROOT, path), 'utf8');
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}

type Schema = { properties: Record<string, Schema & { enum?: string[] }>; required?: string[]; additionalProperties?: boolean | Schema; description?: string };

describe('JSON Schemas for editors', () => {
  test('the committed schema files are what `npm run schema` writes now', () => {
    for (const [path, text] of Object.entries(renderSchemaFiles())) {
      expect(readFileSync(join(PROJECT_ROOT, path), 'utf8'), `${path} is out of date: run npm run schema`).toBe(text);
    }
  });

  test('the frontmatter schema follows the Zod schema: required fields, closed objects, source kinds, dates as text', () => {
    const schema = JSON.parse(renderSchemaFiles()[SCHEMA_FILES.article]!) as Schema;
    expect(schema.required?.sort()).toEqual(['description', 'original', 'published', 'title']);
    expect(schema.additionalProperties).toBe(false);
    const source = schema.properties['sources']!.additionalProperties as Schema;
    expect(source.properties['kind']!.enum).toEqual([...SOURCE_KINDS]);
    expect(source.required).toEqual(['name', 'kind']);
    expect(schema.properties['published']).toMatchObject({ type: 'string', format: 'date' });
    expect(schema.properties['sources']!.description).toContain('sources/<id>.yaml');
  });

  test('the source file schema has the four fields and the kinds', () => {
    const schema = JSON.parse(renderSchemaFiles()[SCHEMA_FILES.source]!) as Schema;
    expect(Object.keys(schema.properties)).toEqual(['name', 'kind', 'role', 'url']);
    expect(schema.properties['kind']!.enum).toContain('document');
  });

  test('a new article names the schema on its first frontmatter line', () => {
    const text = buildArticleTemplate('A title', new Date('2024-01-02'), '../../schemas/article-frontmatter.schema.json');
    expect(text.split('\n').slice(0, 2)).toEqual(['---', '# yaml-language-server: $schema=../../schemas/article-frontmatter.schema.json']);
  });
});

describe('.vscode', () => {
  test('the check task’s problem matcher reads `npm run check` lines: file, line, column, severity, rule and message', () => {
    const tasks = readJsonc('.vscode/tasks.json') as { tasks: { label: string; problemMatcher: { pattern: Record<string, string | number> } | [] }[] };
    const check = tasks.tasks.find((task) => task.label === 'Sourced: check articles');
    const pattern = (check?.problemMatcher as { pattern: Record<string, string | number> }).pattern;
    const line = formatDiagnostic('content/articles/a b.md', {
      ruleId: 'bad-status',
      severity: 'error',
      message: '`:claim` status=`verified` is not a status. Did you mean `confirmed`?',
      hint: 'Use `unverified`, … (default `unverified`).',
      line: 12,
      column: 34,
    });
    const match = new RegExp(String(pattern['regexp'])).exec(line);
    expect(match).not.toBeNull();
    const field = (name: string) => match![Number(pattern[name])];
    expect([field('file'), field('line'), field('column'), field('severity'), field('code')]).toEqual(['content/articles/a b.md', '12', '34', 'error', 'bad-status']);
    expect(field('message')).toBe('`:claim` status=`verified` is not a status. Did you mean `confirmed`? Use `unverified`, … (default `unverified`).');
    // The summary line is not a problem.
    expect(new RegExp(String(pattern['regexp'])).test('1 article checked in 0.02 s: 1 error, 0 warnings.')).toBe(false);
  });

  test('there is a snippet for each directive, and each expands with its defaults to an annotation the checker accepts', async () => {
    const snippets = readJsonc('.vscode/sourced.code-snippets') as Record<string, { prefix: string; body: string[] }>;
    const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);
    for (const name of ANNOTATION_NAMES) expect(prefixes.some((prefix) => prefix.replace(/^:+/, '').startsWith(name)), name).toBe(true);
    const body = Object.values(snippets)
      .map((snippet) => expandDefaults(snippet.body.join('\n')))
      .join('\n\n');
    const sources = { 'source-id': { name: 'A source', kind: 'person' } };
    const { annotations } = await renderArticle(`:claim[x]{#claim-id by=source-id} First.\n\n${body.replace('#claim-id', '#claim-id-2')}`, { sources });
    expect(annotations.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(annotations.claims).toHaveLength(3);
    expect(annotations.quotes).toHaveLength(1);
    expect(annotations.notes).toHaveLength(1);
    // Choices offered are exactly the vocabulary's.
    const text = JSON.stringify(snippets);
    for (const list of [CLAIM_STATUSES, NOTE_KINDS, TERM_KINDS]) expect(text).toContain(`|${list.join(',')}|`);
  });
});

/** A snippet body with every placeholder replaced by its default (first choice, default text, nothing). */
function expandDefaults(body: string): string {
  let text = body;
  for (let pass = 0; pass < 5; pass++) {
    text = text
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{(?:\d+|TM_SELECTED_TEXT):([^${}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');
  }
  return text;
}
