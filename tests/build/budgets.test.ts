import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/build-site';
import { $$, attr, listFiles, listPages, readPage, readText } from '../helpers/dist';

const dist = builtSite('seed');
const ARTICLE = 'articles/china-military-aid-russia/index.html';

describe('page budgets', () => {
  test('no page but the search page carries JavaScript: no script element other than JSON-LD data, no event handler, no javascript: URL', () => {
    for (const page of listPages(dist)) {
      const tree = readPage(dist, page);
      const scripts = $$(tree, 'script').filter((script) => attr(script, 'type') !== 'application/ld+json');
      if (page === 'search/index.html') {
        // One module script, a file of the site's own (the header CSP allows no inline script).
        expect(scripts.map((script) => [attr(script, 'type'), /^\/_astro\/[\w.-]+\.js$/.test(attr(script, 'src') ?? '')])).toEqual([['module', true]]);
      } else {
        expect(scripts, page).toEqual([]);
      }
      const html = readText(dist, page);
      expect(html, page).not.toMatch(/\son[a-z]+=|javascript:/i);
    }
    // The search page's script and Pagefind's (its API, its worker): nothing else.
    expect(listFiles(dist).filter((file) => /\.m?js$/.test(file) && !file.startsWith('pagefind/'))).toEqual([
      expect.stringMatching(/^_astro\/search\.[\w.-]+\.js$/),
    ]);
    expect(listFiles(dist).filter((file) => file.startsWith('pagefind/') && file.endsWith('.js'))).toEqual(['pagefind/pagefind-worker.js', 'pagefind/pagefind.js']);
  });

  test('no page loads anything from another host', () => {
    for (const page of listPages(dist)) {
      const tree = readPage(dist, page);
      const loaded = [
        ...$$(tree, 'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"]').map((link) => attr(link, 'href')),
        ...$$(tree, '[src]').map((element) => attr(element, 'src')),
        ...$$(tree, '[srcset]').map((element) => attr(element, 'srcSet')),
      ];
      for (const url of loaded) expect(url, page).toMatch(/^\/(?!\/)/);
    }
  });

  test('no inline style attribute or style element anywhere', () => {
    for (const page of listPages(dist)) {
      expect($$(readPage(dist, page), '[style], style'), page).toEqual([]);
    }
  });

  test('every page shares one hashed, cacheable stylesheet', () => {
    const stylesheets = new Set(listPages(dist).flatMap((page) => $$(readPage(dist, page), 'link[rel="stylesheet"]').map((link) => attr(link, 'href'))));
    expect(stylesheets.size).toBe(1);
    expect([...stylesheets][0]).toMatch(/^\/_astro\/[\w.-]+\.[\w-]{8}\.css$/);
  });

  test('the seed article weighs at most 30 KB gzipped on first load (HTML + CSS + images)', () => {
    const tree = readPage(dist, ARTICLE);
    const resources = [
      ...$$(tree, 'link[rel="stylesheet"], link[rel~="icon"]').map((link) => attr(link, 'href') ?? ''),
      ...$$(tree, 'img[src]').map((image) => attr(image, 'src') ?? ''),
    ];
    const sizes = [ARTICLE, ...resources.map((url) => url.replace(/^\//, ''))].map((file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });

  test('every page declares a Content-Security-Policy and the host headers file sets the security headers', () => {
    for (const page of listPages(dist)) {
      const csp = attr($$(readPage(dist, page), 'meta[http-equiv="content-security-policy"]')[0]!, 'content') ?? '';
      expect(csp, page).toContain("default-src 'none'");
      expect(csp, page).toContain("style-src 'self'");
    }
    const headers = readText(dist, '_headers');
    for (const header of ['Content-Security-Policy:', 'X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', 'Strict-Transport-Security:']) {
      expect(headers).toContain(header);
    }
    expect(headers).toMatch(/\/_astro\/\*\n(\s+! Cache-Control\n)?\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
