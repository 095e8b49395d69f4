/**
 * Scores `npm run suggest` on real articles whose quotations were marked by hand in a simple
 * list (one line per quotation mark pair, in text order: the speaker, or `-` when the marks
 * hold a term, a title, a name or a scare quote rather than someone's words).
 *
 * - A suggested quote matches a gold quotation when their words are the same after
 *   normalising marks, apostrophes, spaces and trailing punctuation (`“It is,” he said` and
 *   `It is` match); repeated words are paired in order.
 * - Quote precision: matched speaker quotes over suggested quotes (a suggested quote on a gold
 *   `-` counts against it); recall: matched over gold speaker quotes.
 * - Of the matched quotes, the speaker is right when the suggested source's name is one of the
 *   gold names (or the same person by surname: "Tsang" for "Steve Tsang", never "Mary Trump"
 *   for "Donald Trump"), unknown when the draft says "Unknown speaker", wrong otherwise.
 */

export interface GoldQuotation {
  /** Accepted names of the speaker; undefined for marks that hold no one's words. */
  speakers?: string[];
  /** The words between the marks. */
  text: string;
}

export interface SuggestedQuotation {
  text: string;
  /** The name of the source the draft gives as speaker. */
  speaker: string;
}

export interface SpeakerCounts {
  goldQuotes: number;
  suggestedQuotes: number;
  matchedQuotes: number;
  rightSpeakers: number;
  wrongSpeakers: number;
  unknownSpeakers: number;
}

export interface SpeakerMisses {
  missed: GoldQuotation[];
  extra: SuggestedQuotation[];
  wrong: { gold: GoldQuotation; suggested: SuggestedQuotation }[];
  unknown: GoldQuotation[];
}

/** Reads the gold list: `speaker|alias…<TAB>quoted words`, `#` lines are comments. */
export function parseGoldList(source: string): GoldQuotation[] {
  return source
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      if (tab < 0) throw new Error(`gold line without a tab: ${line}`);
      const who = line.slice(0, tab).trim();
      const text = line.slice(tab + 1);
      return who === '-' ? { text } : { speakers: who.split('|').map((name) => name.trim()), text };
    });
}

/** Words of a quotation, compared without marks, apostrophe styles, spacing or final punctuation. */
export function normaliseQuotation(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'\s]+/, '')
    .replace(/[\s,.;:!?…"'\]\[-]+$/, '')
    .toLowerCase();
}

/** A name compared without case, accents, punctuation or a leading "the". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const isUnknown = (speaker: string) => /^unknown speaker/i.test(speaker.trim());

/** True when the suggested speaker's name is one of the gold names, or the same person by surname. */
export function sameSpeaker(suggested: string, accepted: readonly string[]): boolean {
  const name = normaliseName(suggested);
  if (!name) return false;
  return accepted.some((alias) => {
    const gold = normaliseName(alias);
    if (gold === name) return true;
    const goldWords = gold.split(' ');
    const words = name.split(' ');
    // Surname alone ("Ghebreyesus") or the full name with the same first name ("Kino Gabriel").
    if (goldWords.length < 2 || !/^\p{Lu}/u.test(alias.trim())) return false;
    if (goldWords.at(-1) !== words.at(-1)) return false;
    return words.length === 1 || words[0] === goldWords[0];
  });
}

export function scoreSpeakers(gold: readonly GoldQuotation[], suggested: readonly SuggestedQuotation[]): { counts: SpeakerCounts; misses: SpeakerMisses } {
  const waiting = new Map<string, SuggestedQuotation[]>();
  for (const quote of suggested) {
    const key = normaliseQuotation(quote.text);
    waiting.set(key, [...(waiting.get(key) ?? []), quote]);
  }
  const counts: SpeakerCounts = { goldQuotes: 0, suggestedQuotes: suggested.length, matchedQuotes: 0, rightSpeakers: 0, wrongSpeakers: 0, unknownSpeakers: 0 };
  const misses: SpeakerMisses = { missed: [], extra: [], wrong: [], unknown: [] };
  const used = new Set<SuggestedQuotation>();
  for (const entry of gold) {
    const queue = waiting.get(normaliseQuotation(entry.text));
    const match = queue?.shift();
    if (match) used.add(match);
    if (!entry.speakers) {
      if (match) misses.extra.push(match);
      continue;
    }
    counts.goldQuotes += 1;
    if (!match) {
      misses.missed.push(entry);
      continue;
    }
    counts.matchedQuotes += 1;
    if (isUnknown(match.speaker)) {
      counts.unknownSpeakers += 1;
      misses.unknown.push(entry);
    } else if (sameSpeaker(match.speaker, entry.speakers)) {
      counts.rightSpeakers += 1;
    } else {
      counts.wrongSpeakers += 1;
      misses.wrong.push({ gold: entry, suggested: match });
    }
  }
  for (const quote of suggested) if (!used.has(quote)) misses.extra.push(quote);
  return { counts, misses };
}

export function addSpeakerCounts(all: readonly SpeakerCounts[]): SpeakerCounts {
  const sum: SpeakerCounts = { goldQuotes: 0, suggestedQuotes: 0, matchedQuotes: 0, rightSpeakers: 0, wrongSpeakers: 0, unknownSpeakers: 0 };
  for (const counts of all) for (const key of Object.keys(sum) as (keyof SpeakerCounts)[]) sum[key] += counts[key];
  return sum;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export interface SpeakerRates {
  quotePrecision: number;
  quoteRecall: number;
  /** Of the quotes found, the share with the right speaker. */
  speakerRight: number;
  /** Of the quotes found, the share with a wrong (named) speaker; "Unknown speaker" is not wrong. */
  wrongSpeaker: number;
  /** Of the quotes found, the share left to the analyst as "Unknown speaker". */
  unknownSpeaker: number;
}

export function speakerRates(counts: SpeakerCounts): SpeakerRates {
  return {
    quotePrecision: ratio(counts.matchedQuotes, counts.suggestedQuotes),
    quoteRecall: ratio(counts.matchedQuotes, counts.goldQuotes),
    speakerRight: ratio(counts.rightSpeakers, counts.matchedQuotes),
    wrongSpeaker: counts.matchedQuotes === 0 ? 0 : counts.wrongSpeakers / counts.matchedQuotes,
    unknownSpeaker: counts.matchedQuotes === 0 ? 0 : counts.unknownSpeakers / counts.matchedQuotes,
  };
}
