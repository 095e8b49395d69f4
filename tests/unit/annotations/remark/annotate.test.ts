import { describe, expect, test } from 'vitest';
import { readSources } from '../../../../src/lib/annotations/remark/sources';
import { annotate, SOURCES } from './parse';

describe('annotateArticle', () => {
  test('needs no processor or file: the tree, its Markdown and the frontmatter are enough', () => {
    const frontmatter = { title: 'T', sources: SOURCES };
    const before = structuredClone(frontmatter);
    const { annotations, declaredSourceIds } = annotate(':claim[Aid]{by=ft via=tsang}', frontmatter);
    expect(declaredSourceIds).toEqual(['ft', 'tsang']);
    expect(annotations.claims[0]).toMatchObject({ id: 'c1', text: 'Aid', by: { id: 'ft', name: 'Financial Times' }, via: { id: 'tsang' }, line: 1, column: 1 });
    expect(annotations.diagnostics).toEqual([]);
    expect(frontmatter).toEqual(before);
  });

  test('reports file lines when given the whole file, body lines otherwise', () => {
    const body = 'Text :claim[x]{by=nobody}.';
    const file = `---\ntitle: T\nsources:\n  ft: { name: FT, kind: outlet }\n---\n\n${body}\n`;
    const frontmatter = { sources: { ft: { name: 'FT', kind: 'outlet' } } };
    const positions = (fileSource?: string) =>
      annotate(body, frontmatter, fileSource).annotations.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
    expect(positions(file)).toEqual(['4:3 unused-source', '7:16 unknown-source']);
    expect(positions()).toEqual(['1:1 unused-source', '1:16 unknown-source']);
  });

  test('returns every diagnostic sorted by position, whichever step found it', () => {
    const { annotations } = annotate([':claim[b]{by=ft #dup}', '', ':claim[a]{#dup by=ft} :claims[x]', '', ':quote[c]{by=ft responds=x}'].join('\n'));
    expect(annotations.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '1:1 unused-source',
      '3:11 duplicate-id',
      '3:23 unknown-directive',
      '5:17 unknown-attribute',
    ]);
  });
});

describe('readSources', () => {
  test('reads raw frontmatter leniently: the schema reports its errors, the annotations still resolve', () => {
    expect(readSources({ sources: 'nonsense' }).size).toBe(0);
    expect(readSources({ sources: ['ft'] }).size).toBe(0);
    const sources = readSources({ sources: { ft: { name: '  FT\u0007 ', kind: 'outlet', url: 'https://ft.com' }, anon: null, named: { name: '   ' } } });
    expect([...sources.values()]).toEqual([
      { id: 'ft', name: 'FT', kind: 'outlet', role: undefined, url: 'https://ft.com' },
      { id: 'anon', name: 'anon', kind: 'person', role: undefined, url: undefined },
      { id: 'named', name: 'named', kind: 'person', role: undefined, url: undefined },
    ]);
  });
});
