import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { runCli } from '../../helpers/run-cli';

const run = (args: string[], input?: string) => runCli('suggest.ts', args, input === undefined ? {} : { input });

describe('npm run suggest', () => {
  test('prints the draft when no --out is given', () => {
    const { code, stdout } = run(['tests/fixtures/seed-original.txt']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\n# DRAFT suggested by `npm run suggest` from seed-original.txt/);
    expect(stdout).toContain('draft: true');
  });

  test('writes the draft with --out, checks it, and never overwrites without --force', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'suggest-cli-')), 'articles', 'china-aid.md');
    const first = run(['tests/fixtures/seed-original.txt', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/\(draft: true\): 15 paragraphs, 8 quotes, 14 claims \(2 denials\), \d+ sources, 3 hedges listed/);
    expect(first.stdout).toContain('npm run check: 0 error(s), 0 warning(s) besides the placeholders to fill in.');
    expect(readFileSync(out, 'utf8')).toContain(':quote[regret]');
    const second = run(['tests/fixtures/seed-original.txt', '--out', out]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists; it was not changed');
    expect(run(['tests/fixtures/seed-original.txt', '--out', out, '--force']).code).toBe(0);
  });

  test('reads standard input with "-"', () => {
    const { code, stdout } = run(['-'], 'Headline\n\n“We will not accept this deal under any circumstances,” said Jane Smith, a resident.\n');
    expect(code).toBe(0);
    expect(stdout).toContain('“:claim[:quote[We will not accept this deal under any circumstances]{by=smith}]{by=smith status=unverified},” said Jane Smith, a resident.');
  });

  test('usage errors exit 2', () => {
    expect(run([]).code).toBe(2);
    expect(run(['no-such-file.txt']).stderr).toContain('does not exist');
    expect(run(['tests/fixtures/seed-original.txt', '--out', 'x.txt']).code).toBe(2);
    const out = join(mkdtempSync(join(tmpdir(), 'suggest-cli-')), 'never.md');
    expect(run(['tests/fixtures/seed-original.txt', '--out', out, '--bogus']).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
