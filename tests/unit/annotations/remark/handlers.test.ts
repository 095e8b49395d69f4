import { describe, expect, test } from 'vitest';
import { ANNOTATION_HANDLERS } from '../../../../src/lib/annotations/remark/handlers';
import { ALLOWED_ATTRIBUTES, ANNOTATION_NAMES } from '../../../../src/lib/annotations/vocabulary';
import { annotate, rules } from './parse';

describe('the handler table', () => {
  test('has one handler for every directive name of the vocabulary, and nothing else', () => {
    expect(Object.keys(ANNOTATION_HANDLERS).sort()).toEqual([...ANNOTATION_NAMES].sort());
    expect(Object.keys(ALLOWED_ATTRIBUTES).sort()).toEqual([...ANNOTATION_NAMES].sort());
  });

  test('a note is a block; claims, quotes and terms are written inside the sentence', () => {
    expect(Object.fromEntries(Object.entries(ANNOTATION_HANDLERS).map(([name, handler]) => [name, handler.form]))).toEqual({
      claim: 'textDirective',
      quote: 'textDirective',
      note: 'containerDirective',
      term: 'textDirective',
    });
  });

  test('each directive written in its form reaches its handler and is recorded', () => {
    const { annotations } = annotate(
      [':claim[They agreed]{by=ft}, “:quote[we did]{by=tsang}” and :term[regime]{kind=loaded}.', '', ':::note{kind=caveat}', 'Unclear.', ':::'].join('\n'),
    );
    expect(annotations.claims.map((claim) => claim.text)).toEqual(['They agreed']);
    expect(annotations.quotes.map((quote) => quote.text)).toEqual(['we did']);
    expect(annotations.terms.map((term) => term.text)).toEqual(['regime']);
    expect(annotations.notes.map((note) => note.label)).toEqual(['Caveat']);
    expect(rules({ annotations, declaredSourceIds: [] })).toEqual([]);
  });

  test('a directive in the wrong form is reported with its handler’s hint and not recorded', () => {
    const result = annotate(['::claim[x]{by=ft}', '', 'A :note[y] here.'].join('\n'));
    expect(result.annotations.diagnostics.filter((d) => d.ruleId === 'wrong-form').map((d) => `${d.line}:${d.column} ${d.hint}`)).toEqual([
      `1:1 ${ANNOTATION_HANDLERS.claim.formHint}`,
      `3:3 ${ANNOTATION_HANDLERS.note.formHint}`,
    ]);
    expect(ANNOTATION_HANDLERS.claim.formHint).toBe('Write `:claim[words]{by=source-id}` with one colon, inside the sentence.');
    expect(ANNOTATION_HANDLERS.note.formHint).toContain('`:::note{kind=context}` on its own line');
    expect(result.annotations.claims).toEqual([]);
    expect(result.annotations.notes).toEqual([]);
  });

  test('attributes are checked against the directive’s list before its handler runs', () => {
    const result = annotate('“:quote[words]{by=tsang status=confirmed}” and :term[x]{kind=hedge by=ft}.');
    expect(rules(result)).toEqual(['1:25 unknown-attribute', '1:68 unknown-attribute']);
    expect(result.annotations.quotes).toHaveLength(1);
    // `by=` on a term is not an attribution, but the source still counts as used.
    expect(result.annotations.diagnostics.some((d) => d.ruleId === 'unused-source')).toBe(false);
  });

  test('a bare name without brackets stays text and is not handed to the handler', () => {
    const result = annotate('It was :claim and nothing else.');
    expect(rules(result)).toEqual(['1:8 empty-label']);
    expect(result.annotations.claims).toEqual([]);
  });
});
