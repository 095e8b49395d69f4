import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (builds must run inside it: Astro resolves node_modules from the outDir). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where test builds and generated content folders go; git-ignored. */
export const TEST_BUILDS = join(PROJECT_ROOT, '.test-builds');
/** The origin fixture builds use. */
export const TEST_SITE_URL = 'https://news.example.org';

export interface BuildOptions {
  /** Output folder name under `.test-builds/`. */
  name: string;
  /** Content folder (holding `articles/`), relative to the project; default: the real `content`. */
  contentDir?: string;
  basePath?: string;
  siteUrl?: string;
  /** More environment variables for the build. */
  env?: Record<string, string>;
}

export interface BuildResult {
  exitCode: number;
  /** stdout and stderr together, in the order Astro wrote them. */
  output: string;
  outDir: string;
}

/** Runs a real `astro build --force` with the given environment. Builds share a cache: run them one at a time. */
export function buildSite(options: BuildOptions): BuildResult {
  const outDir = join(TEST_BUILDS, options.name);
  // Vitest's workers mirror import.meta.env into process.env; a `BASE_URL` there overrides the
  // built site's own base (Vite reads it), so a worker's sub-path build would link to `/`.
  const { BASE_URL: _workerBaseUrl, ...parentEnv } = process.env;
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...parentEnv,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: options.contentDir ?? 'content',
      BASE_PATH: options.basePath ?? '/',
      SITE_URL: options.siteUrl ?? TEST_SITE_URL,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { exitCode: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, outDir };
}

/** Writes a content folder of articles (file name → Markdown) under `.test-builds/content/<name>`; returns its project-relative path. */
export function writeContentFolder(name: string, articles: Record<string, string | Uint8Array>): string {
  const dir = join(TEST_BUILDS, 'content', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const [file, text] of Object.entries(articles)) writeFileSync(join(dir, 'articles', file), text);
  return `.test-builds/content/${name}`;
}

/** Path of a build made by the global setup. */
export function builtSite(name: 'seed' | 'fixtures' | 'fixtures-sub' | 'hostile'): string {
  const dir = join(TEST_BUILDS, name);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`The ${name} build is missing: the global setup should have made it.`);
  return dir;
}
