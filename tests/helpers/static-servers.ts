/**
 * Starts the deploy recipes in deploy/ as a user would, on 127.0.0.1 and a free port, as
 * foreground child processes with every temporary, pid and log file in a temporary folder:
 *
 * - nginx: deploy/nginx/sourced.conf.template filled by `envsubst` (as the official nginx image
 *   does), included in a minimal nginx.conf like the one Debian and the image ship;
 * - Caddy: `caddy run --config deploy/caddy/Caddyfile` with the variables in its environment.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site';

export interface RunningServer {
  name: 'nginx' | 'caddy';
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** The server's log so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Absolute path of the built site. */
  dist: string;
  /** The base path it was built with, e.g. `/sub/`. */
  base: string;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function which(binary: string): string | undefined {
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin', ...(process.env['PATH'] ?? '').split(':')]) {
    const path = join(dir, binary);
    if (spawnSync('test', ['-x', path]).status === 0) return path;
  }
  return undefined;
}

function requireBinary(binary: string, pkg: string): string {
  const path = which(binary);
  if (!path) throw new Error(`${binary} is not installed: run \`npm run test:setup\` (it installs Debian's ${pkg}).`);
  return path;
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode} before serving:\n${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The server did not answer on ${origin} within 15 s:\n${log()}`);
}

function stopper(child: ChildProcess, folder: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(folder, { recursive: true, force: true });
  };
}

/** The started server once it answers on `port`; stopped (its folder removed) when it does not. */
async function whenServing(name: RunningServer['name'], child: ChildProcess, folder: string, port: number, log: () => string): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`;
  const stop = stopper(child, folder);
  try {
    await waitUntilServing(origin, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, origin, log, stop };
}

/** Fills the nginx template the way the official image does: only the three variables are replaced. */
export function fillNginxTemplate(values: { dist: string; base: string; port: string }): string {
  const envsubst = requireBinary('envsubst', 'gettext-base');
  const result = spawnSync(envsubst, ['${SOURCED_DIST} ${SOURCED_BASE_PATH} ${PORT}'], {
    input: readFileSync(join(PROJECT_ROOT, 'deploy/nginx/sourced.conf.template'), 'utf8'),
    encoding: 'utf8',
    env: { SOURCED_DIST: values.dist, SOURCED_BASE_PATH: values.base, PORT: values.port },
  });
  if (result.status !== 0) throw new Error(`envsubst failed: ${result.stderr}`);
  return result.stdout;
}

export async function startNginx({ dist, base }: ServeOptions): Promise<RunningServer> {
  const nginx = requireBinary('nginx', 'nginx');
  const folder = mkdtempSync(join(tmpdir(), 'sourced-nginx-'));
  const port = await freePort();
  writeFileSync(join(folder, 'sourced.conf'), fillNginxTemplate({ dist, base, port: `127.0.0.1:${port}` }));
  // The wrapper a distribution's nginx.conf provides; `user root` lets a root test run read dist/.
  writeFileSync(
    join(folder, 'nginx.conf'),
    [
      'daemon off;',
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${folder}/nginx.pid;`,
      `error_log ${folder}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  sendfile on;',
      `  access_log ${folder}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${folder}/${kind};`),
      `  include ${folder}/sourced.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(nginx, ['-p', folder, '-c', join(folder, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const log = () => {
    let errors = '';
    try {
      errors = readFileSync(join(folder, 'error.log'), 'utf8');
    } catch {}
    return `${output}${errors}`;
  };
  return whenServing('nginx', child, folder, port, log);
}

export async function startCaddy({ dist, base }: ServeOptions): Promise<RunningServer> {
  const caddy = requireBinary('caddy', 'caddy');
  const folder = mkdtempSync(join(tmpdir(), 'sourced-caddy-'));
  const port = await freePort();
  let output = '';
  const child = spawn(caddy, ['run', '--config', join(PROJECT_ROOT, 'deploy/caddy/Caddyfile'), '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: folder,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: folder,
      XDG_DATA_HOME: folder,
      XDG_CONFIG_HOME: folder,
      SOURCED_DIST: dist,
      SOURCED_BASE_PATH: base,
      PORT: String(port),
      SOURCED_BIND: '127.0.0.1',
      // No admin endpoint: several test runs (and other projects) may share the machine.
      CADDY_ADMIN: 'off',
    },
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const log = () => output;
  return whenServing('caddy', child, folder, port, log);
}
