/**
 * Builds the seed, the fixture sites and the hostile fixture and prints (or compares) a hash of
 * every file of each `dist/` tree, to prove that a restructuring changed no output.
 *
 *   npm run dist-hashes -- --write before.json     record
 *   npm run dist-hashes -- --compare before.json   list every file that differs; exit 1 if any
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';

const SITES = [
  { name: 'hash-seed' },
  { name: 'hash-fixtures', contentDir: 'tests/fixtures/sites/basic' },
  { name: 'hash-fixtures-sub', contentDir: 'tests/fixtures/sites/basic', basePath: '/sub/' },
  { name: 'hash-hostile', contentDir: 'tests/fixtures/sites/hostile' },
  { name: 'hash-valid-edge', contentDir: 'tests/fixtures/valid-edge' },
];

function hashTree(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return hashes;
}

const [mode, file] = process.argv.slice(2);
const trees: Record<string, Record<string, string>> = {};
for (const site of SITES) {
  const result = buildSite({ ...site, env: { SOURCED_RENDER_WORKERS: '0' } });
  if (result.exitCode !== 0) {
    console.error(`${site.name} failed:\n${result.output}`);
    process.exit(1);
  }
  trees[site.name] = hashTree(result.outDir);
  console.log(`${site.name}: ${Object.keys(trees[site.name]!).length} files`);
}
if (mode === '--write' && file) {
  writeFileSync(file, JSON.stringify(trees, null, 1));
} else if (mode === '--compare' && file) {
  const before = JSON.parse(readFileSync(file, 'utf8')) as typeof trees;
  let differences = 0;
  for (const [site, hashes] of Object.entries(trees)) {
    const old = before[site] ?? {};
    for (const path of new Set([...Object.keys(old), ...Object.keys(hashes)])) {
      if (old[path] !== hashes[path]) {
        differences++;
        console.log(`${site}/${path}: ${old[path] ? (hashes[path] ? 'changed' : 'removed') : 'added'}`);
      }
    }
  }
  console.log(differences === 0 ? 'All trees are identical.' : `${differences} files differ.`);
  process.exit(differences === 0 ? 0 : 1);
} else {
  console.log(JSON.stringify(trees));
}
