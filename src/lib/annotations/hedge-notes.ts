/**
 * What the language lens says about a hedge the build marked by itself ("is said to",
 * "apparently"): whether the report says on whose authority the hedged statement rests. A hedge
 * inside a claim is attributed to the claim's source; a hedge in a sentence that names who speaks
 * ("…, officials said") is attributed there; only the others are flagged as resting on no named
 * authority. The words are for readers: nothing about how the hedge was found.
 */

/** Words that attribute a statement in a sentence: `said`, `according to`, `told`, `citing`… */
const ATTRIBUTION = /\b(?:said|says|say|saying|told|tells|according to|reported|reports|reporting|stated|states|announced|claimed|claims|cited|citing|quoted|quoting|wrote|writes)\b/i;

/** The sentence of `text` around the offset `at` (cut at `.`, `!`, `?` followed by a space). */
export function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = text.slice(at).search(/[.!?](?:\s|$)/);
  return text.slice(start < 0 ? 0 : start + 2, after < 0 ? text.length : at + after + 1);
}

/** True when the sentence says who makes the statement. */
export const namesItsSource = (sentence: string): boolean => ATTRIBUTION.test(sentence);

/**
 * The note of an automatic hedge. `claimSource`: the name of the source of the claim the hedge
 * sits in, if any; `sentence`: the sentence around the hedge.
 */
export function automaticHedgeNote(claimSource: string | undefined, sentence: string): string {
  if (claimSource) return `the report distances itself from this statement, which it attributes to ${claimSource}.`;
  if (namesItsSource(sentence)) return 'the report distances itself from this statement, whose source the sentence names.';
  return 'the report does not say on whose authority.';
}
