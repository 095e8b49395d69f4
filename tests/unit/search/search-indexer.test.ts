/**
 * The search indexer's worker with Pagefind's real process: articles in, an index folder out,
 * one fragment per article with its claims and quotes as anchors; failures come back as errors
 * that say what went wrong.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { SearchIndexError, startSearchIndexer } from '../../../src/lib/search/indexer/search-indexer';
import type { SearchInput } from '../../../src/lib/search/search-inputs';
import { claim, quote, tsang } from './annotation-fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'sourced-indexer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const input = (id: string, over: Partial<SearchInput> = {}): SearchInput => ({
  id, title: `Title ${id}`, description: 'Summary', published: new Date('2026-11-28T00:00:00Z'), tags: ['china'],
  claims: [claim({ id: 'ready', by: tsang, sourcing: 'Expert' })], quotes: [quote()], html: `<p>Words of ${id}. <span class="visually-hidden">hidden words</span></p>`, url: `/articles/${id}/`, ...over,
});

/** The fragments of an index as JSON (Pagefind gzips each, after a signature of 12 bytes). */
function fragments(dir: string): { url: string; content: string; anchors: { id: string; title?: string }[] }[] {
  const folder = join(dir, 'fragment');
  return readdirSync(folder).map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').slice(12)));
}

describe('the search indexer', () => {
  test('indexes articles in batches on its worker and writes one fragment per article, its claims and quotes as anchors', async () => {
    const indexer = startSearchIndexer(ROOT, 'en');
    const inputs = Array.from({ length: 150 }, (_, n) => input(`a${n}`));
    const out = join(work, 'index');
    try {
      const report = await indexer.build(inputs, out);
      expect(report).toMatchObject({ records: 450, documents: 150 });
      // Pagefind's own process is reported (Linux): its memory is not the build process's.
      if (process.platform === 'linux') expect(report.pagefindPeakBytes).toBeGreaterThan(10 * 1024 * 1024);
    } finally {
      await indexer.close();
    }
    // The articles were handed over and let go.
    expect(inputs).toEqual([]);
    const files = readdirSync(out);
    expect(files).toContain('pagefind.js');
    expect(files).not.toContain('pagefind-ui.js');
    const written = fragments(out);
    expect(written).toHaveLength(150);
    const first = written.find((fragment) => fragment.url === '/articles/a0/')!;
    expect(first.content).toContain('Words of a0.');
    expect(first.content).not.toContain('hidden words');
    expect(first.anchors.map((anchor) => [anchor.id, anchor.title])).toEqual([
      ['claim-ready', 'China is ready to help'],
      ['quote-q1', '“I doubt Xi wants escalation”'],
    ]);
  });

  test('a folder it cannot write fails the build with a SearchIndexError that names it', async () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const indexer = startSearchIndexer(ROOT, 'en');
    try {
      const failure = indexer.build([input('b')], join(blocker, 'index'));
      await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
      await expect(failure).rejects.toThrow(/a-file/);
    } finally {
      await indexer.close();
    }
  });

  test("a worker that cannot start says so, instead of leaving the build waiting", async () => {
    const indexer = startSearchIndexer(join(work, 'no-project-here'), 'en');
    try {
      await expect(indexer.build([input('c')], join(work, 'never'))).rejects.toThrow(/search indexer/i);
    } finally {
      await indexer.close();
    }
  });
});
