/**
 * A command-line tool run from one bundled file instead of its few hundred source modules.
 *
 * Why: `npm run check` loads the Markdown parser (micromark and its extensions, mdast and
 * unified utilities): several hundred small ES modules that Node resolves, reads and links one
 * by one. Bundled by esbuild into one file, the checker starts about 0.2–0.3 s sooner, out of a
 * second or so for a hundred articles.
 *
 * The bundle is built from the sources on first use and again whenever any file it was built
 * from changed (size or modification time), so it is never a second copy to keep in step: the
 * tool always runs the code in `src/`. It lives in `node_modules/.cache/`, which `npm ci`
 * recreates.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** What a bundle was built from: each input file's size and modification time, and the toolchain. */
interface BundleRecord {
  toolchain: string;
  inputs: Record<string, string>;
}

/** The stamp of one file from its stats: changes when it is edited, replaced or removed. */
const stampOf = (stats: Stats | undefined): string => (stats ? `${stats.size}:${stats.mtimeMs}` : 'missing');

const stamp = (path: string): string => stampOf(statSync(path, { throwIfNoEntry: false }));

/** Writes a file under a temporary name and renames it into place: readers never see half of it. */
function writeAtomically(path: string, contents: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function readRecord(path: string): BundleRecord | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BundleRecord;
  } catch {
    return undefined;
  }
}

/** Where the bundle of an entry file is kept, and the record of what it was built from. */
export function bundlePaths(root: string, entry: string): { bundle: string; record: string } {
  const name = relative(root, entry).replace(/\.[cm]?[jt]s$/, '').replace(/[^a-zA-Z0-9]+/g, '-');
  const folder = join(root, 'node_modules/.cache/sourced-cli');
  return { bundle: join(folder, `${name}.mjs`), record: join(folder, `${name}.json`) };
}

/** Whether the bundle is missing or was built from files that changed since. */
export function isBundleStale(root: string, entry: string, toolchain: string): boolean {
  const { bundle, record: recordPath } = bundlePaths(root, entry);
  const record = readRecord(recordPath);
  if (!record || record.toolchain !== toolchain || stamp(bundle) === 'missing') return true;
  return Object.entries(record.inputs).some(([input, inputStamp]) => stamp(resolve(root, input)) !== inputStamp);
}

/**
 * The path of an up-to-date bundle of `entry` (a TypeScript or JavaScript file under `root`),
 * building it first when it is missing or stale. Two processes building at once each write
 * their own file and rename it into place, so neither reads a half-written bundle.
 */
export async function ensureBundle(root: string, entry: string): Promise<string> {
  const { bundle, record } = bundlePaths(root, entry);
  const toolchain = `node ${process.version}`;
  if (!isBundleStale(root, entry, toolchain)) return bundle;

  const esbuild = await import('esbuild');
  const started = Date.now();
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    metafile: true,
    outfile: bundle,
    logLevel: 'silent',
    // CommonJS dependencies inside an ES module bundle still call `require` for Node's own modules.
    banner: { js: "import { createRequire as sourcedCreateRequire } from 'node:module'; const require = sourcedCreateRequire(import.meta.url);" },
  });
  const output = result.outputFiles.find((file) => file.path === bundle);
  if (!output) throw new Error(`esbuild wrote no ${bundle}`);

  const inputs: Record<string, string> = {};
  let changedMeanwhile = false;
  for (const input of Object.keys(result.metafile.inputs)) {
    // esbuild names inputs relative to absWorkingDir; a few are virtual (`<define:…>`, `(disabled)`).
    if (/^[<(]/.test(input)) continue;
    const stats = statSync(resolve(root, input), { throwIfNoEntry: false });
    inputs[input] = stampOf(stats);
    if ((stats?.mtimeMs ?? 0) >= started) changedMeanwhile = true;
  }
  mkdirSync(dirname(bundle), { recursive: true });
  writeAtomically(bundle, output.contents);
  // A source saved while esbuild read it may not be in the bundle: leave no record, so the next run builds again.
  if (!changedMeanwhile) writeAtomically(record, JSON.stringify({ toolchain, inputs } satisfies BundleRecord));
  return bundle;
}
