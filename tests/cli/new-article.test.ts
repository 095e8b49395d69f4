import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/lib/util/slugify';
import { PROJECT_ROOT, TEST_BUILDS } from '../helpers/build-site';

import { runCli } from '../helpers/run-cli';

const CONTENT = '.test-builds/content/new-cli';
const run = (script: string, args: string[]) => runCli(script.replace('src/cli/', ''), args, { env: { CONTENT_DIR: CONTENT } });

describe('slugify', () => {
  test.each([
    ['China’s worst case: Putin toppled', 'chinas-worst-case-putin-toppled'],
    ['Zürich talks — 10:30', 'zurich-talks-10-30'],
    ['  ', ''],
  ])('%s gives %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('npm run new', () => {
  test('creates a valid draft from a title, refuses to overwrite it, and the draft passes the checker', () => {
    rmSync(join(TEST_BUILDS, 'content', 'new-cli'), { recursive: true, force: true });
    const created = run('src/cli/new-article.ts', ['Talks in Zürich: what was said']);
    expect(created.code).toBe(0);
    const file = join(PROJECT_ROOT, CONTENT, 'articles', 'talks-in-zurich-what-was-said.md');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Talks in Zürich: what was said"');
    expect(text).toContain(`published: ${new Date().toISOString().slice(0, 10)}`);
    expect(text).toContain('draft: true');
    // Editors find the frontmatter's JSON Schema from the article's own folder.
    const schemaLine = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
    expect(text.split('\n')[1]).toBe(schemaLine?.[0]);
    expect(existsSync(join(dirname(file), schemaLine![1]!))).toBe(true);
    for (const kind of ['outlet', 'government', 'official', 'anonymous', 'expert', 'organization', 'person', 'document']) {
      expect(text).toContain(`kind: ${kind}`);
    }

    const again = run('src/cli/new-article.ts', ['Talks in Zürich: what was said']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe(text);

    // A draft: its TODO placeholders are warnings, one per placeholder, and nothing else.
    const check = run('src/cli/check.ts', []);
    expect(check.stdout).toContain('0 errors, 3 warnings');
    expect(check.stdout.match(/ {2}warning {2}placeholder {2}/g)).toHaveLength(3);
    expect(check.code).toBe(0);

    // Published with its placeholders still in: each is an error.
    writeFileSync(file, text.replace('draft: true', 'draft: false'));
    const published = run('src/cli/check.ts', []);
    expect(published.stdout).toContain('3 errors, 0 warnings');
    expect(published.stdout).toMatch(/:4:\d+ {2}error {2}placeholder {2}`description` still holds a `TODO` placeholder/);
    expect(published.code).toBe(1);
  });

  test('asks for a title when none is given', () => {
    const result = run('src/cli/new-article.ts', []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run new -- "Title of the analysis"');
  });

  test('--help prints the usage and creates no file; an unknown option is a usage error', () => {
    rmSync(join(TEST_BUILDS, 'content', 'new-cli'), { recursive: true, force: true });
    const help = run('src/cli/new-article.ts', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run new');
    const unknown = run('src/cli/new-article.ts', ['--titel', 'Talks']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--titel'");
    expect(existsSync(join(PROJECT_ROOT, CONTENT))).toBe(false);
  });
});
