import type { Paragraph } from 'mdast';
import { describe, expect, test } from 'vitest';
import { findHedges } from '../../../../src/lib/annotations/index';
import { annotate } from './parse';

describe('findHedges', () => {
  test.each([
    ['China is apparently ready', ['apparently']],
    ['The regime is said to have signalled', ['is said to']],
    ['They seem to be straining; it seems to work', ['seem to', 'seems to']],
    ['Reportedly, officials were said to agree', ['Reportedly', 'were said to']],
    ['Unapparently, a reportedlyness, saidto, seemingly', []],
    ['It appears to rain', ['appears to']],
  ])('%s', (text, expected) => {
    expect(findHedges(text).map((hedge) => hedge.text)).toEqual(expected);
  });
});


describe('automatic hedges', () => {
  test('become hedge terms in reading order, with file lines and columns, also across a line break', () => {
    const body = 'It is apparently so.\nAnd reportedly.';
    const file = `---\ntitle: x\n---\n\n${body}\n`;
    const { annotations } = annotate(body, { sources: {} }, file);
    expect(annotations.terms.map((term) => [term.id, term.text, term.kind, term.automatic, term.line, term.column])).toEqual([
      ['t1', 'apparently', 'hedge', true, 5, 7],
      ['t2', 'reportedly', 'hedge', true, 6, 5],
    ]);
    expect(annotations.terms[0]?.note).toBe('the report does not say on whose authority.');
  });

  test('split the text around each hedge, keeping every character', () => {
    const { tree } = annotate('One apparently, two allegedly three.', { sources: {} });
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.map((child) => (child.type === 'text' ? child.value : `[${child.type}]`))).toEqual([
      'One ',
      '[textDirective]',
      '[sourcedTermExplanation]',
      ', two ',
      '[textDirective]',
      '[sourcedTermExplanation]',
      ' three.',
    ]);
  });

  test('are not marked inside a term the analyst marked, nor in code, and are numbered with the analyst’s terms', () => {
    const { annotations } = annotate('`reportedly` and :term[is said to]{kind=hedge} but seemingly it appears to work.', { sources: {} });
    expect(annotations.terms.map((term) => [term.id, term.text, term.automatic])).toEqual([
      ['t1', 'is said to', false],
      ['t2', 'appears to', true],
    ]);
  });
});
