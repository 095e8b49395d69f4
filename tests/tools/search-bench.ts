/**
 * `npm run bench:search [-- --count N] [--runs R]`: what search costs a site of N synthetic
 * annotated articles (default 1000): the build time it adds (builds with and without the index,
 * `SOURCED_SEARCH_INDEX=0`, taking turns, fastest of R runs each, default 2), the index's size
 * on disk, and what a reader's browser downloads for a search: the search page loaded from the
 * nginx recipe (compressed as it serves), then searches run in Chromium, every response counted.
 * Figures, not pass/fail; the targets are printed beside them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser';
import { startNginx } from '../helpers/static-servers';
import { writeSyntheticContent } from './synthetic-articles';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.test-builds', 'bench-search');
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Math.max(1, Number(process.argv[index + 1]) || fallback) : fallback;
};
const COUNT = argument('--count', 1000);
const RUNS = argument('--runs', 2);
const BASE = '/sub/';
const TERMS = ['officials', 'ministry denied', 'Tsang'];

const TIME = '/usr/bin/time';

/**
 * One build; the CPU time (user + system) when GNU time is there: it moves less than the wall time
 * on a busy machine. It counts the build's process with its worker threads (the search indexer's
 * among them) and Pagefind's process, which the indexer stops and Node reaps.
 */
function build(outDir: string, withSearch: boolean): { seconds: number; cpuSeconds: number | undefined; log: string } {
  // Deleted here, untimed: `npm run build` would delete the previous output in the background,
  // which would run into the next build.
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const command = [join(ROOT, 'node_modules/.bin/node'), join(ROOT, 'src/cli/build.ts')];
  const useTime = existsSync(TIME);
  const result = spawnSync(useTime ? TIME : command[0]!, useTime ? ['-f', 'BENCH_CPU=%U+%S', ...command] : command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      BASE_URL: undefined,
      CONTENT_DIR: join(WORK, 'content'),
      DIST_DIR: outDir,
      BASE_PATH: BASE,
      SITE_URL: 'https://news.example.org',
      ASTRO_TELEMETRY_DISABLED: '1',
      SOURCED_SEARCH_INDEX: withSearch ? '1' : '0',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  const cpu = /BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined, log: `${result.stdout}${result.stderr}` };
}

function folderFigures(dir: string): { files: number; bytes: number; gzipBytes: number } {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files += 1;
    bytes += statSync(path).size;
    // Pagefind's index files are compressed already; its scripts are compressed by the server.
    gzipBytes += /\.(js|json|css)$/.test(entry.name) ? gzipSync(readFileSync(path)).length : statSync(path).size;
  }
  return { files, bytes, gzipBytes };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function main(): Promise<void> {
  console.log(`Writing ${COUNT} synthetic annotated articles…`);
  writeSyntheticContent(join(WORK, 'content'), COUNT, true);
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  const withCpu: number[] = [];
  const withoutCpu: number[] = [];
  let indexLog = '';
  for (let run = 0; run < RUNS; run++) {
    const plain = build(join(WORK, 'without'), false);
    withoutTimes.push(plain.seconds);
    if (plain.cpuSeconds !== undefined) withoutCpu.push(plain.cpuSeconds);
    const searched = build(join(WORK, 'with'), true);
    withTimes.push(searched.seconds);
    if (searched.cpuSeconds !== undefined) withCpu.push(searched.cpuSeconds);
    indexLog = /Search index: .*/.exec(searched.log)?.[0] ?? indexLog;
    const cpu = (value: number | undefined) => (value === undefined ? '' : ` (CPU ${value.toFixed(1)} s)`);
    console.log(`  run ${run + 1}: without the index ${plain.seconds.toFixed(1)} s${cpu(plain.cpuSeconds)}, with it ${searched.seconds.toFixed(1)} s${cpu(searched.cpuSeconds)}`);
  }
  const dist = join(WORK, 'with');
  const index = folderFigures(join(dist, 'pagefind'));

  const server = await startNginx({ dist, base: BASE });
  const browser = await launchBrowser();
  const transfers: { term: string; requests: number; bytes: number; indexBytes: number }[] = [];
  try {
    for (const term of TERMS) {
      // A fresh context each time: nothing cached, as for a first-time reader.
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        responses.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
      });
      await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent(term)}`);
      await page.waitForFunction(() => /result|Nothing found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(responses);
      transfers.push({
        term,
        requests: all.length,
        bytes: all.reduce((sum, response) => sum + response.bytes, 0),
        indexBytes: all.filter((response) => response.url.includes('/pagefind/')).reduce((sum, response) => sum + response.bytes, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const fastestWith = Math.min(...withTimes);
  const fastestWithout = Math.min(...withoutTimes);
  console.log(`\nSearch at ${COUNT} articles (${RUNS} runs each, fastest shown; the machine is shared, so compare within one run):`);
  console.log(`  build without the index: ${fastestWithout.toFixed(1)} s; with it: ${fastestWith.toFixed(1)} s; added ${(fastestWith - fastestWithout).toFixed(1)} s = ${(((fastestWith - fastestWithout) / fastestWithout) * 100).toFixed(1)} % (target < 15 %)`);
  // Each run builds both, one after the other, so a pair shares the machine's state of the moment.
  const added = withTimes.map((time, run) => ((time - withoutTimes[run]!) / withoutTimes[run]!) * 100).sort((a, b) => a - b);
  const median = added.length % 2 === 1 ? added[(added.length - 1) / 2]! : (added[added.length / 2 - 1]! + added[added.length / 2]!) / 2;
  console.log(`  added by the index, run by run: ${added.map((value) => `${value.toFixed(0)} %`).join(', ')}; median ${median.toFixed(1)} %`);
  if (withCpu.length > 0 && withoutCpu.length > 0) {
    const least = (values: number[]) => Math.min(...values);
    console.log(`  CPU time of the build, its worker threads and Pagefind's process included (least of the runs): without ${least(withoutCpu).toFixed(1)} s, with ${least(withCpu).toFixed(1)} s, added ${(((least(withCpu) - least(withoutCpu)) / least(withoutCpu)) * 100).toFixed(1)} %`);
  }
  console.log(`  ${indexLog}`);
  console.log(`  index on disk: ${index.files} files, ${kib(index.bytes)} (${kib(index.gzipBytes)} as served compressed)`);
  for (const transfer of transfers) {
    console.log(`  a search for “${transfer.term}”: ${transfer.requests} requests, ${kib(transfer.bytes)} transferred in all, ${kib(transfer.indexBytes)} of it Pagefind’s (target < 300 KB)`);
  }
}

await main();
