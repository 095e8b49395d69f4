/**
 * Sentences of a paragraph, found by compromise and adjusted for quotations: a sentence never
 * ends inside a quotation, and a quoted sentence that closes (`.”`) before another quotation
 * opens ends there.
 */
import nlp from 'compromise';
import type { Quotation } from './quotations.ts';
import type { Span } from './types.ts';

interface CompromiseSentence {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Sentence ends as compromise sees them (offsets just after each sentence's last character). The
 * sentence's text is looked up in the paragraph: compromise's own offsets drift after some
 * characters (brackets, braces).
 */
function compromiseEnds(text: string): number[] {
  const sentences = nlp(text).sentences().json({ offset: true }) as CompromiseSentence[];
  let cursor = 0;
  const ends = sentences.map(({ text: words, offset }) => {
    const found = words ? text.indexOf(words.trim(), cursor) : -1;
    let end = found >= 0 ? found + words.trim().length : offset.start + offset.length;
    while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
    cursor = Math.max(cursor, end);
    return end;
  });
  return [...new Set(ends)].filter((end) => end > 0 && end < text.length).sort((a, b) => a - b);
}

/** Ends after a closing quotation mark that itself ends a sentence (`.”` `?"`) and is followed by a new quotation. */
function quotedSentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.?!…]["”](?=\s+["“])/g)) ends.push(match.index + match[0].length);
  return ends;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return to > from ? { start: from, end: to } : undefined;
}

/** The paragraph's sentences, as trimmed spans covering all its text. */
export function splitSentences(text: string, quotations: readonly Quotation[] = []): Span[] {
  const insideQuotation = (offset: number) => quotations.some((q) => offset > q.open && offset < q.close);
  const ends = [...new Set([...compromiseEnds(text), ...quotedSentenceEnds(text)])]
    .filter((end) => !insideQuotation(end))
    .sort((a, b) => a - b);
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
  }
  return spans;
}
