/**
 * `npm run build`: builds the site into a temporary folder and only replaces `dist/` when the
 * whole build succeeded, so a failed build never leaves a partial `dist/` behind. The previous
 * output is moved aside and deleted by a process of its own, so the command returns as soon as
 * the new `dist/` is in place (deleting 1000 articles' output takes seconds: tens of thousands
 * of files).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildHeapFlags } from '../lib/tooling/build-heap-budget.ts';
import { readDeployConfig } from '../lib/site/deploy-config.ts';
import { staleProcessFolders } from '../lib/util/process-folders.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The output folder: `dist/`, or `DIST_DIR` (relative to the project) when set. */
const DIST = resolve(ROOT, process.env['DIST_DIR'] || 'dist');
// Astro resolves node_modules from the output folder, so the temporary folder stays inside the project.
// Named per process: a second build started meanwhile cannot delete this one's output (builds still
// share Astro's cache in node_modules/.astro, so run one at a time).
const NEXT = join(ROOT, `.dist-next-${process.pid}`);
/** Where previous outputs wait to be deleted, one folder per build (named after its process). */
const OLD_OUTPUTS = join(ROOT, 'node_modules/.cache/sourced-old-output');
const PREVIOUS = join(OLD_OUTPUTS, String(process.pid));

/**
 * Deletes `folders` in a detached process that outlives this one. Folders of earlier builds whose
 * deleting was cut short (their process is gone) are added.
 */
function deleteInBackground(folders: string[]): void {
  const all = [...folders, ...staleProcessFolders(OLD_OUTPUTS).map((name) => join(OLD_OUTPUTS, name))];
  if (all.length === 0) return;
  const script = "for (const folder of process.argv.slice(1)) require('node:fs').rmSync(folder, { recursive: true, force: true });";
  spawn(process.execPath, ['-e', script, ...all], { detached: true, stdio: 'ignore' }).unref();
}

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
const hadPrevious = existsSync(DIST);
if (hadPrevious) {
  mkdirSync(OLD_OUTPUTS, { recursive: true });
  renameSync(DIST, PREVIOUS);
}
renameSync(NEXT, DIST);
console.log(`${DIST} is ready.`);
deleteInBackground(hadPrevious ? [PREVIOUS] : []);
