/**
 * Transcript turns: a paragraph that starts with a speaker label ("Q:", "A:", "KORVEL:") holds
 * that speaker's words without quotation marks. The words after the label are the quote.
 */
import type { Span } from './types.ts';

export interface TranscriptTurn {
  /** The label as written: "Q", "KORVEL". */
  label: string;
  /** The spoken words. */
  words: Span;
}

const LABEL = /^(Q|A|[\p{Lu}][\p{Lu} .'’-]{1,40}):[ \t]+(?=\S)/u;

/** The turn in a paragraph, when it starts with a speaker label. */
export function readTranscriptTurn(text: string): TranscriptTurn | undefined {
  const match = LABEL.exec(text);
  if (!match) return undefined;
  let end = text.length;
  while (end > match[0].length && /\s/.test(text[end - 1]!)) end -= 1;
  return { label: match[1]!.trim(), words: { start: match[0].length, end } };
}

/** True for the interviewer's label. */
export function isQuestionLabel(label: string): boolean {
  return /^(Q|QUESTION|INTERVIEWER|REPORTER)$/i.test(label);
}

/** True for an answer label without a name ("A"). */
export function isAnswerLabel(label: string): boolean {
  return /^(A|ANSWER)$/i.test(label);
}
