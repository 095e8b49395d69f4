import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site';

/** The pinned Node the npm scripts run on (the `node` devDependency). */
const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of `src/cli/*.ts` the way its npm script does: plain Node, TypeScript types stripped. */
export function runCli(script: string, args: string[], options: { env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(NODE, [join(PROJECT_ROOT, 'src/cli', script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
