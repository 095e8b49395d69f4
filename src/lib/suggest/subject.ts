/**
 * Who is doing the saying: the subject before a verb ("A senior US Defense Department official
 * said …", "At the same time, however, Beijing reiterated …"), with a role taken from an apposition
 * ("Steve Tsang, director of …, said", "its chief executive, Jonas Feld, said").
 */
import { withoutHonorific } from './names.ts';

export interface Subject {
  /** The words naming the speaker, as written. */
  phrase: string;
  start: number;
  end: number;
  /** A role from an apposition around the name, if any. */
  role?: string;
  /** Where the subject begins when a role comes before the name ("Its leader, Per Ostman"). */
  from?: number;
}

/** Words between a subject and its verb that are not part of the subject. */
const TRAILING_FILLERS = /\s+(?:also|then|later|previously|again|now|already|once|still|has|have|had|would|will|did|does|do|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\p{L}+ly)\s*$/iu;

/** Words that open a sentence without being part of its subject. */
const LEADING_CONNECTIVES = /^(?:(?:but|and|yet|so|still|however|meanwhile|instead|also|then|now|later|earlier|moreover|indeed|separately|similarly|in (?:a|an) (?:statement|interview))\b\s*)+/i;

/** A name or noun phrase before an apposition is short; longer chunks are clauses. */
const MAX_HEAD_WORDS = 8;

const APPOSITION_START = /^(?:a|an|the|its|his|her|their|who|which|director|head|chair|professor|spokes(?:man|woman|person)|minister|secretary|former|senior|chief|deputy|\p{Ll})/u;

const TIME_PART = /^(?:(?:on|last|this|next|earlier|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend)|yesterday|today|tonight|on \p{Lu}\p{Ll}+ \d{1,2})$/iu;

/** A role from an apposition: "a professor at X" → "professor at X"; participles ("speaking to reporters") are not roles. */
export function roleFromApposition(text: string): string | undefined {
  // "34, a nurse", "a lawyer for the family, on Tuesday": an age and a time are not part of the role.
  const parts = text.split(/\s*,\s*/).filter((part) => !/^(?:aged\s+)?\d{1,3}$/.test(part.trim()) && !TIME_PART.test(part.trim()));
  const role = parts
    .join(', ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/^who\s+(?:is|was)\s+/i, '')
    .replace(/^who\s+/i, '')
    .replace(/^(?:a|an|the)\s+/i, '')
    .trim();
  if (!role || /^\p{Ll}+ing\b/u.test(role) || role.split(/\s+/).length > 25) return undefined;
  // "whose Social Democrats lead …" or "has called …" are clauses, not roles.
  if (/^(?:who|whom|which|whose)$/i.test(role)) return undefined;
  // "who thanked Anna Orlova": a past action, not a role ("who leads the party" is one).
  if (/^who\s+\p{Ll}+ed\b/u.test(text.trim()) || /^\p{Ll}+ed\s+\p{Lu}/u.test(role)) return undefined;
  if (/^(?:whose|whom|has|have|had|is|was|were|will|would|said|says|told|added|called|did|does)\b/i.test(role)) return undefined;
  // "known as “El Toro”", "nicknamed “Doc”": a nickname (blanked), not a role.
  if (/^(?:known|also known|nicknamed|dubbed|aka)\b/i.test(role)) return undefined;
  // "who asked not to be named" explains anonymity; it is not a role.
  if (/\b(?:not to be (?:named|identified)|anonymity|declined to be)\b/i.test(role)) return undefined;
  return role;
}

/** Looks like a name or a noun phrase that can speak (not an apposition): "Steve Tsang", "its own inspection reports". */
function looksLikeHead(chunk: string): boolean {
  return /^(?:\p{Lu}|(?:the|a|an|its|their|his|her|our)\s)/u.test(withoutHonorific(chunk.trim()));
}

/** A proper name, with or without "the": "Jonas Feld", "the Water Resources Authority". */
function looksLikeName(chunk: string): boolean {
  return /^(?:the\s+)?\p{Lu}/u.test(chunk.trim()) && !/^(?:he|she|they|it|we|i)$/i.test(chunk.trim());
}

/**
 * A short description that can stand before a name: a determiner and up to four words ending in a
 * common noun ("its chief executive", "The Unity Party's junior partner", "the regulator").
 */
function isDescription(chunk: string): boolean {
  const words = chunk.trim().split(/\s+/);
  return /^(?:its|his|her|their|the|a|an)$/i.test(words[0] ?? '') && words.length >= 2 && words.length <= 5 && /^\p{Ll}/u.test(words.at(-1)!) && !words.slice(1).some((word) => /^(?:the|a|an)$/i.test(word));
}

interface Chunk {
  text: string;
  start: number;
  end: number;
}

function chunksOf(text: string, base: number): Chunk[] {
  const chunks: Chunk[] = [];
  const boundary = /[,;:–—(]|\s-\s/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    chunks.push({ text: text.slice(start, match.index), start: base + start, end: base + match.index });
    start = match.index + match[0].length;
  }
  chunks.push({ text: text.slice(start), start: base + start, end: base + text.length });
  return chunks
    .map((chunk) => {
      const lead = chunk.text.length - chunk.text.trimStart().length;
      const trimmed = chunk.text.trim();
      return { text: trimmed, start: chunk.start + lead, end: chunk.start + lead + trimmed.length };
    })
    .filter((chunk) => chunk.text !== '' && chunk.text !== ')');
}

function stripLeading(chunk: Chunk): Chunk {
  const match = LEADING_CONNECTIVES.exec(chunk.text);
  if (!match || match[0].length === 0) return chunk;
  return { text: chunk.text.slice(match[0].length), start: chunk.start + match[0].length, end: chunk.end };
}

/**
 * The subject of the verb starting at `verbStart`, read from `text` between `from` and the verb.
 * Returns undefined when nothing before the verb can be a subject.
 */
export function subjectBefore(text: string, from: number, verbStart: number): Subject | undefined {
  let left = text.slice(from, verbStart);
  for (;;) {
    const next = left.replace(TRAILING_FILLERS, '');
    if (next === left) break;
    left = next;
  }
  // A parenthetical right before the verb ("Xi Jingping (68) expressed") belongs to the subject.
  left = left.replace(/\s*\([^)]*\)\s*$/, '');
  const chunks = chunksOf(left, from).map(stripLeading).filter((chunk) => chunk.text !== '');
  const last = chunks.at(-1);
  if (!last) return undefined;
  const previous = chunks.at(-2);
  // "its chief executive, Jonas Feld, said", "The regulator, the Water Resources Authority, says": the name comes last, its role before it.
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  if (previous && looksLikeName(last.text) && isDescription(previous.text)) {
    const role = roleFromApposition(lowerFirst(previous.text).replace(/^(?:its|his|her|their|the)\s+/, ''));
    return { phrase: last.text, start: last.start, end: last.end, from: previous.start, ...(role ? { role } : {}) };
  }
  // "Steve Tsang, director of the China Institute, said": the last chunk is an apposition.
  if (previous && APPOSITION_START.test(last.text) && !/^(?:he|she|they|it|we|i)\b/i.test(last.text) && looksLikeHead(previous.text) && previous.text.split(/\s+/).length <= MAX_HEAD_WORDS) {
    const role = roleFromApposition(last.text);
    return { phrase: previous.text, start: previous.start, end: previous.end, ...(role ? { role } : {}) };
  }
  if (last.text.split(/\s+/).length > 14) return undefined;
  return { phrase: last.text, start: last.start, end: last.end };
}
