import { describe, expect, test } from 'vitest';
import { buildArticleJsonLd, serializeJsonLd } from '../../../src/lib/seo/json-ld';

describe('serializeJsonLd', () => {
  test('cannot close the script element or open a comment, and parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
    const serialized = serializeJsonLd(data);
    expect(serialized).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(serialized)).toEqual(data);
  });
});

describe('buildArticleJsonLd', () => {
  test('describes an AnalysisNewsArticle based on the original report', () => {
    const jsonLd = buildArticleJsonLd(
      {
        title: 'T',
        description: 'D',
        published: new Date('2024-01-02'),
        tags: ['a', 'b'],
        original: { outlet: 'time news', title: 'Original headline', datenote: 'No date given.' },
      },
      'https://x.org/articles/t/',
      { name: 'Sourced', url: 'https://x.org/' },
    );
    expect(jsonLd).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      headline: 'T',
      datePublished: '2024-01-02T00:00:00.000Z',
      keywords: 'a, b',
      isBasedOn: { '@type': 'NewsArticle', headline: 'Original headline', publisher: { name: 'time news' }, description: 'No date given.' },
    });
    expect(jsonLd).not.toHaveProperty('dateModified');
  });
});
