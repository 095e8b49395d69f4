import type { RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { annotate, rules } from './parse';

/** The top-level blocks as `type.class(children)`, placeholders with the claim ids they name. */
function outline(node: RootContent): string {
  const properties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
  const className = (properties?.['className'] as string[] | undefined)?.join('.') ?? '';
  // The plugin's own node types are not mdast's.
  const type: string = node.type;
  if (type === 'sourcedCallouts') return `callouts[${String(properties?.['dataCallouts'])}]`;
  if (type === 'sourcedGroup') return `${className}(${(node as { children: RootContent[] }).children.map(outline).join(' ')})`;
  return type;
}

describe('claim ids', () => {
  test('claims without an id get c1, c2… in reading order, skipping ids the analyst chose', () => {
    const { annotations } = annotate(':claim[a]{by=ft} :claim[b]{#c1 by=ft} :claim[c]{#x by=ft} :claim[d]{by=ft}');
    expect(annotations.claims.map((claim) => [claim.number, claim.id])).toEqual([
      [1, 'c2'],
      [2, 'c1'],
      [3, 'x'],
      [4, 'c3'],
    ]);
  });

  test('an id used twice is reported at the second one’s `#`, naming the first one’s line; the second gets a generated id', () => {
    const result = annotate(':claim[a]{#same by=ft}\n\nThen :claim[b]{by=ft #same}.');
    expect(rules(result)).toEqual(['3:22 duplicate-id']);
    expect(result.annotations.diagnostics.find((d) => d.ruleId === 'duplicate-id')?.message).toBe('`:claim` id `#same` is already used by the claim on line 1.');
    expect(result.annotations.claims.map((claim) => claim.id)).toEqual(['same', 'c1']);
  });
});

describe('callout placeholders and groups', () => {
  test('each block with claims opens a group: the block, its callouts, then the plain blocks up to the next block with claims', () => {
    const { tree } = annotate(
      ['Intro.', '', 'A :claim[one]{by=ft} and :claim[two]{#two by=ft}.', '', 'Plain.', '', '- list', '', 'B :claim[three]{by=ft}.', '', 'C :claim[four]{by=ft}.'].join('\n'),
    );
    expect(tree.children.map(outline)).toEqual([
      'paragraph',
      'sourced-group(paragraph callouts[c1 two] sourced-group__rest(paragraph list))',
      'sourced-group(paragraph callouts[c2])',
      'sourced-group(paragraph callouts[c3])',
    ]);
  });

  test('a claim deep inside a block (a list item, a quotation) groups the whole top-level block', () => {
    const { tree } = annotate('> - quoted :claim[deep]{by=ft}\n\nAfter.');
    expect(tree.children.map(outline)).toEqual(['sourced-group(blockquote callouts[c1] sourced-group__rest(paragraph))']);
  });

  test('an article without claims is left as it was', () => {
    const { tree } = annotate('Just :quote[words]{by=tsang}.\n\nAnd more.');
    expect(tree.children.map(outline)).toEqual(['paragraph', 'paragraph']);
  });
});
