import { buildSite } from './build-site';

/** Fixture sites built once for the whole suite, one after another (they share Astro's cache). */
const BUILDS = [
  { name: 'seed' },
  { name: 'fixtures', contentDir: 'tests/fixtures/sites/basic' },
  { name: 'fixtures-sub', contentDir: 'tests/fixtures/sites/basic', basePath: '/sub/' },
  { name: 'hostile', contentDir: 'tests/fixtures/sites/hostile' },
] as const;

export default function setup(): void {
  if (process.env['SOURCED_SKIP_BUILDS'] === '1') return;
  for (const options of BUILDS) {
    const result = buildSite(options);
    if (result.exitCode !== 0) {
      throw new Error(`The ${options.name} fixture build failed (exit ${result.exitCode}):\n${result.output}`);
    }
  }
}
