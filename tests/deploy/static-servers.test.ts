/**
 * The deploy recipes in deploy/, started as a user would (nginx from its envsubst template, Caddy
 * from its Caddyfile) on real servers, serving a build under /sub/: every page answers 200 with
 * no broken link or fragment, a missing page gets the site's 404 page with status 404, a folder
 * without its slash is redirected, and every response carries the headers public/_headers gives
 * its path (security headers, the search page's Content-Security-Policy, caching, types), compressed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersForPath, parseHeadersFile, rebaseHeaderRules } from '../../src/lib/deploy/headers-file';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site';
import { listFiles, listPages } from '../helpers/dist';
import { crawl } from '../helpers/http-crawl';
import { startCaddy, startNginx, type RunningServer } from '../helpers/static-servers';

const BASE = '/sub/';
const ARTICLE = 'articles/china-military-aid-russia/';
let dist = '';

beforeAll(() => {
  // Vitest puts its own BASE_URL (`/`) in the environment, and a build inheriting it links
  // without the base path: build as a user's shell would.
  const inherited = process.env['BASE_URL'];
  delete process.env['BASE_URL'];
  const result = buildSite({ name: 'deploy-sub', basePath: BASE });
  if (inherited !== undefined) process.env['BASE_URL'] = inherited;
  if (result.exitCode !== 0) throw new Error(`The /sub/ build failed:\n${result.output}`);
  dist = result.outDir;
});

/** The header rules of public/_headers under /sub/: what every host must send. */
const rules = () => rebaseHeaderRules(parseHeadersFile(readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8')), BASE);

test('the built _headers carries the base path in every rule, and a Netlify build leaves out the lines Netlify does not know', () => {
  const built = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  expect(built.map((rule) => rule.path)).toEqual(rules().map((rule) => rule.path));
  expect(built.every((rule) => rule.path.startsWith(BASE))).toBe(true);
  expect(built).toEqual(rules());

  const inherited = process.env['BASE_URL'];
  delete process.env['BASE_URL'];
  const netlify = buildSite({ name: 'deploy-sub-netlify', basePath: BASE, env: { NETLIFY: 'true' } });
  if (inherited !== undefined) process.env['BASE_URL'] = inherited;
  expect(netlify.exitCode, netlify.output).toBe(0);
  const text = readFileSync(join(netlify.outDir, '_headers'), 'utf8');
  expect(text).not.toMatch(/^\s+!/m);
  expect(parseHeadersFile(text)).toEqual(rules().map((rule) => ({ ...rule, detach: [] })));
});

describe.each([
  ['nginx', startNginx],
  ['caddy', startCaddy],
] as const)('%s serving a /sub/ build', (_name, start) => {
  let server: RunningServer;
  const url = (path: string) => `${server.origin}${BASE}${path}`;

  beforeAll(async () => {
    server = await start({ dist, base: BASE });
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('every page of the build answers 200 at its URL', async () => {
    const pages = listPages(dist).filter((page) => page !== '404.html');
    const failures: string[] = [];
    for (const page of pages) {
      const path = page.replace(/(^|\/)index\.html$/, '$1');
      const response = await fetch(url(path), { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status !== 200) failures.push(`${path}: ${response.status}`);
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  test('crawling from the home page finds no broken link, asset or fragment', async () => {
    const { statuses, problems } = await crawl(url(''));
    expect(problems).toEqual([]);
    // Every page of the build is reachable by following links (the search page and archive too).
    const unreached = listPages(dist)
      .filter((page) => page !== '404.html')
      .map((page) => url(page.replace(/(^|\/)index\.html$/, '$1')))
      .filter((page) => !statuses.has(page));
    expect(unreached).toEqual([]);
    expect(statuses.has(url('search/')) && statuses.has(url('archive/2026/11/'))).toBe(true);
  });

  test('a missing page gets the site’s 404 page with status 404 and the security headers', async () => {
    for (const path of [`${BASE}no-such-page/`, `${BASE}articles/no-such-article/`, `${BASE}no-such-file.css`]) {
      const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
      const body = await response.text();
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(body, path).toContain('<title>Page not found');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'none'");
    }
  });

  test('a folder without its slash is redirected to the one with it, on the same host', async () => {
    for (const [from, to] of [
      [`${BASE}tags`, `${BASE}tags/`],
      [`${BASE}${ARTICLE}`.replace(/\/$/, ''), `${BASE}${ARTICLE}`],
      [BASE.replace(/\/$/, ''), BASE],
    ] as const) {
      const response = await fetch(`${server.origin}${from}`, { redirect: 'manual' });
      await response.arrayBuffer();
      expect([301, 308], from).toContain(response.status);
      expect(new URL(response.headers.get('location') ?? '', `${server.origin}${from}`).href, from).toBe(`${server.origin}${to}`);
    }
  });

  test('every kind of response carries the headers _headers gives its path', async () => {
    const css = listFiles(dist).find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!;
    const script = listFiles(dist).find((file) => file.startsWith('_astro/') && file.endsWith('.js'))!;
    const paths = ['', ARTICLE, 'search/', 'archive/', css, script, 'rss.xml', 'feed.json', 'sitemap-index.xml', `${ARTICLE}annotations.jsonld`, `${ARTICLE}og.png`, 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'favicon.svg'];
    const mismatches: string[] = [];
    for (const path of paths) {
      const response = await fetch(url(path));
      await response.arrayBuffer();
      expect(response.status, path).toBe(200);
      for (const [name, value] of headersForPath(rules(), `${BASE}${path}`)) {
        if (response.headers.get(name) !== value) mismatches.push(`${path} ${name}: got ${response.headers.get(name)}, _headers says ${value}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('the promises _headers makes, spelled out', async () => {
    const headersOf = async (path: string) => {
      const response = await fetch(url(path));
      await response.arrayBuffer();
      return response.headers;
    };
    const css = listFiles(dist).find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!;
    expect((await headersOf(css)).get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['', ARTICLE, 'rss.xml', 'feed.json']) expect((await headersOf(path)).get('cache-control'), path).toMatch(/^public, max-age=(300|900)$/);
    expect((await headersOf('rss.xml')).get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect((await headersOf('feed.json')).get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect((await headersOf(`${ARTICLE}annotations.jsonld`)).get('content-type')).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const page = await headersOf(ARTICLE);
    expect(page.get('content-security-policy')).toContain("script-src 'none'");
    expect(page.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(page.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.get('x-frame-options')).toBe('DENY');
    const search = await headersOf('search/');
    expect(search.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect((await headersOf('pagefind/pagefind-worker.js')).get('content-security-policy')).toContain("'wasm-unsafe-eval'");
  });

  test('text responses are compressed for clients that accept it', async () => {
    const css = listFiles(dist).find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!;
    for (const path of ['', ARTICLE, 'search/', css, 'rss.xml', 'feed.json', 'pagefind/pagefind.js']) {
      const response = await fetch(url(path), { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('vary') ?? '', path).toMatch(/accept-encoding/i);
    }
  });
});
