/**
 * `npm run bench [-- --large] [--runs N]`: builds 1, 100 and 1000 synthetic annotated articles
 * (and 5000 with --large), and the same texts without annotations as the baseline, printing build
 * seconds, peak memory, articles per second and dist size; then times `npm run check` on 100
 * articles. Figures, not pass/fail: the targets are printed beside them. Builds run
 * `src/cli/build.ts`, what `npm run build` runs (with its heap budget).
 *
 * Shared machines are noisy, so each build runs N times (default 3), annotated and plain taking
 * turns: the time shown is the fastest run, the peak memory the highest. On a virtual machine the
 * bench also prints the CPU time the hypervisor gave to other guests during those fastest runs
 * ("steal", from /proc/stat): when it is large, the machine was busy and the times are inflated.
 * The CPU time (user + system, the least of the runs) is less sensitive to that, and its ratio is
 * printed beside the time ratio; it counts work done in parallel threads (Node's garbage
 * collector) too, which the wall-clock time does not. The paired ratio is the median, over the
 * runs, of each annotated build's time over the plain build run right after it: the two builds
 * of a pair see nearly the same machine, so it moves less than the ratio of the fastest runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from './synthetic-articles';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.test-builds', 'bench');
const COUNTS = process.argv.includes('--large') ? [1, 100, 1000, 5000] : [1, 100, 1000];
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Math.max(1, Number(process.argv[runsArgument + 1]) || 1) : 3;
const TIME = '/usr/bin/time';

interface Figures {
  seconds: number;
  /** CPU seconds stolen by the hypervisor (all CPUs) while the build ran, when the system says. */
  stealSeconds: number | undefined;
  peakMiB: number | undefined;
  /** CPU seconds (user + system, all threads and child processes), when GNU time is there. */
  cpuSeconds: number | undefined;
  distMiB: number;
}

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
  const command = [join(ROOT, 'node_modules/.bin/node'), join(ROOT, 'src/cli/build.ts')];
  const useTime = existsSync(TIME);
  const stealBefore = readStealSeconds();
  const started = performance.now();
  const result = spawnSync(useTime ? TIME : command[0]!, useTime ? ['-f', 'BENCH_PEAK_KB=%M BENCH_CPU=%U+%S', ...command] : command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://news.example.org' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const stealAfter = readStealSeconds();
  const stealSeconds = stealBefore === undefined || stealAfter === undefined ? undefined : stealAfter - stealBefore;
  if (result.status !== 0) throw new Error(`Build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  // GNU time reports the largest resident set of the process and its children: Astro's build.
  const peak = /BENCH_PEAK_KB=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined;
  return { seconds, stealSeconds, cpuSeconds, peakMiB: peak ? Number(peak) / 1024 : undefined, distMiB: folderSize(outDir) / (1024 * 1024) };
}

/** The fastest run's time (and the steal during it), the least CPU time, the highest peak memory of all runs. */
function bestOf(runs: Figures[]): Figures {
  const peaks = runs.map((run) => run.peakMiB).filter((peak): peak is number => peak !== undefined);
  const fastest = runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
  return {
    seconds: fastest.seconds,
    stealSeconds: fastest.stealSeconds,
    cpuSeconds: runs.some((run) => run.cpuSeconds === undefined) ? undefined : Math.min(...runs.map((run) => run.cpuSeconds!)),
    peakMiB: peaks.length > 0 ? Math.max(...peaks) : undefined,
    distMiB: runs[0]!.distMiB,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? 'n/a' : n.toFixed(digits));
console.log(`Sourced benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log(`Each build ran ${RUNS} times; times are the fastest run, memory the highest.\n`);
console.log(['articles', 'annotated s', 'plain s', 'ratio', 'paired ratio', 'articles/s', 'peak RSS MiB', 'plain RSS MiB', 'dist MiB', 'steal s', 'CPU s', 'CPU ratio'].join('\t'));
const times = new Map<number, number>();
for (const count of COUNTS) {
  const annotatedDir = join(WORK, `annotated-${count}`);
  const plainDir = join(WORK, `plain-${count}`);
  writeSyntheticContent(annotatedDir, count, true);
  writeSyntheticContent(plainDir, count, false);
  const annotatedRuns: Figures[] = [];
  const plainRuns: Figures[] = [];
  for (let run = 0; run < RUNS; run++) {
    annotatedRuns.push(build(annotatedDir));
    plainRuns.push(build(plainDir));
  }
  const annotated = bestOf(annotatedRuns);
  const plain = bestOf(plainRuns);
  const pairedRatio = median(annotatedRuns.map((run, index) => run.seconds / plainRuns[index]!.seconds));
  times.set(count, annotated.seconds);
  const cpuRatio = annotated.cpuSeconds && plain.cpuSeconds ? annotated.cpuSeconds / plain.cpuSeconds : undefined;
  console.log(
    [
      count,
      fmt(annotated.seconds),
      fmt(plain.seconds),
      fmt(annotated.seconds / plain.seconds, 2),
      fmt(pairedRatio, 2),
      fmt(count / annotated.seconds),
      fmt(annotated.peakMiB, 0),
      fmt(plain.peakMiB, 0),
      fmt(annotated.distMiB),
      `${fmt(annotated.stealSeconds)} / ${fmt(plain.stealSeconds)}`,
      `${fmt(annotated.cpuSeconds)} / ${fmt(plain.cpuSeconds)}`,
      fmt(cpuRatio, 2),
    ].join('\t'),
  );
}
const t100 = times.get(100);
const t1000 = times.get(1000);
if (t100 && t1000) console.log(`\ntime(1000)/time(100) = ${(t1000 / t100).toFixed(2)} (target ≤ 11: linear)`);
console.log('targets: annotated/plain ≤ 1.5 at 1000 articles; peak RSS ≤ 1024 MiB at 1000');

// `npm run check` as an analyst runs it (the npm script's command): its own figure (files read,
// parsed and checked) and the whole process, start-up included. The first run builds the
// checker's bundle and fills Node's compile cache, as any earlier run on the machine would have.
const checkDir = join(WORK, 'annotated-100');
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
