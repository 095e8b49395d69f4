/**
 * `npm run build`: builds the site into a temporary folder and only replaces `dist/` when the
 * whole build succeeded, so a failed build never leaves a partial `dist/` behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildHeapFlags } from '../lib/tooling/build-heap-budget.ts';
import { readDeployConfig } from '../lib/site/deploy-config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The output folder: `dist/`, or `DIST_DIR` (relative to the project) when set. */
const DIST = resolve(ROOT, process.env['DIST_DIR'] || 'dist');
// Astro resolves node_modules from the output folder, so the temporary folder stays inside the project.
// Named per process: a second build started meanwhile cannot delete this one's output (builds still
// share Astro's cache in node_modules/.astro, so run one at a time).
const NEXT = join(ROOT, `.dist-next-${process.pid}`);
const PREVIOUS = join(ROOT, `.dist-previous-${process.pid}`);

// A heap budget that follows the content (see build-heap-budget.ts).
const heapFlags = buildHeapFlags(resolve(ROOT, readDeployConfig(process.env).contentDir), process.env['NODE_OPTIONS']);

rmSync(NEXT, { recursive: true, force: true });
// Astro's own entry on this Node (the pinned one), whatever `node` comes first on PATH.
const astro = spawnSync(process.execPath, [...heapFlags, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', NEXT, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});
if (astro.status !== 0) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(DIST) ? 'the previous output folder was left as it was' : 'nothing was written'}.`);
  process.exit(astro.status ?? 1);
}
rmSync(PREVIOUS, { recursive: true, force: true });
if (existsSync(DIST)) renameSync(DIST, PREVIOUS);
renameSync(NEXT, DIST);
rmSync(PREVIOUS, { recursive: true, force: true });
console.log(`${DIST} is ready.`);
