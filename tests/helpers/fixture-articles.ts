import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site';

/** Every valid article the project has: the seed, the fixture sites (plain and hostile) and the valid edge cases. */
export const VALID_ARTICLE_FILES: readonly string[] = ['content/articles', 'tests/fixtures/sites/basic/articles', 'tests/fixtures/sites/hostile/articles', 'tests/fixtures/valid-edge/articles']
  .map((dir) => join(PROJECT_ROOT, dir))
  .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => join(dir, name)));

/** `[folder/articles/name.md, path]` pairs for `test.each`. */
export const VALID_ARTICLE_CASES: readonly (readonly [string, string])[] = VALID_ARTICLE_FILES.map((file) => [file.split('/').slice(-3).join('/'), file] as const);
