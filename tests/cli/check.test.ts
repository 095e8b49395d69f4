import { describe, expect, test } from 'vitest';
import { writeContentFolder } from '../helpers/build-site';
import { runCli } from '../helpers/run-cli';

const runCheck = (args: string[], env: Record<string, string> = {}) => runCli('check.ts', args, { env });

const GOOD = `---
title: Good
description: Fine.
published: 2024-01-02
original:
  outlet: Example
sources:
  ft:
    name: Financial Times
    kind: outlet
  extra:
    name: Extra
    kind: person
---

Text :claim[words]{by=ft}.
`;
const BAD = GOOD.replace('by=ft}', 'by=fx}').replace('kind: person', 'kind: persn');

describe('npm run check', () => {
  const folder = writeContentFolder('check-cli', { 'good.md': GOOD, 'bad.md': BAD });

  test('checks every article of CONTENT_DIR, prints sorted file-line problems and a summary, and exits 1 on errors', () => {
    const { code, stdout } = runCheck([], { CONTENT_DIR: folder });
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `${folder}/articles/bad.md:8:3  warning  unused-source  Source \`ft\` is declared in the frontmatter but no claim or quote uses it. Attribute a claim or quote to it with \`by=ft\` or \`via=ft\`, or remove it from \`sources:\`.`,
      `${folder}/articles/bad.md:11:3  warning  unused-source  Source \`extra\` is declared in the frontmatter but no claim or quote uses it. Attribute a claim or quote to it with \`by=extra\` or \`via=extra\`, or remove it from \`sources:\`.`,
      `${folder}/articles/bad.md:13:11  error  bad-value  \`sources.extra.kind\` is \`persn\`, which is not allowed. Did you mean \`person\`? Use \`outlet\`, \`government\`, \`official\`, \`anonymous\`, \`expert\`, \`organization\`, \`person\` or \`document\`.`,
      `${folder}/articles/bad.md:16:20  error  unknown-source  \`:claim\` by=\`fx\` is not a source declared in this article's frontmatter. Did you mean \`ft\`? Use one of \`ft\` or \`extra\`, or declare \`fx\` under \`sources:\` with a name and kind.`,
      `${folder}/articles/good.md:11:3  warning  unused-source  Source \`extra\` is declared in the frontmatter but no claim or quote uses it. Attribute a claim or quote to it with \`by=extra\` or \`via=extra\`, or remove it from \`sources:\`.`,
      '',
    ]);
    expect(lines.at(-1)).toMatch(/^2 articles checked in \d+\.\d\d s: 2 errors, 3 warnings\.$/);
  });

  test('exits 0 when there are only warnings, checking just the files given', () => {
    const { code, stdout } = runCheck([`${folder}/articles/good.md`]);
    expect(code).toBe(0);
    expect(stdout).toContain('1 article checked');
    expect(stdout).toContain('0 errors, 1 warning');
  });

  test('prints machine-readable JSON with --format json', () => {
    const { code, stdout } = runCheck(['--format', 'json'], { CONTENT_DIR: folder });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ files: 2, errors: 2, warnings: 3 });
    expect(report.problems[2]).toMatchObject({ path: `${folder}/articles/bad.md`, line: 13, column: 11, severity: 'error', ruleId: 'bad-value' });
  });

  test('rejects an unknown option with exit code 2 and the usage', () => {
    const { code, stderr } = runCheck(['--formats', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run check');
  });

  test('a folder given on the command line stands for the articles in it', () => {
    const { code, stdout } = runCheck([`${folder}/articles`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^2 articles checked in .*: 2 errors, 3 warnings\.$/m);
  });

  test('a file that does not exist is a usage error, not a crash', () => {
    const { code, stderr } = runCheck(['no-such-article.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('`no-such-article.md` does not exist.');
    expect(stderr).not.toContain('ENOENT');
  });

  test('the bundled checker npm run check uses reports exactly what the checker’s source modules report', () => {
    const withoutTiming = (text: string) => text.replace(/checked in [\d.]+ s/, 'checked in … s').replace(/"seconds": [\d.]+/, '"seconds": …');
    for (const args of [['tests/fixtures/invalid'], ['--format', 'json', 'tests/fixtures/invalid', `${folder}/articles`]]) {
      const bundled = runCheck(args);
      const source = runCli('check.ts', args, { fromSource: true });
      expect(bundled.code).toBe(1);
      expect(source.code).toBe(1);
      expect(withoutTiming(bundled.stdout)).toBe(withoutTiming(source.stdout));
      expect(bundled.stdout.split('\n').length).toBeGreaterThan(30);
    }
  });
});
