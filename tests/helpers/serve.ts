import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { resolveToFile } from './links';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server for a built site, as a static host would serve it under `base`. */
export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:41234/sub/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dist` under `base` on 127.0.0.1 (a free port); unknown paths get the site's 404.html with status 404. */
export async function serveDist(dist: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveToFile(dist, base, pathname);
    if (file) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(join(dist, file)));
      return;
    }
    response.writeHead(404, { 'Content-Type': TYPES['.html'] });
    response.end(await readFile(join(dist, '404.html')).catch(() => 'Not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
