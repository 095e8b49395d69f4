import { describe, expect, test } from 'vitest';
import { httpUrlSchema } from '../../../src/lib/schemas/slug';

describe('URLs in the frontmatter', () => {
  test('are kept in the form a browser requests: characters a URL may not hold are percent-encoded', () => {
    expect(httpUrlSchema.parse('https://example.org/?q="><script>alert(1)</script>')).toBe('https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    expect(httpUrlSchema.parse('  https://example.org/a b  ')).toBe('https://example.org/a%20b');
    expect(httpUrlSchema.parse('https://例え.jp/パス')).toBe('https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9');
  });

  test('that are already in that form are left as they are', () => {
    expect(httpUrlSchema.parse('https://www.example.com/mali-ceasefire?ref=rss&utm=1#top')).toBe('https://www.example.com/mali-ceasefire?ref=rss&utm=1#top');
  });

  test('other schemes are still refused', () => {
    expect(httpUrlSchema.safeParse('javascript:alert(1)').success).toBe(false);
    expect(httpUrlSchema.safeParse('example.org').success).toBe(false);
  });
});
