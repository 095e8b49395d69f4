/**
 * Speakers the writer names inside the clause that relays their words, where the sentence's own
 * subject is someone else (or no one):
 *
 * - "The BBC reported Jonas Feld as saying “…”", "Feld cited Lind as saying “…”": the one quoted;
 * - "Feld responded to Lind's claim that “…”", "Lind's tweet read: “…”": whose claim or tweet it is;
 * - "As Feld put it, “…”", "In Feld's words, “…”": Feld;
 * - "citing the Nell Voss quote that “…”", "a line from Lind: “…”": whose quote it is;
 * - "Feld quoted Lind: “…”", "Feld read a letter from Lind: “…”": Lind.
 *
 * Works on the prose before the quotation's opening mark (quotations blanked), from the start of its
 * clause; returns the words naming the speaker and where they are.
 */

export interface RelayedSpeaker {
  phrase: string;
  start: number;
  end: number;
}

/** A name or a noun phrase of up to six words that may be one ("the minister", "Jonas Feld", "the BBC"). */
const NAMED = String.raw`((?:the\s+)?(?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)`;
const AS_SAYING = new RegExp(String.raw`\b(?:quoted|cited|reported|heard|recorded|described|filmed|paraphrased|quotes|cites|reports)\s+${NAMED}\s+as\s+(?:saying|telling|writing|stating|declaring)(?:\s+that)?[\s,:]*$`, 'u');
const POSSESSED_WORDS = new RegExp(
  String.raw`(?:^|[\s,;(])${NAMED}[’']s?\s+(?:(?:own|earlier|latest|recent|public|previous|repeated|subsequent|unfounded|false|controversial)\s+)?(?:claims?|statements?|assertions?|remarks?|comments?|words|arguments?|allegations?|accusations?|suggestions?|promises?|pledges?|warnings?|insistence|tweets?|posts?|messages?|letters?|speech|answer|reply|response|description|characterization|characterisation|view|position|message)\s*(?:(?:that|of|read|reads|said|says|stated|states|went)\s*)?[\s,:]*$`,
  'u',
);
const NAMED_QUOTE = new RegExp(String.raw`\bthe\s+${NAMED}\s+(?:quote|quotation|line|saying|maxim|motto|adage|dictum)\s*(?:that\s+|:)?[\s,:]*$`, 'u');
const QUOTE_FROM = new RegExp(String.raw`\b(?:quote|quotation|line|words|saying)\s+(?:by|from|of)\s+${NAMED}\s*(?:that\s+|:)?[\s,:]*$`, 'u');
const QUOTED_SOMEONE = new RegExp(String.raw`\b(?:quoted|quoting|quotes|read (?:out )?(?:a|an|the) (?:[\p{Ll}-]+\s+)?(?:letter|message|statement|note|post|tweet|email|poem|passage) (?:from|by))\s+${NAMED}[\s,:]*$`, 'u');
const PUT_IT = new RegExp(String.raw`(?:^|[\s,;])(?:[Aa]s|[Ii]n the words of)\s+${NAMED}\s*(?:put it|puts it|said|says|wrote|writes|noted|notes|explained|explains)?[\s,:]*$`, 'u');
const IN_WORDS = new RegExp(String.raw`(?:^|[\s,;])[Ii]n\s+${NAMED}[’']s?\s+(?:own\s+)?words[\s,:]*$`, 'u');

const CONNECTOR = /^(?:of|the|for|and|de|del|van|von|bin|al|la|le|du|da)$/;
const OPENER = /^(?:In|As|At|On|For|By|With|From|To|And|But|Then|After|Before|When|While)\s+/;

/** The name at the end of the captured words ("Jonas Feld responded to Marta Lind" → "Marta Lind"), or the last short noun phrase. */
function trailingName(words: string): string {
  const list = words.trim().split(/\s+/);
  if (list.some((word) => /^\p{Lu}/u.test(word))) {
    let first = list.length;
    while (first > 0 && (/^\p{Lu}/u.test(list[first - 1]!) || (CONNECTOR.test(list[first - 1]!) && first > 1 && /^\p{Lu}/u.test(list[first - 2]!)))) first -= 1;
    if (first > 0 && /^the$/i.test(list[first - 1]!)) first -= 1;
    if (first < list.length) return list.slice(first).join(' ').replace(OPENER, '');
  }
  const determiner = list.findLastIndex((word) => /^(?:the|a|an|his|her|their|its)$/i.test(word));
  return (determiner >= 0 ? list.slice(determiner) : list.slice(-2)).join(' ');
}

function found(from: number, match: RegExpExecArray | null): RelayedSpeaker | undefined {
  if (!match) return undefined;
  const phrase = trailingName(match[1]!);
  if (!phrase || /[·“”"]/.test(phrase) || /^(?:it|this|that|which|what|he|she|they|his|her|their|its)$/i.test(phrase)) return undefined;
  const start = from + match.index + match[0].indexOf(match[1]!) + match[1]!.lastIndexOf(phrase);
  return { phrase, start, end: start + phrase.length };
}

/** The speaker the relaying words just before a quotation name, if they have that shape. */
export function relayedSpeaker(masked: string, from: number, quotationOpen: number): RelayedSpeaker | undefined {
  const before = masked.slice(from, quotationOpen);
  // "As Feld put it," only opens a sentence or a clause.
  const putIt = /^[\s,;]*(?:[Aa]s|[Ii]n the words of)\s/.test(before) || /[,;]\s*(?:as|in the words of)\s[^,;]*$/i.test(before) ? found(from, PUT_IT.exec(before)) : undefined;
  return found(from, AS_SAYING.exec(before)) ?? found(from, QUOTED_SOMEONE.exec(before)) ?? found(from, NAMED_QUOTE.exec(before)) ?? found(from, QUOTE_FROM.exec(before)) ?? found(from, POSSESSED_WORDS.exec(before)) ?? found(from, IN_WORDS.exec(before)) ?? putIt;
}
