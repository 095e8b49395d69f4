/**
 * Direct quotations in a paragraph: text between double quotation marks, curly (“…”) or straight
 * ("…"). The marks stay in the prose; the span is the quoted words without them.
 */
import type { Span } from './types.ts';

export interface Quotation extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (the paragraph's end for an unclosed quotation). */
  close: number;
  /** False when the paragraph ends before the closing mark (a quotation that runs on into the next paragraph). */
  closed: boolean;
  /** A fragment or scare quote inside the writer's sentence (“regret”), not a whole quoted sentence. */
  fragment: boolean;
  /** The words inside the marks end with punctuation (`,` `.` `?` `!` `…` or a dash), as before an attribution. */
  endsWithPunctuation: boolean;
}

const CURLY_OPEN = '“';
const CURLY_CLOSE = '”';
const STRAIGHT = '"';

/** Words in a text (letters or digits, apostrophes allowed inside). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The quoted words of a quotation: trimmed of spaces, and of a trailing comma, which belongs to the
 * sentence around the quote (“…,” she said). A closing full stop, question or exclamation mark stays.
 */
function innerSpan(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start && text[end - 1] === ',') end -= 1;
  return { start, end };
}

/** Whole sentences start with a capital (or a digit) and run to at least four words; anything else is a fragment. */
function isFragment(words: string): boolean {
  const first = words.match(/[\p{L}\p{N}]/u)?.[0] ?? '';
  const capital = first !== '' && (first !== first.toLowerCase() || /\p{N}/u.test(first));
  return !capital || countWords(words) < 4;
}

function makeQuotation(text: string, open: number, contentEnd: number, close: number, closed: boolean): Quotation | undefined {
  const { start, end } = innerSpan(text, open + 1, contentEnd);
  const words = text.slice(start, end);
  if (countWords(words) === 0) return undefined;
  const inside = text.slice(open + 1, contentEnd).trimEnd();
  return { open, close, start, end, closed, fragment: isFragment(words), endsWithPunctuation: /[,.?!…—–-]$/.test(inside) };
}

/** A straight quote opens when it follows the paragraph start, a space or an opening bracket or dash. */
function opensHere(text: string, index: number): boolean {
  return index === 0 || /[\s([{–—-]/.test(text[index - 1]!);
}

/** Every quotation in a paragraph, in order. A quotation inside another (“… “no” …”) is part of it. */
export function findQuotations(text: string, straightNesting = true): Quotation[] {
  const found: Quotation[] = [];
  let openAt = -1;
  let openMark = '';
  let nested = 0;
  let nestedStraight = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (openAt < 0) {
      if (char === CURLY_OPEN || (char === STRAIGHT && opensHere(text, index))) {
        openAt = index;
        openMark = char;
      }
      continue;
    }
    if (openMark === CURLY_OPEN && char === CURLY_OPEN) {
      nested += 1;
      continue;
    }
    if (openMark === CURLY_OPEN && char === CURLY_CLOSE && nested > 0) {
      nested -= 1;
      continue;
    }
    // Straight marks nest too: inside "…", a mark after a space and before a letter opens an inner quotation ("The "port authority" holds …").
    if (straightNesting && openMark === STRAIGHT && char === STRAIGHT && /\s/.test(text[index - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[index + 1] ?? '')) {
      nested += 1;
      nestedStraight = true;
      continue;
    }
    if (straightNesting && openMark === STRAIGHT && char === STRAIGHT && nested > 0) {
      nested -= 1;
      continue;
    }
    // Pasted wire copy mixes marks: a straight opening mark may close with a curly one, and a curly one with a straight one before a space or punctuation.
    const closes = openMark === CURLY_OPEN ? char === CURLY_CLOSE || (char === STRAIGHT && nested === 0 && /^(?:[\s,.;:!?)\]—–-]|$)/.test(text.slice(index + 1, index + 2))) : char === STRAIGHT || char === CURLY_CLOSE;
    if (closes) {
      const quotation = makeQuotation(text, openAt, index, index + 1, true);
      if (quotation) found.push(quotation);
      openAt = -1;
      nested = 0;
    }
  }
  // An inner straight quotation that never closed was no inner quotation: read the marks one after another.
  if (openAt >= 0 && nestedStraight) return findQuotations(text, false);
  if (openAt >= 0) {
    const quotation = makeQuotation(text, openAt, text.length, text.length, false);
    if (quotation) found.push(quotation);
  }
  return found;
}

/** The paragraph with every quotation's words blanked out (same length), so attribution rules only read the writer's prose. */
export function maskQuotations(text: string, quotations: readonly Quotation[]): string {
  let masked = text;
  for (const quotation of quotations) {
    const from = quotation.open + 1;
    const to = quotation.closed ? quotation.close - 1 : quotation.close;
    masked = masked.slice(0, from) + '·'.repeat(to - from) + masked.slice(to);
  }
  return masked;
}
