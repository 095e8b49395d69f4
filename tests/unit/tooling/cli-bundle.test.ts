import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bundlePaths, ensureBundle, isBundleStale } from '../../../src/lib/tooling/cli-bundle';
import { PROJECT_ROOT, TEST_BUILDS } from '../../helpers/build-site';

const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');
const TOOLCHAIN = `node ${process.version}`;

/** A throw-away project: an entry that imports a module and a dependency from node_modules. */
const ROOT = join(TEST_BUILDS, 'cli-bundle');
const ENTRY = join(ROOT, 'tool.ts');
rmSync(ROOT, { recursive: true, force: true });
const DEPENDENCY = join(ROOT, 'node_modules/shout');
mkdirSync(DEPENDENCY, { recursive: true });
writeFileSync(join(DEPENDENCY, 'package.json'), '{ "name": "shout", "type": "module", "exports": "./index.js" }\n');
const installShout = (suffix: string) => writeFileSync(join(DEPENDENCY, 'index.js'), `export const shout = (text) => text.toUpperCase() + '${suffix}';\n`);
installShout('!');
writeFileSync(join(ROOT, 'message.ts'), "export const message: string = 'first';\n");
writeFileSync(ENTRY, "import { shout } from 'shout';\nimport { message } from './message.ts';\nconsole.log(shout(message), process.argv.slice(2).join(' '));\n");
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const run = (bundle: string, ...args: string[]) => spawnSync(NODE, [bundle, ...args], { encoding: 'utf8' }).stdout.trim();

describe('tools run from a bundle rebuilt whenever its sources change', () => {
  test('the first run builds one file holding the entry, its modules and its dependencies', async () => {
    expect(isBundleStale(ROOT, ENTRY, TOOLCHAIN)).toBe(true);
    const bundle = await ensureBundle(ROOT, ENTRY);
    expect(bundle).toBe(bundlePaths(ROOT, ENTRY).bundle);
    expect(bundle.startsWith(join(ROOT, 'node_modules/.cache/'))).toBe(true);
    expect(run(bundle, 'a', 'b')).toBe('FIRST! a b');
    expect(isBundleStale(ROOT, ENTRY, TOOLCHAIN)).toBe(false);
  });

  test('editing any file it was built from makes it stale, and the next run runs the new code', async () => {
    await ensureBundle(ROOT, ENTRY);
    writeFileSync(join(ROOT, 'message.ts'), "export const message: string = 'second';\n");
    expect(isBundleStale(ROOT, ENTRY, TOOLCHAIN)).toBe(true);
    expect(run(await ensureBundle(ROOT, ENTRY))).toBe('SECOND!');
    expect(isBundleStale(ROOT, ENTRY, TOOLCHAIN)).toBe(false);
  });

  test('a dependency reinstalled, the bundle gone, or another Node makes it stale', async () => {
    const bundle = await ensureBundle(ROOT, ENTRY);
    installShout('!!');
    expect(isBundleStale(ROOT, ENTRY, TOOLCHAIN)).toBe(true);
    expect(run(await ensureBundle(ROOT, ENTRY))).toBe('SECOND!!');
    expect(isBundleStale(ROOT, ENTRY, 'node v0.0.0')).toBe(true);
    rmSync(bundle);
    expect(isBundleStale(ROOT, ENTRY, TOOLCHAIN)).toBe(true);
  });
});
