import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSourceConflicts, readDeclaredSources } from '../../../src/lib/checker/source-conflicts';
import { readSiteSources, siteSourcesFolderFor } from '../../../src/lib/sources/site-sources';
import { findFrontmatterTodos } from '../../../src/lib/annotations/remark/placeholders';
import { describeSpeakers } from '../../../src/lib/annotations/sourcing';

function siteFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sourced-sources-'));
  mkdirSync(join(root, 'sources'));
  mkdirSync(join(root, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'sources', name), text);
  return root;
}

describe('site-wide source files', () => {
  test('belong to the content folder of the articles folder an article is in, at any depth', () => {
    expect(siteSourcesFolderFor('/site/content/articles/2024/x.md')).toBe('/site/content/sources');
    expect(siteSourcesFolderFor('/elsewhere/x.md')).toBeUndefined();
  });

  test('are read with their problems; files starting with `_` are skipped; a changed file is read again', () => {
    const root = siteFolder({ 'ft.yaml': 'name: Financial Times\nkind: outlet\n', '_draft.yaml': 'nonsense: [', 'bad.yml': 'name: X\nkind: anon\nrol: y\n' });
    const read = readSiteSources(join(root, 'sources'));
    expect([...read.sources.keys()]).toEqual(['ft']);
    expect(read.reports.flatMap((report) => report.diagnostics.map((d) => `${report.path.split('/').pop()}:${d.line}:${d.column} ${d.ruleId}`))).toEqual([
      'bad.yml:2:7 bad-value',
      'bad.yml:3:1 unknown-field',
    ]);
    writeFileSync(join(root, 'sources', 'ft.yaml'), 'name: The Financial Times\nkind: outlet\nrole: a longer file now\n');
    expect(readSiteSources(join(root, 'sources')).sources.get('ft')?.name).toBe('The Financial Times');
  });
});

describe('one id is one source', () => {
  const root = siteFolder({ 'lavrov.yaml': 'kind: official\nname: Sergei Lavrov\n' });
  const site = readSiteSources(join(root, 'sources')).sources;
  const at = (id: string, name: string, kind: string, line: number) => ({ id, name, kind, line, column: 3 });

  test('an article declaring a site-wide source the same way (a role of its own aside) is fine', () => {
    expect(findSourceConflicts([{ path: 'a.md', sources: [at('lavrov', 'Sergei Lavrov', 'official', 8)] }], site).size).toBe(0);
  });

  test('a different name or kind is reported at the article, naming the source file’s `name` line', () => {
    const found = findSourceConflicts([{ path: 'a.md', sources: [at('lavrov', 'Sergey Lavrov', 'official', 8)] }], site, () => 'content/sources/lavrov.yaml');
    expect(found.get('a.md')?.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '8:3 Source `lavrov` is declared here as `Sergey Lavrov` (kind `official`), but content/sources/lavrov.yaml:2:1 declares it as `Sergei Lavrov` (kind `official`).',
    ]);
  });

  test('between two articles, the later file (by path) names the earlier one', () => {
    const found = findSourceConflicts(
      [
        { path: 'b.md', sources: [at('ft', 'FT', 'outlet', 9)] },
        { path: 'a.md', sources: [at('ft', 'Financial Times', 'outlet', 12)] },
      ],
      new Map(),
    );
    expect([...found.keys()]).toEqual(['b.md']);
    expect(found.get('b.md')?.[0]?.message).toContain('but a.md:12:3 declares it as `Financial Times` (kind `outlet`)');
  });

  test('declarations the schema refuses are left to the schema’s own message', () => {
    const text = '---\nsources:\n  x:\n    name: X\n    kind: persn\n  y:\n    name: Y\n    kind: person\n---\n';
    expect(readDeclaredSources({ sources: { x: { name: 'X', kind: 'persn' }, y: { name: 'Y', kind: 'person' } } }, text)).toEqual([{ id: 'y', name: 'Y', kind: 'person', line: 6, column: 3 }]);
  });
});

describe('placeholders and speakers', () => {
  test('TODOs in frontmatter values are found with their key; TODOs in comments and in the body are not', () => {
    const file = '---\ntitle: A\ndescription: "TODO: say it" # TODO later\n# TODO: a comment\noriginal:\n  outlet: TODO\n  datenote: "a # TODO in quotes counts"\n---\n\nTODO in the body is text.\n';
    expect(findFrontmatterTodos(file)).toEqual([
      { line: 3, column: 15, key: 'description' },
      { line: 6, column: 11, key: 'original.outlet' },
      { line: 7, column: 18, key: 'original.datenote' },
    ]);
  });

  test('speakers read as a list, with roles separated so that commas stay unambiguous', () => {
    const lavrov = { id: 'lavrov', name: 'Sergei Lavrov', kind: 'official', role: 'foreign minister' };
    const svr = { id: 'svr', name: 'SVR', kind: 'government' };
    const fsb = { id: 'fsb', name: 'FSB', kind: 'government' };
    expect(describeSpeakers([lavrov])).toBe('Sergei Lavrov');
    expect(describeSpeakers([lavrov, svr])).toBe('Sergei Lavrov and SVR');
    expect(describeSpeakers([lavrov, svr, fsb])).toBe('Sergei Lavrov, SVR and FSB');
    expect(describeSpeakers([lavrov, svr, fsb], { roles: true })).toBe('Sergei Lavrov, foreign minister; SVR; and FSB');
  });
});
