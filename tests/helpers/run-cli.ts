import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site';

/** The pinned Node the npm scripts run on (the `node` devDependency). */
const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');

/** Tools whose npm script runs them from a bundle (`node src/cli/bundled.ts <tool>`). */
const BUNDLED = new Set(['check.ts', 'suggest.ts']);

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  input?: string;
  /** Run the tool from its source modules even when its npm script bundles it. */
  fromSource?: boolean;
}

/** Runs one of `src/cli/*.ts` the way its npm script does: plain Node, TypeScript types stripped, bundled where the script bundles. */
export function runCli(script: string, args: string[], options: CliOptions = {}): CliResult {
  const command = BUNDLED.has(script) && !options.fromSource ? ['bundled.ts', script.replace(/\.ts$/, '')] : [script];
  const result = spawnSync(NODE, [join(PROJECT_ROOT, 'src/cli', command[0]!), ...command.slice(1), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
