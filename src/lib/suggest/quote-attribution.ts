/**
 * Who a quotation belongs to, read from the clause around it (the paragraph's prose, quotations
 * blanked out so their words never count):
 *
 * - `tail`: right after the closing mark, "…,” said Ana Ruiz, an economist." or "…,” Ruiz said.";
 * - `lead`: the last speech verb before the opening mark in the same sentence, and its subject:
 *   "Interior Minister Joachim Brudziński called the stabbing “…”", "X praised Mendez on Twitter: “…”";
 *   a passive verb credits its agent ("he was told by the minister of “…”") or no one ("he was told that “…”");
 *   an -ing form ("…, saying “…”") and a verb with no subject of its own ("… and wrote “…”") take the
 *   sentence's subject;
 * - `according`: "according to X" in the sentence;
 * - `nickname`: a quoted nickname opening the sentence ("“Duke” cut in: “…”");
 * - `sibling`: a second quotation joined to the first by a few words ("“…” and “…”") shares its speaker.
 *
 * Returns the words naming the speaker; deciding who they are (pronouns, surnames, organisations)
 * is left to the caller.
 */
import type { Quotation } from './quotations.ts';
import { isAmbiguousVerb, isParticiple, SPEECH_VERB_SOURCE } from './speech-verbs.ts';
import { readSpeakerPhrase } from './speaker-phrase.ts';
import { relayedSpeaker } from './relayed-speaker.ts';
import type { Span } from './types.ts';

export type QuoteAttribution =
  | { how: 'tail' | 'lead' | 'according' | 'passive' | 'subject' | 'nickname'; phrase: string; start: number; end: number }
  | { how: 'sibling' }
  | { how: 'none'; passiveWithoutAgent?: boolean };

const VERB = new RegExp(`(?<![\\p{L}'’-])(${SPEECH_VERB_SOURCE})(?![\\p{L}'’-])`, 'giu');
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|his|her|its|their|this|that|these|those|such|no|any|our|my|your|whose|every|each|first|last|new|[\p{L}]+['’]s)\s+$/iu;
/** Before a word that is a noun as well as a verb ("had one question"), a number or quantifier makes it the noun; before "argued" it is the subject ("Some argued"). */
const QUANTIFIER_BEFORE = /(?:^|\s)(?:one|two|three|four|five|several|some|many|few|another|other|more|final|single)\s+$/iu;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+|also\s+|not\s+|reportedly\s+)*$/iu;
/** Words between a subject and its verb that belong to neither. */
const TRAILING_FILLER =
  /(?:\s+|^)(?:(?:went|goes|go) (?:as|so) far (?:as )?to|(?:is|are|was|were) (?:reported|alleged|said|believed|understood|thought|known|rumou?red|quoted|claimed) to have|even|(?:went on|goes on|continued|proceeded|began|started|tried|was quick|was keen|were quick|took time|paused) to|also|then|later|further|previously|again|now|already|once|still|even|has|have|had|would|will|did|does|do|could|can|may|might|must|should|repeatedly|publicly|privately|quickly|immediately|subsequently|reportedly|recently|yesterday|today|tonight|earlier|first|had also|has also|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on|via) (?:Twitter|Facebook|Instagram|Telegram|X|social media|television|radio)|in a (?:statement|tweet|post|video|letter|interview)|this (?:week|month|morning|afternoon|evening)|last (?:week|month|year|night)|\p{Ll}+ly)\s*$/u;
/** Time words that open a sentence without a comma ("This Wednesday Greek Foreign Minister …"). */
const LEADING_TIME =
  /^(?:(?:\p{L}+|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|ago)|(?:the\s+)?(?:next|following|previous|same)\s+(?:day|week|month|year|morning|afternoon|evening|night)|(?:this|last|next|on|late|early|earlier|later|on the)\s+(?:\p{L}+day|week|month|year|morning|afternoon|evening|night|weekend)|yesterday|today|tonight|\p{Lu}\p{Ll}+day|in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|namely|also|and|but|so|yet|meanwhile|however|then|later|earlier|now)\b[,\s]*/iu;
/** An introductory phrase ending in a comma: "In reaction to the convention, …", "Speaking to Reuters, …". */
const INTRO = /^(?:in|on|at|after|before|during|regarding|asked|citing|quoting|echoing|with|without|following|later|earlier|meanwhile|however|also|then|and|but|so|yet|as|when|while|although|though|despite|for|from|since|speaking|commenting|responding|addressing|writing|according|over|under|amid|upon|by|to|via|through|unlike|like|once|still|instead|further|furthermore|moreover|separately|similarly|indeed|previously|recently|today|yesterday|tonight|this|last|late|early|earlier|separately|elsewhere|here|there|now|in addition|additionally|nevertheless|nonetheless|specifically|notably|overall|ultimately|finally|first|second|third|next|on \w+)\b[^,]*,\s*/i;

function verbsIn(masked: string, from: number, to: number): { word: string; start: number }[] {
  const found: { word: string; start: number }[] = [];
  const region = masked.slice(from, to);
  for (const match of region.matchAll(VERB)) {
    const start = from + match.index;
    const word = match[1]!;
    const before = masked.slice(Math.max(0, start - 40), start);
    // Verbs are lower-case in running text: "The Washington Post", "Call of Duty" are names.
    if (/^\p{Lu}/u.test(word) && !/^\s*$/.test(masked.slice(Math.max(0, start - 2), start))) continue;
    if (isAmbiguousVerb(word) && (DETERMINER_BEFORE.test(before) || QUANTIFIER_BEFORE.test(before))) continue;
    // ", a task called “sweeping the lane”", "in a move dubbed “…”": a naming participle after a noun, not someone speaking.
    if (/^(?:called|dubbed|named|termed|labell?ed|titled|entitled|nicknamed|branded)$/i.test(word) && /(?:(?:,\s*|\b(?:in|of|on|by|for|with|from|into|through)\s+)(?:a|an|the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}|\bwhat (?:is|was|are|were)\s+(?:often\s+|also\s+|now\s+)?)$/u.test(before)) continue;
    // "with protests spreading", "amid calls for", "years of success": after a preposition, a noun.
    if ((isAmbiguousVerb(word) || !/ing$/i.test(word)) && /(?:^|\s)(?:with|of|for|by|in|on|at|against|about|amid|after|before|from|despite|over|without)\s+$/i.test(before)) continue;
    // "as reported by", "as quoted by": a relay, not the speaker.
    if (/\bas\s+$/i.test(before)) continue;
    // "refused to comment", "declined to say", "asked to comment" (but "went on to add" is said).
    if (/\b(?:declined|refused|asked|wanted|failed|unable|able|going|willing|reluctant|not|wants|want|plans|planned|expected|set|due|permission|chance|opportunity|right|has|have|had)\s+to\s+$/i.test(before)) continue;
    // "the alleged …", "a reported …", "a warning": adjectives and nouns.
    if (/(?:ed|ing)$/i.test(word) && DETERMINER_BEFORE.test(before)) continue;
    found.push({ word, start });
  }
  return found;
}

/** Cuts the clause the subject of a verb stands in, and the subject phrase itself. */
export function subjectBefore(masked: string, from: number, verbStart: number): { phrase: string; start: number; end: number } | undefined {
  // Never inside or before a quotation: the subject is in the prose after the last one.
  const lastMark = Math.max(masked.lastIndexOf('”', verbStart - 1), masked.lastIndexOf('·"', verbStart - 1) >= 0 ? masked.lastIndexOf('·"', verbStart - 1) + 1 : -1);
  let start = lastMark >= from ? lastMark + 1 : from;
  let text = masked.slice(start, verbStart);
  // A new clause starts after ";", ":", a dash, ", and", ", but", "while", "whereas", "that", or an opening bracket not yet closed ("The clinic (which Okafor called …").
  const boundary = [...text.matchAll(/;|:|\s[—–]\s|,\s+(?:and|but|while|whereas|as)\s+|\s(?:while|whereas|but)\s+|\bthat\s+|\((?=[^)]*$)/gi)].at(-1);
  if (boundary) {
    start += boundary.index + boundary[0].length;
    text = masked.slice(start, verbStart);
  }
  // "(which Okafor called “…”)": inside brackets, the relative clause's own subject (a relative clause between dashes or commas is an aside).
  const relative = /^\s*(?:which|whom|that)\s+(?=\p{Lu}|the\s)/u.exec(text);
  if (relative && masked[start - 1] === '(') {
    start += relative[0].length;
    text = masked.slice(start, verbStart);
  }
  // "Another was tour manager Thomas Gray, 24, who cited …": the subject follows the copula.
  const copula = [...text.matchAll(/\b(?:was|is|were|are)\s+/gi)].at(-1);
  if (copula && /\bwho\s*$/i.test(text)) {
    start += copula.index + copula[0].length;
    text = masked.slice(start, verbStart);
  }
  for (;;) {
    const next = text.replace(TRAILING_FILLER, '').replace(/,?\s*\b(?:who|which)\s*$/i, '').replace(/[\s,]+$/, '');
    if (next === text) break;
    text = next;
  }
  for (;;) {
    const intro = INTRO.exec(text) ?? LEADING_TIME.exec(text) ?? /^[\s,;:—–-]+/.exec(text);
    if (!intro || intro[0].length === 0 || intro[0].length >= text.length) break;
    start += intro[0].length;
    text = text.slice(intro[0].length);
  }
  // "They released a statement which said": the one who released it.
  const released = /^(.*?)\s+(?:released|issued|published|put out|sent|posted|shared)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:statement|letter|release|message|note|post|video)$/iu.exec(text);
  if (released) text = released[1]!;
  const lead = text.length - text.trimStart().length;
  const phrase = text.trim();
  // A verb with no subject of its own ("… and said"): none here.
  if (!phrase || /^(?:and|but|or|then|also|yet|so)$/i.test(phrase)) return undefined;
  return { phrase, start: start + lead, end: start + lead + phrase.length };
}

/** The subject of a sentence whose verb is not a speech verb: the words before its first lower-case verb ("President Trump delivered …"). */
function subjectOfSentence(masked: string, from: number, to: number): { phrase: string; start: number; end: number } | undefined {
  const clause = subjectBefore(masked, from, to);
  if (!clause) return undefined;
  const verb = /\s(?:\p{Ll}+ed|\p{Ll}+s|held|gave|made|took|was|is|were|are|has|had|went|came|met|led|won|lost|ran|began|left|got|sent|put|set|spoke|wrote|said|told|did|does|will|would|could)\b/u.exec(clause.phrase);
  const phrase = (verb ? clause.phrase.slice(0, verb.index) : clause.phrase).trim();
  return phrase ? { phrase, start: clause.start, end: clause.start + phrase.length } : undefined;
}

const SUBJECT_BEFORE_VERB = /^\s*[,—–-]?\s*([^,.;:!?·“”"()]{1,90}?(?:,\s*[^,.;:!?·“”"()]{1,60}?,)?)\s+((?:(?:also|then|later|further|again|once|quickly|simply|finally|continued|went on to|had|has|would|\p{Ll}+ly)\s+)*)$/u;
/** A subject may carry one apposition between commas ("its chief executive, Jonas Feld, said"). */
/** Lower-case speech verbs only: "Secretary of State Mike Pompeo said" holds "said", not "State". */
const LOWER_VERB = new RegExp(`(?<![\\p{L}'’-])(${SPEECH_VERB_SOURCE})(?![\\p{L}])`, 'gu');

/**
 * "Ruiz said", "the report added": the first speech verb after the quotation with a subject before it,
 * as [whole, subject, adverbs, verb]. A noun that is also a verb after a determiner ("the report") is the subject's.
 */
function subjectThenVerb(sentence: string): [string, string, string, string] | undefined {
  for (const match of sentence.matchAll(LOWER_VERB)) {
    const before = sentence.slice(0, match.index);
    const shape = SUBJECT_BEFORE_VERB.exec(before);
    if (!shape) {
      if (/[,.;:!?·“”"()]/.test(before.replace(/^\s*[,—–-]?\s*/, '')) || before.length > 120) return undefined;
      continue;
    }
    const word = match[1]!;
    if ((isAmbiguousVerb(word) || /ed$/.test(word)) && DETERMINER_BEFORE.test(before)) continue;
    return [before + word, shape[1]!, shape[2]!, word];
  }
  return undefined;
}

/** "…,” said Ana Ruiz, an economist." / "…,” Ruiz said." / "…” tweeted Mayor Sadiq Khan." */
function tailSpeaker(text: string, masked: string, quotation: Quotation, limit: number): QuoteAttribution | undefined {
  const rest = masked.slice(quotation.close, limit);
  const sentence = rest.slice(0, (/[.!?;](?:\s|$)/.exec(rest)?.index ?? rest.length) + 1);
  const inverted = new RegExp(`^\\s*[,—–-]?\\s*(${SPEECH_VERB_SOURCE})\\s+(?!(?:on|in|at|to|by|during|after|before|that|this|last|it|of|for|with|from|about|him|her|them|me|us|up|out|back|earlier|later|again|also|then)\\b)([^.;:!?()·“”"]+?)(?=\\s*(?:[.;:!?(]|$))`, 'u').exec(sentence);
  // "….” Police spokesman X said …" starts a new sentence; only ",", "?", "!", a dash or no mark lead into a tail.
  const closedSentence = /[.…]$/.test(text.slice(quotation.open + 1, quotation.closed ? quotation.close - 1 : quotation.close).trimEnd());
  if (inverted && !isParticiple(inverted[1]!) && !closedSentence) {
    const phrase = inverted[2]!.trim();
    const start = quotation.close + inverted[0].length - inverted[2]!.length + (inverted[2]!.length - inverted[2]!.trimStart().length);
    return { how: 'tail', phrase, start, end: start + phrase.length };
  }
  // "“…” — Marta Lind, harbour master": a signature after a dash.
  const signed = /^\s*[—–]\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}(?:,\s*[^.;:!?·“”"()]{1,60})?)\s*[.]?\s*$/u.exec(rest);
  if (signed) {
    const start = quotation.close + signed[0].indexOf(signed[1]!);
    return { how: 'tail', phrase: signed[1]!, start, end: start + signed[1]!.length };
  }
  const direct = subjectThenVerb(sentence);
  if (!direct || isParticiple(direct[3]!) || closedSentence) return undefined;
  // After “…!” or “…?” a capital starts a new sentence ("…!” He proposed …) unless a verb of saying follows at once ("…?” Smith asked).
  const exclaimed = /[!?]$/.test(text.slice(quotation.open + 1, quotation.closed ? quotation.close - 1 : quotation.close).trimEnd());
  if (exclaimed && /^\s*\p{Lu}/u.test(rest) && !/^(?:said|says|asked|asks|added|replied|shouted|exclaimed|wondered|yelled|cried)$/i.test(direct[3]!)) return undefined;
  // "… President Andrzej Duda remarked, “…”": the verb introduces the next quotation, not this one.
  const afterVerb = rest.slice(direct[0].length);
  const insideEndsWithComma = /,$/.test(text.slice(quotation.open + 1, quotation.closed ? quotation.close - 1 : quotation.close).trimEnd());
  const splitQuote = (/^\s*,/.test(rest) || insideEndsWithComma) && /,\s*$/.test(afterVerb);
  if (!splitQuote && limit < masked.length && /^[\s,:]*(?:(?:\p{Ll}+ly|on \p{Lu}\p{Ll}+|in a statement|on Twitter|via Twitter)[\s,:]*)*$/u.test(afterVerb)) return undefined;
  const startsWithComma = /^\s*[,—–-]/.test(sentence) || quotation.endsWithPunctuation;
  const phrase = direct[1]!.trim();
  // "“…,” while Kalt said it was “…”": a new clause whose verb introduces the next quotation.
  if (/^(?:while|whereas|and|but|or|as|when|although|though|because|since|if|so|yet|after|before|until|unless|whom?|which|that)\b/i.test(phrase)) return undefined;
  if (!startsWithComma && !/^(?:he|she|they|it|\p{Lu})/u.test(phrase)) return undefined;
  // Without a comma, "“…” Lind said." is a tail; "“reckless” Lind criticised the board" is a new clause about Lind.
  if (!startsWithComma && !/^(?:said|says|added|adds|asked|asks|wrote|writes|told|tells|explained|explains|noted|notes|continued|replied|tweeted|stated|remarked|recalled|insisted|argued|warned|concluded)$/.test(direct[3]!)) return undefined;
  if (PASSIVE_BEFORE.test(`${phrase} `)) return undefined;
  const start = quotation.close + direct[0].indexOf(direct[1]!) + (direct[1]!.length - direct[1]!.trimStart().length);
  return { how: 'tail', phrase, start, end: start + phrase.length };
}

/** "… was told by Emergencies Minister Yevgeny Zinichev of “…”": the agent after "by". */
function passiveAgent(masked: string, verbEnd: number, limit: number): { phrase: string; start: number; end: number } | undefined {
  const match = /^\s+by\s+([^,.;:·“”"]+?)(?=\s+(?:of|that|about|on|in|at|to|during|for)\b|[,.;:·“”"]|$)/u.exec(masked.slice(verbEnd, limit));
  if (!match) return undefined;
  const start = verbEnd + match[0].length - match[1]!.length;
  return { phrase: match[1]!.trim(), start, end: start + match[1]!.trim().length };
}

/** "According to X, …" / "…, according to X". */
function accordingTo(masked: string, sentence: Span): { phrase: string; start: number; end: number } | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  const match = /\baccording to\s+([^,;:·“”"]+?)(?=\s*(?:[,;:–—]|(?<![\s.]\p{Lu})\.(?:\s|$)|$))/iu.exec(text);
  if (!match) return undefined;
  const start = sentence.start + match.index + match[0].length - match[1]!.length;
  return { phrase: match[1]!.trim(), start, end: start + match[1]!.trim().length };
}

/** The speaker of `quotations[index]`: the words naming them, or why there are none. */
export function attributeQuotation(text: string, masked: string, quotations: readonly Quotation[], index: number, sentences: readonly Span[]): QuoteAttribution {
  const quotation = quotations[index]!;
  const sentence = sentences.find((s) => quotation.open >= s.start && quotation.open < s.end) ?? { start: 0, end: masked.length };
  const next = quotations[index + 1];
  const tail = tailSpeaker(text, masked, quotation, next ? next.open : masked.length);
  if (tail) return tail;
  // "“a waste of money” and “an insult to taxpayers”, said Feld": a list of quotes shares the tail of its last.
  for (let later = index + 1; later < quotations.length; later += 1) {
    if (!/^\s*(?:,|,?\s*(?:and|or))\s*$/.test(masked.slice(quotations[later - 1]!.close, quotations[later]!.open))) break;
    const shared = tailSpeaker(text, masked, quotations[later]!, quotations[later + 1]?.open ?? masked.length);
    if (shared) return shared;
  }

  const previous = index > 0 ? quotations[index - 1] : undefined;
  const previousInSentence = previous && previous.close > sentence.start ? previous : undefined;
  const leadStart = previousInSentence ? previousInSentence.close : sentence.start;
  // "reported Feld as saying “…”", "Lind's claim that “…”", "As Feld put it, “…”": the one relayed, whoever relays.
  const relayed = relayedSpeaker(masked, leadStart, quotation.open);
  if (relayed && readSpeakerPhrase(relayed.phrase)) return { how: 'lead', ...relayed };
  const verbs = verbsIn(masked, leadStart, quotation.open);
  const verb = verbs.at(-1);
  // "“Duke” cut in: “…”", "“El Toro” laughed: “…”": a quoted nickname opening the sentence is its subject.
  const nickname = previousInSentence && masked.slice(sentence.start, previousInSentence.open).trim() === '' ? text.slice(previousInSentence.start, previousInSentence.end) : '';
  const between = previousInSentence ? masked.slice(previousInSentence.close, quotation.open) : '';
  if (nickname && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(nickname) && /^\s*\p{Ll}/u.test(between) && !/\p{Lu}/u.test(between)) {
    return { how: 'nickname', phrase: nickname, start: previousInSentence!.start, end: previousInSentence!.end };
  }
  if (!verb) {
    // "“…” and “…”", "“…”, “…”": the same speaker.
    // "“…” and “…”" (but not "“….” Marta Lind disagreed: “…”", where someone new speaks).
    const joining = masked.slice(leadStart, quotation.open);
    const joined = previousInSentence !== undefined && joining.trim().split(/\s+/).length <= 6;
    if (joined && !/\p{Lu}/u.test(joining)) return { how: 'sibling' };
    const according = accordingTo(masked, sentence);
    if (according) return { how: 'according', ...according };
    // "The minister agreed, but blamed the council: “…”" without a speech verb: the sentence's subject.
    if (/:\s*$/.test(masked.slice(leadStart, quotation.open))) {
      const subject = subjectOfSentence(masked, sentence.start, masked.indexOf(':', leadStart));
      if (subject) return { how: 'subject', ...subject };
    }
    if (joined) return { how: 'sibling' };
    // A verb after the quotation in the same sentence: "“…” is how X put it" is rare; "X later said “…” was …" is handled by the lead.
    return { how: 'none' };
  }
  const verbEnd = verb.start + verb.word.length;
  if (PASSIVE_BEFORE.test(masked.slice(Math.max(0, verb.start - 40), verb.start))) {
    // "X was quoted as saying “…”", "X was heard saying “…”": X, the passive's subject, said it.
    const saying = /^(?:quoted|reported|heard|recorded|filmed|seen|caught|cited)$/i.test(verb.word) && /^\s+(?:as\s+)?(?:saying|telling)\b/.test(masked.slice(verbEnd, quotation.open));
    const aux = saying ? /\b(?:is|are|was|were|be|been)\s+(?:\p{L}+ly\s+)*$/u.exec(masked.slice(leadStart, verb.start)) : null;
    const speaker = aux ? subjectBefore(masked, leadStart, leadStart + aux.index) : undefined;
    if (speaker && readSpeakerPhrase(speaker.phrase)) return { how: 'lead', ...speaker };
    const agent = passiveAgent(masked, verbEnd, quotation.open);
    return agent ? { how: 'passive', ...agent } : { how: 'none', passiveWithoutAgent: true };
  }
  if (isParticiple(verb.word)) {
    // "…, saying “…”": the subject of the sentence's main verb.
    const mains = verbsIn(masked, sentence.start, verb.start).filter((v) => !isParticiple(v.word)).reverse();
    // "She thanked the volunteers and added, saying …": the first verb's subject when the last one's is no speaker.
    const subjects = mains.map((main) => subjectBefore(masked, sentence.start, main.start));
    const subject = subjects.find((candidate) => candidate && readSpeakerPhrase(candidate.phrase)) ?? subjectOfSentence(masked, sentence.start, verb.start) ?? subjects[0];
    if (subject) return { how: 'subject', ...subject };
    return previousInSentence ? { how: 'sibling' } : { how: 'none' };
  }
  const subject = subjectBefore(masked, leadStart, verb.start);
  if (subject && readSpeakerPhrase(subject.phrase)) return { how: 'lead', ...subject };
  // "According to U.S. Attorney Bash, the manifesto if written by …": an earlier verb or "according to" names the speaker.
  for (const earlier of verbs.slice(0, -1).reverse()) {
    if (isParticiple(earlier.word) || PASSIVE_BEFORE.test(masked.slice(Math.max(0, earlier.start - 40), earlier.start))) continue;
    const candidate = subjectBefore(masked, leadStart, earlier.start);
    if (candidate && readSpeakerPhrase(candidate.phrase)) return { how: 'lead', ...candidate };
  }
  const according = accordingTo(masked, sentence);
  if (according) return { how: 'according', ...according };
  if (subject) return { how: 'lead', ...subject };
  // "… and wrote “…”", "… gave its “…” and said …": a verb whose subject is the sentence's.
  const earlier = verbsIn(masked, sentence.start, verb.start).find((v) => !isParticiple(v.word) && v.start < leadStart);
  const sentenceSubject = earlier ? subjectBefore(masked, sentence.start, earlier.start) : subjectOfSentence(masked, sentence.start, verb.start);
  if (sentenceSubject && readSpeakerPhrase(sentenceSubject.phrase)) return { how: 'subject', ...sentenceSubject };
  return previousInSentence ? { how: 'sibling' } : { how: 'none' };
}

/**
 * A quotation that opens a paragraph after one ending in a colon ("AIP vice chairman Mark
 * Seidenberg commented:" / "Seidenberg … denied any allegation:"): the speaker the colon's sentence
 * names, by its last speech verb, or its subject when that is a person.
 */
export function colonIntroduction(previousMasked: string): { how: 'lead' | 'subject'; phrase: string; start: number; end: number } | undefined {
  if (!/:\s*$/.test(previousMasked)) return undefined;
  const colon = previousMasked.lastIndexOf(':');
  const from = Math.max(0, ...[...previousMasked.slice(0, colon).matchAll(/[.!?]["”]?\s+/g)].map((m) => m.index + m[0].length));
  if (/[“”"·]/.test(previousMasked.slice(from, colon))) return undefined;
  for (const verb of verbsIn(previousMasked, from, colon).reverse()) {
    if (isParticiple(verb.word) || PASSIVE_BEFORE.test(previousMasked.slice(Math.max(0, verb.start - 40), verb.start))) continue;
    const subject = subjectBefore(previousMasked, from, verb.start);
    if (subject && readSpeakerPhrase(subject.phrase)) return { how: 'lead', ...subject };
  }
  const subject = subjectOfSentence(previousMasked, from, colon);
  const shape = subject ? readSpeakerPhrase(subject.phrase) : undefined;
  // "He showed reporters an email he had sent:": a person, or "he"/"she" for one.
  const personal = shape?.kind === 'person' || (shape?.kind === 'pronoun' && /^(?:he|she)$/.test(shape.pronoun));
  return subject && personal ? { how: 'subject', ...subject } : undefined;
}

/**
 * A quotation opening a sentence right after one whose speech verb has a person as subject and no
 * quotation of its own ("Glass artist Jenn Arvo spoke of losing her studio. “For a whole season …”"):
 * that person, by the sentence's last speech verb ("asked" introduces someone else's answer).
 */
export function sentenceIntroduction(masked: string, sentence: Span): { how: 'lead'; phrase: string; start: number; end: number } | undefined {
  if (/[“”"·]/.test(masked.slice(sentence.start, sentence.end))) return undefined;
  const verb = verbsIn(masked, sentence.start, sentence.end).filter((v) => !isParticiple(v.word)).at(-1);
  if (!verb || /^ask/i.test(verb.word) || PASSIVE_BEFORE.test(masked.slice(Math.max(0, verb.start - 40), verb.start))) return undefined;
  const subject = subjectBefore(masked, sentence.start, verb.start);
  const shape = subject ? readSpeakerPhrase(subject.phrase) : undefined;
  if (!subject || !(shape?.kind === 'person' || (shape?.kind === 'pronoun' && /^(?:he|she)$/.test(shape.pronoun)))) return undefined;
  return { how: 'lead', ...subject };
}

/**
 * Who speaks in a stretch of prose with no quotation ("The ministry disagreed sharply."): the
 * subject of its last speech verb, when it names someone other than by a pronoun. For deciding
 * whether an unattributed quote after it can still continue an earlier speaker's.
 */
export function speakerInProse(masked: string): string | undefined {
  for (const sentence of masked.split(/(?<=[.!?])\s+/)) {
    if (/[·“”"]/.test(sentence)) continue;
    const verb = verbsIn(sentence, 0, sentence.length).filter((v) => !isParticiple(v.word) && !PASSIVE_BEFORE.test(sentence.slice(Math.max(0, v.start - 40), v.start))).at(-1);
    const subject = verb ? subjectBefore(sentence, 0, verb.start) : undefined;
    const shape = subject ? readSpeakerPhrase(subject.phrase) : undefined;
    if (subject && shape && shape.kind !== 'pronoun') return subject.phrase;
  }
  return undefined;
}
