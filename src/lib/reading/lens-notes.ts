/**
 * The language lens's explanations as a list, for narrow screens where there is no margin to put
 * them beside the text (wide screens show each beside its line): the words, then what they are.
 */
import { TERM_KIND_LABELS, type Term } from '../annotations/index.ts';

export interface LensNote {
  /** The id of the marked words in the text. */
  target: string;
  words: string;
  explanation: string;
}

export function toLensNotes(terms: readonly Term[]): LensNote[] {
  return terms.map((term) => ({
    target: `term-${term.id}`,
    words: term.text,
    explanation: `${TERM_KIND_LABELS[term.kind]}${term.note ? `: ${term.note}` : ''}`,
  }));
}
