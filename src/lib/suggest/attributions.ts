/**
 * Attributions in one sentence: who says what, and which words. Works on the paragraph with
 * quotations blanked out, so words inside a quotation never count as attribution. Four shapes:
 *
 * - `tail`: after a quotation, "…,” Tsang said." / "…,” said Steve Tsang, director of …";
 * - `clause`: "SPEAKER said (that) CONTENT", "SPEAKER denied CONTENT", "officials are convinced: CONTENT",
 *   with "told LISTENER" and "reports, citing OTHERS";
 * - `according`: "CONTENT, according to SPEAKER" and "According to SPEAKER, CONTENT";
 * - `interjected`: "CONTENT, SPEAKER said, …" and "CONTENT, said SPEAKER.".
 */
import type { Quotation } from './quotations.ts';
import { ATTRIBUTION_VERB_SOURCE, QUOTE_TAIL_VERB_SOURCE, isDenialVerb } from './reporting-verbs.ts';
import { roleFromApposition, subjectBefore, type Subject } from './subject.ts';
import type { Span } from './types.ts';

export type AnchorKind = 'tail' | 'clause' | 'according' | 'interjected';

export interface Anchor {
  kind: AnchorKind;
  speaker: Subject;
  verb: string;
  verbStart: number;
  /** The attributed words, when the sentence has them outside a tail. */
  content?: Span;
  /** "citing X": the original source; the speaker is then the outlet relaying it. */
  cited?: Subject;
  /** "told X": who was told (a relaying outlet, perhaps). */
  listener?: string;
  /** For tails: the quotation it follows. */
  quotation?: Quotation;
  denial: boolean;
  /** "asked": a question, not a claim. */
  question: boolean;
}

/** Nouns that are also verbs: only verbs when compromise says so in context. */
const AMBIGUOUS = new Set(['reports', 'claims', 'notes', 'states', 'calls', 'estimates', 'shows', 'answers', 'promises', 'fears', 'found', 'thought', 'show', 'fear', 'states', 'posted', 'called', 'replies', 'expected', 'believed', 'tells', 'says']);
/** Verbs whose object is itself the statement: the claim starts at the verb ("denied having made a request"). */
const OBJECT_VERBS = /^(reiterated|reiterates|denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes|promised|promises|pledged|vowed|vows|called|calls|announced|announces)$/i;
const DAYS = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Words between a verb and its content that belong to neither. */
const ADVERBIALS = new RegExp(
  `^\\s*(?:on ${DAYS}|on ${MONTHS} \\d+|in ${MONTHS}|last (?:week|month|year|night)|earlier|later|publicly|privately|repeatedly|again|also|then|to reporters|by (?:telephone|phone|email)|in (?:a|an)(?: [\\w-]+)?(?: [\\w-]+)? (?:statement|interview|reply|post|letter|briefing|message|email)(?: to [^,]+?)?|after the briefing|at the time|in response|in reply|on (?:Twitter|X|Facebook|Telegram|television|state television|radio))\\b`,
  'i',
);
const TRAILING_ADJUNCTS = new RegExp(`\\s+(?:on ${DAYS}|last (?:week|month|year|night)|earlier this (?:week|month|year))$`, 'i');
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+,\s+[^()]{0,40}\([^)]*\)\s*[-–—]\s*/u;
const LEADING_CONNECTIVES = /^(?:(?:but|and|yet|so|however|meanwhile|instead|also)\b,?\s*)+/i;

/** Trims a claim's words: spaces, a leading "that", final punctuation (a closing quotation mark stays), trailing time adjuncts. */
export function trimContent(text: string, start: number, end: number): Span | undefined {
  let from = start;
  let to = end;
  const skip = () => {
    while (from < to && /[\s,:]/.test(text[from]!)) from += 1;
  };
  skip();
  const opener = /^(?:that\s|(?:however|moreover|meanwhile|though|in fact|too),\s*)/i.exec(text.slice(from, to));
  if (opener) {
    from += opener[0].length;
    skip();
  }
  for (;;) {
    const before = to;
    while (to > from && /[\s.;:,!?]/.test(text[to - 1]!)) {
      if (/[.!?]/.test(text[to - 1]!) && /["”]/.test(text[to] ?? '')) break;
      to -= 1;
    }
    const adjunct = TRAILING_ADJUNCTS.exec(text.slice(from, to));
    if (adjunct) to = from + adjunct.index;
    if (to === before) break;
  }
  return to - from >= 3 ? { start: from, end: to } : undefined;
}

/** Where the sentence's own words start: after a dateline and opening connectives. */
function sentenceBody(masked: string, sentence: Span): number {
  let from = sentence.start;
  const dateline = DATELINE.exec(masked.slice(from, sentence.end));
  if (dateline) from += dateline[0].length;
  const connective = LEADING_CONNECTIVES.exec(masked.slice(from, sentence.end));
  if (connective) from += connective[0].length;
  return from;
}

/** "…,” Tsang said" / "…,” said Steve Tsang, director of …" right after a quotation. */
function tailAnchor(masked: string, sentence: Span, quotation: Quotation): Anchor | undefined {
  const rest = masked.slice(quotation.close, sentence.end);
  // A quotation followed by its attribution ends with punctuation: “…,” he said / “…?” she asked / "…", said X.
  if (!quotation.endsWithPunctuation && !/^\s*,/.test(rest)) return undefined;
  const verbFirst = new RegExp(`^[\\s,]*(${QUOTE_TAIL_VERB_SOURCE})\\s+([^“"·]+)`).exec(rest);
  if (verbFirst && !/^(?:on|in|at|to|by|during|after|before|that|this|last)\b/i.test(verbFirst[2]!)) {
    const words = verbFirst[2]!.replace(/[.!?]+\s*$/, '');
    const [name = '', ...roleParts] = words.split(/,\s*/);
    const start = quotation.close + verbFirst[0].length - verbFirst[2]!.length;
    const role = roleFromApposition(roleParts.join(', '));
    return {
      kind: 'tail',
      speaker: { phrase: name.trim(), start, end: start + name.trim().length, ...(role ? { role } : {}) },
      verb: verbFirst[1]!,
      verbStart: quotation.close + verbFirst[0].indexOf(verbFirst[1]!),
      quotation,
      denial: isDenialVerb(verbFirst[1]!),
      question: /^ask/i.test(verbFirst[1]!),
    };
  }
  const subjectFirst = new RegExp(`^([^.!?;“"·]{1,90}?)\\s+(${QUOTE_TAIL_VERB_SOURCE})\\b`).exec(rest);
  if (!subjectFirst) return undefined;
  const verbStart = quotation.close + subjectFirst[1]!.length + subjectFirst[0].slice(subjectFirst[1]!.length).indexOf(subjectFirst[2]!);
  if (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(masked.slice(quotation.close, verbStart))) return undefined;
  const speaker = subjectBefore(masked, quotation.close, verbStart);
  if (!speaker || speaker.phrase.split(/\s+/).length > 10 || /^(?:and|but|or|that|so)\b/i.test(speaker.phrase)) return undefined;
  const after = masked.slice(verbStart + subjectFirst[2]!.length, sentence.end);
  const listener = /^told$/i.test(subjectFirst[2]!) ? /^\s+([^,.;:]+?)(?=\s+(?:by|in|on|at|that|during|after|before|about)\b|[,.;:]|$)/.exec(after)?.[1] : undefined;
  return {
    kind: 'tail',
    speaker,
    verb: subjectFirst[2]!,
    verbStart,
    quotation,
    denial: isDenialVerb(subjectFirst[2]!),
    question: /^ask/i.test(subjectFirst[2]!),
    ...(listener ? { listener } : {}),
  };
}

/**
 * Who was told, right after "told": a name ("Meridian Wire", "the Harbour Gazette") or one or two
 * lower-case words ("reporters", "local radio") before "that", a comma or the told words.
 */
export function listenerAfterTold(text: string): { listener: string; length: number } | undefined {
  const named = /^\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(text);
  if (named) return { listener: named[1]!, length: named[0].length };
  const one = /^\s+(\p{Ll}+)/u.exec(text);
  if (!one) return undefined;
  const clauseStart = /^(?:that|the|a|an|it|he|she|they|we|there|this|its|his|her|their|by|in|on|at|about|after|before)$/;
  const two = /^\s+(\p{Ll}+)\s+(\p{Ll}+)/u.exec(text);
  if (two && !clauseStart.test(two[1]!) && !clauseStart.test(two[2]!)) return { listener: `${two[1]} ${two[2]}`, length: two[0].length };
  return clauseStart.test(one[1]!) ? undefined : { listener: one[1]!, length: one[0].length };
}

/** "SPEAKER said (that) CONTENT" and its variants, for the verb at `verbStart`. */
function clauseAnchor(masked: string, sentence: Span, verb: string, verbStart: number): Anchor | undefined {
  const from = sentenceBody(masked, sentence);
  if (verbStart <= from) return undefined;
  const speaker = subjectBefore(masked, from, verbStart);
  if (!speaker || /·/.test(speaker.phrase)) return undefined;
  let cursor = verbStart + verb.length;
  let listener: string | undefined;
  if (/^(told|tells|tell)$/i.test(verb)) {
    const told = listenerAfterTold(masked.slice(cursor, sentence.end));
    if (told) {
      listener = told.listener;
      cursor += told.length;
    }
  }
  for (let adverbial = ADVERBIALS.exec(masked.slice(cursor, sentence.end)); adverbial; adverbial = ADVERBIALS.exec(masked.slice(cursor, sentence.end))) {
    cursor += adverbial[0].length;
  }
  let cited: Subject | undefined;
  const citing = /^\s*,?\s*citing\s+([^,.;]+)/.exec(masked.slice(cursor, sentence.end));
  if (citing) {
    const start = cursor + citing[0].length - citing[1]!.length;
    cited = { phrase: citing[1]!.trim(), start, end: start + citing[1]!.trim().length };
    cursor += citing[0].length;
  }
  const denial = isDenialVerb(verb);
  const rest = masked.slice(cursor, sentence.end);
  // "CONTENT, union leaders said, leaving …": the content comes before the speaker.
  const beforeSpeaker = masked.slice(from, speaker.from ?? speaker.start);
  if (/,\s*$/.test(beforeSpeaker) && !cited && (/^\s*(?:[,.;!?]|$)/.test(rest) || /^\s*,?\s*\p{Ll}+ing\b/u.test(rest))) {
    const content = trimContent(masked, from, from + beforeSpeaker.replace(/,\s*$/, '').length);
    return { kind: 'interjected', speaker, verb, verbStart, denial, question: false, ...(content ? { content } : {}) };
  }
  // "warned the government last month that …": a short object before "that" is not part of the claim.
  const object = /^\s+(?:[\p{L}’'-]+\s+){1,5}?that\s/u.exec(rest);
  if (object && !/[·“”"]/.test(object[0]) && !OBJECT_VERBS.test(verb)) cursor += object[0].length;
  const contentStart = OBJECT_VERBS.test(verb) && !/^\s*that\b/i.test(rest) ? verbStart : cursor;
  const content = trimContent(masked, contentStart, sentence.end);
  return {
    kind: 'clause',
    speaker,
    verb,
    verbStart,
    denial,
    question: /^ask/i.test(verb),
    ...(content ? { content } : {}),
    ...(cited ? { cited } : {}),
    ...(listener ? { listener } : {}),
  };
}

/**
 * "The money, according to the audit office, was reallocated": a short subject before the
 * attribution and a predicate after it (not a relative clause such as ", which called …").
 */
function isInterruptedSubject(before: string, after: string): boolean {
  const subject = before.replace(/,\s*$/, '').trim();
  const rest = after.replace(/^\s*,\s*/, '');
  return /,\s*$/.test(before) && /^\s*,\s*\S/.test(after) && subject.split(/\s+/).length <= 6 && rest.split(/\s+/).length > 3 && !/^(?:which|who|whose|where|when|while|as|adding|saying)\b/i.test(rest);
}

/** "CONTENT, according to SPEAKER" and "According to SPEAKER, CONTENT". */
function accordingAnchor(masked: string, sentence: Span): Anchor | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  const match = /\baccording to\s+([^,.;:·“"]+?)(?=\s*(?:[,.;:–—]|$))/i.exec(text);
  if (!match) return undefined;
  const at = sentence.start + match.index;
  const speakerStart = at + match[0].length - match[1]!.length;
  const speaker: Subject = { phrase: match[1]!.trim(), start: speakerStart, end: speakerStart + match[1]!.trim().length };
  const from = sentenceBody(masked, sentence);
  const afterSpeaker = speaker.end;
  let content: Span | undefined;
  if (masked.slice(from, at).trim() === '') {
    content = trimContent(masked, afterSpeaker, sentence.end);
  } else if (isInterruptedSubject(masked.slice(from, at), masked.slice(afterSpeaker, sentence.end))) {
    // "The money, according to the audit office, was reallocated": the rest of the sentence.
    content = trimContent(masked, afterSpeaker, sentence.end);
  } else {
    content = trimContent(masked, from, at);
  }
  return { kind: 'according', speaker, verb: 'according to', verbStart: at, denial: false, question: false, ...(content ? { content } : {}) };
}

/** "CONTENT, said Peskov." without quotation marks. */
function invertedAnchor(masked: string, sentence: Span, used: ReadonlySet<number>): Anchor | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  const match = new RegExp(`,\\s+(said|says|added|wrote)\\s+([^,.;·“"]+?)(?:,\\s*([^.;·“"]+))?[.!]?$`).exec(text);
  if (!match || /[”"]\s*$/.test(text.slice(0, match.index))) return undefined;
  if (used.has(sentence.start + match.index + match[0].indexOf(match[1]!)) || !/^(?:\p{Lu}|(?:the|a|an)\s)/u.test(match[2]!)) return undefined;
  const from = sentenceBody(masked, sentence);
  const content = trimContent(masked, from, sentence.start + match.index);
  const speakerStart = sentence.start + match.index + match[0].indexOf(match[2]!, match[1]!.length + 2);
  const role = match[3] ? roleFromApposition(match[3]) : undefined;
  return {
    kind: 'interjected',
    speaker: { phrase: match[2]!.trim(), start: speakerStart, end: speakerStart + match[2]!.trim().length, ...(role ? { role } : {}) },
    verb: match[1]!,
    verbStart: sentence.start + match.index + match[0].indexOf(match[1]!),
    denial: false,
    question: false,
    ...(content ? { content } : {}),
  };
}

/** Every attribution in a sentence, in text order. */
export function findAnchors(masked: string, sentence: Span, quotations: readonly Quotation[], verbs: ReadonlySet<number>): Anchor[] {
  const anchors: Anchor[] = [];
  const used = new Set<number>();
  for (const quotation of quotations) {
    if (quotation.open < sentence.start || quotation.close > sentence.end) continue;
    const tail = tailAnchor(masked, sentence, quotation);
    if (tail) {
      anchors.push(tail);
      used.add(tail.verbStart);
    }
  }
  const according = accordingAnchor(masked, sentence);
  if (according) anchors.push(according);
  const verbPattern = new RegExp(`(?<![\\p{L}])(${ATTRIBUTION_VERB_SOURCE})(?![\\p{L}])`, 'gu');
  const text = masked.slice(sentence.start, sentence.end);
  if (!according) {
    for (const match of text.matchAll(verbPattern)) {
      const verbStart = sentence.start + match.index;
      if (used.has(verbStart)) continue;
      const word = match[1]!.split(' ')[0]!;
      if (AMBIGUOUS.has(word.toLowerCase()) && !verbs.has(verbStart)) continue;
      // "who asked not to be named": a relative clause, not the sentence's attribution.
      if (/\b(?:who|which|that)\s+$/i.test(masked.slice(sentence.start, verbStart))) continue;
      // "is said to", "are believed to": a hedge, not an attribution.
      if (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(masked.slice(sentence.start, verbStart)) && !/^are convinced|^is convinced/.test(match[1]!)) continue;
      const clause = clauseAnchor(masked, sentence, match[1]!, verbStart);
      if (clause) {
        anchors.push(clause);
        break;
      }
    }
  }
  if (!anchors.some((anchor) => anchor.kind !== 'tail')) {
    const inverted = invertedAnchor(masked, sentence, used);
    if (inverted) anchors.push(inverted);
  }
  return anchors.sort((a, b) => a.verbStart - b.verbStart);
}
