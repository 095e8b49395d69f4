/**
 * `npm run bench [-- --large] [--runs N] [--counts 1,100]`: how long `npm run build` takes and how
 * much memory it needs, as a newsroom meets it, for 1, 100 and 1000 synthetic annotated articles
 * (`--large` adds 5000 and 10000), then times `npm run check` on 100 articles. Builds run
 * `src/cli/build.ts`, what `npm run build` runs (with its heap budget). Figures, not pass/fail:
 * the targets are printed beside them.
 *
 * For each size, in this order:
 * - **cold**: a fresh CI runner: `node_modules/.cache` (share images, rendered articles, Node's
 *   compile cache) and Astro's caches emptied first;
 * - **full**: the share images cached, the article cache emptied: every article rendered (what
 *   every warm build did before the article cache);
 * - **warm**: the same build again, nothing changed;
 * - **one edit**: after one article's text was edited;
 * - **plain cold** and **plain warm**: the same texts without annotations (the baseline; not run
 *   for `--large` sizes, to keep the run under an hour).
 *
 * The machine is shared: each build's CPU time (user + system, all threads) and the CPU time the
 * hypervisor gave other guests while it ran ("steal", from /proc/stat) are printed beside its
 * time. With `--runs N` every sequence runs N times; each mode shows its fastest run and the
 * highest peak memory of its runs.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from './synthetic-articles';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.test-builds', 'bench');
const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const LARGE_COUNTS = [5000, 10000];
const COUNTS = argument('--counts')?.split(',').map(Number) ?? (process.argv.includes('--large') ? [1, 100, 1000, ...LARGE_COUNTS] : [1, 100, 1000]);
const RUNS = Math.max(1, Number(argument('--runs')) || 1);
const TIME = '/usr/bin/time';
/** Caches a fresh CI runner does not have. */
const CACHES = ['node_modules/.cache', 'node_modules/.astro', '.astro'];
const ARTICLE_CACHE = 'node_modules/.cache/sourced-articles';

interface Figures {
  seconds: number;
  /** CPU seconds stolen by the hypervisor (all CPUs) while the build ran, when the system says. */
  stealSeconds: number | undefined;
  peakMiB: number | undefined;
  /** CPU seconds (user + system, all threads and child processes), when GNU time is there. */
  cpuSeconds: number | undefined;
  distMiB: number;
  /** The build's own count of articles rendered and taken from the cache. */
  rendered: string;
}

type Mode = 'cold' | 'full' | 'warm' | 'one edit' | 'plain cold' | 'plain warm';

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** The machine's total stolen CPU time so far, in seconds (Linux; clock ticks of 1/100 s). */
function readStealSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
    const steal = Number(fields[8]);
    return Number.isFinite(steal) ? steal / 100 : undefined;
  } catch {
    return undefined;
  }
}

/** Builds a content folder the way `npm run build` does (the same command, into a bench folder). */
function build(contentDir: string): Figures {
  const outDir = join(WORK, 'out');
  // Deleted here, untimed: `npm run build` would delete the previous output in the background,
  // which would run into the next build of the sequence.
  rmSync(outDir, { recursive: true, force: true });
  const command = [join(ROOT, 'node_modules/.bin/node'), join(ROOT, 'src/cli/build.ts')];
  const useTime = existsSync(TIME);
  const stealBefore = readStealSeconds();
  const started = performance.now();
  const result = spawnSync(useTime ? TIME : command[0]!, useTime ? ['-f', 'BENCH_PEAK_KB=%M BENCH_CPU=%U+%S', ...command] : command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://news.example.org' },
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const stealAfter = readStealSeconds();
  const stealSeconds = stealBefore === undefined || stealAfter === undefined ? undefined : stealAfter - stealBefore;
  if (result.status !== 0) throw new Error(`Build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  // GNU time reports the largest resident set of the process and its children: Astro's build.
  const peak = /BENCH_PEAK_KB=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined;
  const rendered = /\[sourced\] [\d,]+ articles?: (\d+) rendered, (\d+) from the cache/.exec(result.stdout);
  return {
    seconds,
    stealSeconds,
    cpuSeconds,
    peakMiB: peak ? Number(peak) / 1024 : undefined,
    distMiB: folderSize(outDir) / (1024 * 1024),
    rendered: rendered ? `${rendered[1]}/${rendered[2]}` : 'n/a',
  };
}

function emptyCaches(): void {
  for (const dir of CACHES) rmSync(join(ROOT, dir), { recursive: true, force: true });
}

/** Edits one article's text (a sentence added to its last paragraph), as an analyst fixing a typo would. */
function editOneArticle(contentDir: string, count: number): void {
  const file = join(contentDir, 'articles', `synthetic-${String(Math.ceil(count / 2)).padStart(5, '0')}.md`);
  appendFileSync(file, `\nAn edited sentence, written at ${new Date().toISOString()}.\n`);
}

/** The fastest run's time (and the steal during it), the least CPU time, the highest peak memory of all runs. */
function bestOf(runs: readonly Figures[]): Figures {
  const peaks = runs.map((run) => run.peakMiB).filter((peak): peak is number => peak !== undefined);
  const fastest = runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
  return {
    ...fastest,
    cpuSeconds: runs.some((run) => run.cpuSeconds === undefined) ? undefined : Math.min(...runs.map((run) => run.cpuSeconds!)),
    peakMiB: peaks.length > 0 ? Math.max(...peaks) : undefined,
  };
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits));

/** Every mode of one size, RUNS times, in order. */
function benchSize(count: number): Map<Mode, Figures> {
  const annotatedDir = join(WORK, `annotated-${count}`);
  const plainDir = join(WORK, `plain-${count}`);
  const withPlain = !LARGE_COUNTS.includes(count);
  const runs = new Map<Mode, Figures[]>();
  const record = (mode: Mode, figures: Figures): void => {
    runs.set(mode, [...(runs.get(mode) ?? []), figures]);
    process.stderr.write(`  ${count} ${mode}: ${fmt(figures.seconds)} s, ${fmt(figures.peakMiB, 0)} MiB\n`);
  };
  for (let run = 0; run < RUNS; run++) {
    writeSyntheticContent(annotatedDir, count, true);
    emptyCaches();
    record('cold', build(annotatedDir));
    rmSync(join(ROOT, ARTICLE_CACHE), { recursive: true, force: true });
    record('full', build(annotatedDir));
    record('warm', build(annotatedDir));
    editOneArticle(annotatedDir, count);
    record('one edit', build(annotatedDir));
    if (withPlain) {
      writeSyntheticContent(plainDir, count, false);
      emptyCaches();
      record('plain cold', build(plainDir));
      record('plain warm', build(plainDir));
    }
  }
  return new Map([...runs].map(([mode, figures]) => [mode, bestOf(figures)]));
}

console.log(`Sourced benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`Each sequence ran ${RUNS} time(s); times are the fastest run, memory the highest.\n`);
console.log(['articles', 'mode', 'seconds', 'CPU s', 'steal s', 'peak RSS MiB', 'rendered/cached', 'articles/s', 'dist MiB'].join('\t'));
const results = new Map<number, Map<Mode, Figures>>();
for (const count of COUNTS) {
  const figures = benchSize(count);
  results.set(count, figures);
  for (const [mode, f] of figures) {
    console.log([count, mode, fmt(f.seconds), fmt(f.cpuSeconds), fmt(f.stealSeconds), fmt(f.peakMiB, 0), f.rendered, fmt(count / f.seconds), fmt(f.distMiB)].join('\t'));
  }
  const get = (mode: Mode) => figures.get(mode)?.seconds;
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a / b : undefined);
  console.log(
    `  ${count}: cold / plain warm = ${fmt(ratio(get('cold'), get('plain warm')), 2)} (target ≤ 2.0 at 1000); ` +
      `one edit / full = ${fmt(ratio(get('one edit'), get('full')), 2)} (target ≤ 0.7 at 1000); one edit / warm = ${fmt(ratio(get('one edit'), get('warm')), 2)}; ` +
      `cold / warm = ${fmt(ratio(get('cold'), get('warm')), 2)}; peak ${fmt(Math.max(...[...figures.values()].map((f) => f.peakMiB ?? 0)), 0)} MiB`,
  );
}
const base = results.get(1000);
for (const count of COUNTS.filter((c) => c > 1000)) {
  const large = results.get(count)!;
  const ratios = (['cold', 'full', 'warm', 'one edit'] as const).map((mode) => `${mode} ${fmt((large.get(mode)?.seconds ?? NaN) / (base?.get(mode)?.seconds ?? NaN), 2)}`);
  console.log(`t(${count}) / t(1000): ${ratios.join(', ')} (linear: ${count / 1000}; target ≤ ${(count / 1000) * 1.1} at 10000)`);
}
console.log('targets: peak RSS ≤ 1024 MiB at 1000 in every mode, ≤ 2048 MiB at 10000');

// `npm run check` as an analyst runs it (the npm script's command): its own figure (files read,
// parsed and checked) and the whole process, start-up included. The first run builds the
// checker's bundle and fills Node's compile cache, as any earlier run on the machine would have.
if (COUNTS.includes(100)) {
  const checkDir = join(WORK, 'annotated-100');
  writeSyntheticContent(checkDir, 100, true);
  const checkRuns = Array.from({ length: 4 }, () => {
    const started = performance.now();
    const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/cli/bundled.ts', 'check', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: checkDir, NODE_COMPILE_CACHE: join(ROOT, 'node_modules/.cache/node-compile') },
    });
    const wall = (performance.now() - started) / 1000;
    const report = JSON.parse(result.stdout) as { files: number; errors: number; seconds: number };
    return { wall, ...report };
  }).slice(1);
  const fastest = checkRuns.reduce((best, run) => (run.wall < best.wall ? run : best));
  console.log(
    `\nnpm run check: ${fastest.files} articles checked in ${fastest.seconds.toFixed(2)} s (${fastest.errors} errors; target < 1 s); ` +
      `whole process ${fastest.wall.toFixed(2)} s (best of ${checkRuns.length}; npm itself adds about 0.3 s)`,
  );
}
