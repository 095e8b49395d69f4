import { describe, expect, test } from 'vitest';
import { buildSourceIndex, SourceConflictError, type IndexedArticle } from '../../../src/lib/analysis/source-index';
import { renderArticle } from '../../helpers/processor';

async function article(id: string, date: string, sources: IndexedArticle['sources'], markdown: string): Promise<IndexedArticle> {
  const { annotations } = await renderArticle(markdown, { sources });
  return { id, title: `Title ${id}`, published: new Date(date), filePath: `content/articles/${id}.md`, sources, annotations };
}

describe('buildSourceIndex', () => {
  test('merges a source declared in several articles into one entry, newest article first', async () => {
    const ft = { name: 'Financial Times', kind: 'outlet' };
    const a = await article('a', '2024-01-01', { ft, tsang: { name: 'Steve Tsang', kind: 'expert', role: 'SOAS' } }, ':claim[x]{by=ft} “:quote[y]{by=tsang}”');
    const b = await article('b', '2024-02-01', { ft: { ...ft, role: 'London newspaper' } }, ':claim[z]{by=ft} and :claim[w]{by=ft}');
    const index = buildSourceIndex([a, b]);
    expect(index.map((source) => source.id)).toEqual(['ft', 'tsang']);
    const merged = index[0]!;
    expect(merged.appearances.map((appearance) => [appearance.article.id, appearance.claims.length, appearance.quotes.length])).toEqual([
      ['b', 2, 0],
      ['a', 1, 0],
    ]);
    expect(merged.roles).toEqual(['London newspaper']);
    expect(index[1]!.appearances[0]!.quotes.map((q) => q.text)).toEqual(['y']);
  });

  test('fails naming every file when two articles give one id a different name or kind', async () => {
    const a = await article('a', '2024-01-01', { ft: { name: 'Financial Times', kind: 'outlet' } }, ':claim[x]{by=ft}');
    const b = await article('b', '2024-02-01', { ft: { name: 'Financial Times', kind: 'organization' } }, ':claim[y]{by=ft}');
    expect(() => buildSourceIndex([a, b])).toThrow(SourceConflictError);
    expect(() => buildSourceIndex([a, b])).toThrow(
      /Source `ft` is declared differently:\n  content\/articles\/a\.md: name `Financial Times`, kind `outlet`\n  content\/articles\/b\.md: name `Financial Times`, kind `organization`/,
    );
  });
});
