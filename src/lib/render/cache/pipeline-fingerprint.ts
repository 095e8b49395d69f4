/**
 * The fingerprint of everything besides an article's own file that shapes its render: the
 * pipeline's source code (every file of `src/lib/` and `src/consts.ts`), the exact versions of
 * the installed dependencies (npm's record of the installed tree, `node_modules/.package-lock.json`,
 * else `package-lock.json`), Node's version and the cache's format. Part of every key of the
 * article render cache (article-render-cache.ts): edit a plugin, update a dependency or Node, and
 * every article is rendered again.
 *
 * Deliberately wide: hashing all of `src/lib/` also invalidates the cache for changes that cannot
 * change a render (a feed module, say); a needless re-render costs seconds, a stale one a wrong page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Bump when the cache's file format or key changes. */
export const ARTICLE_CACHE_FORMAT = 1;

/** The source folders and files, relative to the project, whose code is part of the fingerprint. */
export const PIPELINE_SOURCES = ['src/lib', 'src/consts.ts'] as const;

/** The records of installed dependency versions, the first that exists is used. */
export const DEPENDENCY_RECORDS = ['node_modules/.package-lock.json', 'package-lock.json'] as const;

function listFiles(path: string): string[] {
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    // A single file, or nothing there.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [path];
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function readOrEmpty(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** The fingerprint of the project at `root` (hex SHA-256). */
export function computePipelineFingerprint(root: string, nodeVersion: string = process.version): string {
  const hash = createHash('sha256');
  hash.update(`sourced article cache ${ARTICLE_CACHE_FORMAT}\0node ${nodeVersion}\0`);
  const files = PIPELINE_SOURCES.flatMap((source) => listFiles(join(root, source)))
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  const record = DEPENDENCY_RECORDS.map((name) => readOrEmpty(join(root, name))).find((bytes) => bytes !== undefined);
  hash.update('dependencies\0');
  hash.update(record ?? 'none');
  return hash.digest('hex');
}

const fingerprints = new Map<string, string>();

/** {@link computePipelineFingerprint}, computed once per process and project. */
export function pipelineFingerprint(root: string): string {
  let fingerprint = fingerprints.get(root);
  if (fingerprint === undefined) {
    fingerprint = computePipelineFingerprint(root);
    fingerprints.set(root, fingerprint);
  }
  return fingerprint;
}
