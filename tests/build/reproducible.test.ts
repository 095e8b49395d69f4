import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT, TEST_BUILDS, writeContentFolder } from '../helpers/build-site';
import { listFiles } from '../helpers/dist';

/** Every file of a folder with the SHA-256 of its bytes. */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

describe('builds', () => {
  test('two builds of the same sources give byte-identical output', () => {
    const first = buildSite({ name: 'repro-a', contentDir: 'tests/fixtures/sites/basic' });
    const second = buildSite({ name: 'repro-b', contentDir: 'tests/fixtures/sites/basic' });
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    const a = hashTree(first.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(hashTree(second.outDir)).toEqual(a);
  });

  test('npm run build never leaves a partial output: a failed build keeps the previous one as it was', () => {
    const run = (contentDir: string) =>
      spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), ['src/cli/build.ts'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: '.test-builds/atomic-dist', SITE_URL: 'https://news.example.org' },
      });
    const good = run('tests/fixtures/sites/basic');
    expect(good.status).toBe(0);
    const before = hashTree(join(TEST_BUILDS, 'atomic-dist'));
    expect(before['index.html']).toBeDefined();

    const bad = writeContentFolder('atomic-bad', { 'broken.md': '---\ntitle: x\n---\n:claim[y]{by=nobody}\n' });
    const failed = run(bad);
    expect(failed.status).not.toBe(0);
    expect(`${failed.stdout}${failed.stderr}`).toContain('the previous output folder was left as it was');
    expect(hashTree(join(TEST_BUILDS, 'atomic-dist'))).toEqual(before);
    expect(readdirSync(PROJECT_ROOT).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  });

  test('npm run build replaces the previous output at once and deletes it in the background', async () => {
    const run = () =>
      spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), ['src/cli/build.ts'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: 'tests/fixtures/sites/basic', DIST_DIR: '.test-builds/replaced-dist', SITE_URL: 'https://news.example.org' },
      });
    expect(run().status).toBe(0);
    const first = hashTree(join(TEST_BUILDS, 'replaced-dist'));
    const second = run();
    expect(second.status).toBe(0);
    const oldOutputs = join(PROJECT_ROOT, 'node_modules/.cache/sourced-old-output');
    // The new output is whole the moment the command returns; the old one is being deleted beside it.
    expect(hashTree(join(TEST_BUILDS, 'replaced-dist'))).toEqual(first);
    const deadline = Date.now() + 20_000;
    while (existsSync(oldOutputs) && readdirSync(oldOutputs).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(oldOutputs) ? readdirSync(oldOutputs) : []).toEqual([]);
    expect(readdirSync(PROJECT_ROOT).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  }, 120_000);
});
