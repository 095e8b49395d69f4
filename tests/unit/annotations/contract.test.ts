import { describe, expect, test } from 'vitest';
import {
  CLASS_PREFIX,
  DATA_ATTRIBUTES,
  HTML_CLASSES,
  calloutElementId,
  claimElementId,
  modifierClass,
  noteElementId,
  quoteElementId,
  quoteEntryElementId,
  statusClassName,
  termElementId,
  termExplanationElementId,
} from '../../../src/lib/annotations/index';
import { dataProperty } from '../../../src/lib/annotations/markup/contract';
import { renderArticle } from '../../helpers/processor';

/** An article with every kind of annotation: two claims (one answering the other), quotes (one inside a link), a term, a hedge and a note. */
const EVERYTHING = [
  'Officials said :claim[talks resumed]{#talks by=us-officials via=ft} and “:quote[we are ready]{by=tsang},” Tsang said.',
  '',
  'The embassy said :claim[it is :term[apparently]{kind=loaded note="Why"} untrue]{by=embassy status=denied responds=talks note="Checked."}.',
  '',
  'A paragraph after the claims, [“:quote[a linked quote]{by=tsang}”](https://example.org).',
  '',
  ':::note{kind=caveat}',
  'Who said this? It is reportedly unclear.',
  ':::',
].join('\n');

const matches = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((match) => match[1]!);

describe('the HTML contract', () => {
  test('ids, classes and data attributes are spelled as the stylesheet and readers’ links expect', () => {
    expect([claimElementId('aid'), calloutElementId('aid'), quoteElementId('q1'), quoteEntryElementId('q1'), noteElementId('n1'), termElementId('t1'), termExplanationElementId('t1')]).toEqual([
      'claim-aid',
      'callout-aid',
      'quote-q1',
      'quote-entry-q1',
      'note-n1',
      'term-t1',
      'term-t1-explanation',
    ]);
    expect(statusClassName('denied')).toBe('sourced-status sourced-status--denied');
    expect(modifierClass(HTML_CLASSES.claim, 'confirmed')).toBe('sourced-claim--confirmed');
    expect(dataProperty(DATA_ATTRIBUTES.claimRef)).toBe('dataClaimRef');
  });

  test('every class Sourced adds starts with the prefix the sanitiser lets through, except the visually-hidden utility', () => {
    const { visuallyHidden, ...sourced } = HTML_CLASSES;
    expect(visuallyHidden).toBe('visually-hidden');
    for (const name of Object.values(sourced)) expect(name.startsWith(CLASS_PREFIX), name).toBe(true);
  });

  test('a rendered article uses only the contract’s classes, ids and data attributes, and all of the main ones', async () => {
    const { html, annotations } = await renderArticle(EVERYTHING);
    const known = Object.values(HTML_CLASSES) as string[];
    const classes = new Set(matches(html, /\sclass="([^"]*)"/g).flatMap((value) => value.split(' ')));
    for (const name of classes) {
      const base = name.split('--')[0]!;
      expect(known.includes(base) && (name === base || name.startsWith(`${base}--`)), name).toBe(true);
    }
    // Not vacuous: the article shows every element the contract names for the text around claims.
    for (const name of ['claim', 'claimRef', 'callouts', 'callout', 'calloutSummary', 'calloutBody', 'calloutBack', 'calloutNumber', 'calloutName', 'calloutResponds', 'calloutResponses', 'calloutNote', 'quote', 'note', 'noteLabel', 'term', 'termExplain', 'group', 'groupRest', 'status', 'visuallyHidden'] as const) {
      expect(classes.has(HTML_CLASSES[name]), name).toBe(true);
    }

    const ids = matches(html, /\sid="([^"]*)"/g);
    expect(new Set(ids)).toEqual(
      new Set([
        ...annotations.claims.flatMap((claim) => [claimElementId(claim.id), calloutElementId(claim.id)]),
        ...annotations.quotes.map((quote) => quoteElementId(quote.id)),
        ...annotations.notes.map((note) => noteElementId(note.id)),
        ...annotations.terms.flatMap((term) => [termElementId(term.id), termExplanationElementId(term.id)]),
      ]),
    );
    expect(ids).toHaveLength(new Set(ids).size);

    const dataAttributes = new Set(matches(html, /\s(data-[a-z-]+)=/g));
    expect(dataAttributes).toEqual(new Set(Object.values(DATA_ATTRIBUTES)));
  });
});
