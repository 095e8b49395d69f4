import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, readDeployConfig, toBasePath, toSiteOrigin } from '../../../src/lib/site/deploy-config';

describe('toBasePath', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['sub', '/sub/'],
    ['/sub', '/sub/'],
    ['/sub/', '/sub/'],
    ['a/b', '/a/b/'],
    ['a//b//', '/a/b/'],
  ])('normalises %o to %s', (input, expected) => {
    expect(toBasePath(input)).toBe(expected);
  });

  test.each(['https://x.org/y', '//x:80/y', '/a/../b', '/a?b', '/a#b', '/a b'])('rejects %s', (input) => {
    expect(() => toBasePath(input)).toThrow(/BASE_PATH/);
  });
});

describe('toSiteOrigin', () => {
  test('defaults to the local preview origin', () => {
    expect(toSiteOrigin(undefined)).toBe(DEFAULT_SITE_URL);
  });

  test('keeps an origin and drops a trailing slash', () => {
    expect(toSiteOrigin('https://news.example.org/')).toBe('https://news.example.org');
  });

  test('rejects a path, telling to use BASE_PATH', () => {
    expect(() => toSiteOrigin('https://news.example.org/analysis/')).toThrow(/BASE_PATH/);
  });

  test.each(['ftp://news.example.org', 'javascript:alert(1)', 'not a url'])('rejects %s', (input) => {
    expect(() => toSiteOrigin(input)).toThrow(/SITE_URL/);
  });
});

describe('readDeployConfig', () => {
  test('reads the three variables', () => {
    expect(readDeployConfig({ SITE_URL: 'https://a.org', BASE_PATH: 'x', CONTENT_DIR: 'elsewhere/' })).toEqual({
      site: 'https://a.org',
      base: '/x/',
      contentDir: 'elsewhere',
      siteIsDefault: false,
    });
    expect(readDeployConfig({})).toMatchObject({ base: '/', contentDir: 'content', siteIsDefault: true });
  });
});
