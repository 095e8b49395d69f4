import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersForPath, HeadersFileError, parseHeadersFile, rebaseHeaderRules, serializeHeadersFile } from '../../../src/lib/deploy/headers-file';
import { PROJECT_ROOT } from '../../helpers/build-site';

const SAMPLE = `# comment
/*
  X-Frame-Options: DENY
  Cache-Control: public, max-age=300

/_astro/*
  ! Cache-Control
  Cache-Control: public, max-age=31536000, immutable

/feed.json
  Content-Type: application/feed+json
`;

describe('the _headers file', () => {
  test('is read into rules with their headers and "! Name" lines', () => {
    expect(parseHeadersFile(SAMPLE)).toEqual([
      { path: '/*', detach: [], headers: [{ name: 'X-Frame-Options', value: 'DENY' }, { name: 'Cache-Control', value: 'public, max-age=300' }] },
      { path: '/_astro/*', detach: ['Cache-Control'], headers: [{ name: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      { path: '/feed.json', detach: [], headers: [{ name: 'Content-Type', value: 'application/feed+json' }] },
    ]);
  });

  test('a rule replaces a header it detaches; two rules setting one header join their values', () => {
    const rules = parseHeadersFile(SAMPLE);
    expect(headersForPath(rules, '/_astro/a.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/articles/x/').get('cache-control')).toBe('public, max-age=300');
    expect(headersForPath(rules, '/feed.json').get('content-type')).toBe('application/feed+json');
    expect(headersForPath(parseHeadersFile('/*\n  A: 1\n/x\n  A: 2\n'), '/x').get('a')).toBe('1, 2');
  });

  test('moves every path under the base path, and writes back what it read', () => {
    const rebased = rebaseHeaderRules(parseHeadersFile(SAMPLE), '/analysis/');
    expect(rebased.map((rule) => rule.path)).toEqual(['/analysis/*', '/analysis/_astro/*', '/analysis/feed.json']);
    expect(headersForPath(rebased, '/analysis/_astro/a.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rebased, '/_astro/a.css').size).toBe(0);
    expect(parseHeadersFile(serializeHeadersFile(rebased))).toEqual(rebased);
    expect(rebaseHeaderRules(parseHeadersFile(SAMPLE), '/')).toEqual(parseHeadersFile(SAMPLE));
  });

  test('for Netlify, leaves out the "! Name" lines it does not know', () => {
    const text = serializeHeadersFile(parseHeadersFile(SAMPLE), { withoutDetach: true });
    expect(text).not.toContain('!');
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  test('says which line is wrong and how', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(new HeadersFileError('_headers:1: a header line comes before any path; put a path such as "/*" on the line above.'));
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/_headers:2: expected "Name: value" or "! Name"/);
    expect(() => parseHeadersFile('*.css\n')).toThrow(/_headers:1: a rule must start with a path/);
  });

  test("public/_headers: only the search page and Pagefind's files may run scripts, and only the site's own", () => {
    const rules = parseHeadersFile(readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'));
    for (const path of ['/', '/articles/x/', '/archive/', '/rss.xml', '/_astro/a.css']) {
      expect(headersForPath(rules, path).get('content-security-policy'), path).toContain("script-src 'none'");
    }
    for (const path of ['/search/', '/pagefind/pagefind-worker.js']) {
      const csp = headersForPath(rules, path).get('content-security-policy') ?? '';
      expect(csp.match(/script-src [^;]*/)?.[0], path).toBe("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp, path).toContain("frame-ancestors 'none'");
    }
  });
});
