import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from '../../../src/lib/checker/frontmatter';
import { readSourceFile } from '../../../src/lib/sources/site-sources';
import { findYamlSlip } from '../../../src/lib/diagnostics/yaml-slips';

/** A valid article; `lines` replaces file lines (1-based) to make one slip. */
const LINES = [
  '---', //  1
  'title: A title', //  2
  'description: A description.', //  3
  'published: 2024-01-02', //  4
  'original:', //  5
  '  outlet: Example', //  6
  'sources:', //  7
  '  ft:', //  8
  '    name: Financial Times', //  9
  '    kind: outlet', // 10
  '  tsang:', // 11
  '    name: Steve Tsang', // 12
  '    kind: expert', // 13
  'corrections:', // 14
  '  - date: 2024-01-03', // 15
  '    text: A fix.', // 16
  '---', // 17
  '',
  'Body.',
];

function article(replacements: Record<number, string>): string {
  return LINES.map((line, index) => replacements[index + 1] ?? line).join('\n');
}

/** `line:column rule` of each problem. */
function positions(source: string): string[] {
  return checkFrontmatter(source).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}

describe('YAML errors point at the line that is wrong', () => {
  test('the valid article has no problem', () => {
    expect(positions(article({}))).toEqual([]);
  });

  test.each([
    ['a source key indented one space too few', { 10: '   kind: outlet' }, 10],
    ['a source key indented one space too many', { 10: '     kind: outlet' }, 10],
    ['a source key indented by one space only', { 10: ' kind: outlet' }, 10],
    ['a source id indented one space (the parser notices at the next source)', { 8: ' ft:' }, 8],
    ['the second source id indented one space (the parser notices at the next key)', { 11: ' tsang:' }, 11],
    ['a source id indented three spaces', { 11: '   tsang:' }, 11],
    ['a top-level key indented by one space', { 7: ' sources:' }, 7],
    ['a top-level key indented after a value', { 4: '  published: 2024-01-02' }, 4],
    ['a tab in the indentation', { 10: '\tkind: outlet' }, 10],
    ['a list item key out of line', { 16: '     text: A fix.' }, 16],
    ['a list item key one space short', { 16: '   text: A fix.' }, 16],
    ['an unclosed `[`', { 2: 'title: [A title' }, 2],
  ])('%s', (_name, replacements, line) => {
    const found = checkFrontmatter(article(replacements)).diagnostics;
    expect(found.map((d) => `${d.line} ${d.ruleId}`)).toEqual([`${line} frontmatter-syntax`]);
  });

  test('the message says what is wrong with the line, not the parser state', () => {
    const [problem] = checkFrontmatter(article({ 8: ' ft:' })).diagnostics;
    expect(problem?.message).toBe('The frontmatter is not valid YAML: this line is indented by 1 space, where the lines of its level use 2.');
    expect(problem?.hint).toBe('Indent it by 2 spaces, like the other keys at its level.');
  });

  test('a site-wide source file with an indented key points at that key', () => {
    const { diagnostics } = readSourceFile('sources/ft.yaml', 'name: Financial Times\n kind: outlet\n');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '2:1 source-file-syntax The source file is not valid YAML: this line is indented by 1 space, deeper than the line above allows (the line above already has its value).',
    ]);
  });

  test('valid shapes are not slips: lists, block scalars, comments, flow collections', () => {
    expect(findYamlSlip('tags: [a, b]\nlist:\n  - one\n  - two: 2\n    three: 3\nnote: |\n  text\n    more text\n# comment\nlast: {a: 1}\n')).toBeUndefined();
  });
});
