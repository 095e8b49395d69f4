import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { removeStaleStagingFolders } from '../../../src/lib/search/pagefind-index-integration';

const parent = mkdtempSync(join(tmpdir(), 'sourced-staging-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

test("a killed build's staging folder is removed; a running build's, this one's and anything else are kept", () => {
  for (const name of ['111', '222', String(process.pid), 'notes']) mkdirSync(join(parent, name, 'fragment'), { recursive: true });
  const removed = removeStaleStagingFolders(parent, (pid) => pid === 222);
  expect(removed).toEqual(['111']);
  expect(readdirSync(parent).sort()).toEqual(['222', String(process.pid), 'notes'].sort());
});

test('with the real check, a folder named after this test process stays and one of a process that cannot exist goes', () => {
  mkdirSync(join(parent, '2147483646'), { recursive: true });
  removeStaleStagingFolders(parent);
  expect(existsSync(join(parent, '2147483646'))).toBe(false);
  expect(existsSync(join(parent, String(process.pid)))).toBe(true);
});

test('no staging folder yet: nothing to do', () => {
  expect(removeStaleStagingFolders(join(parent, 'missing'))).toEqual([]);
});
