/**
 * Hedges the build marks by itself: whole words only, so "reportedly" is found but nothing
 * inside longer words ("unapparently" is not a hit).
 */
export const AUTOMATIC_HEDGE = /\b(?:apparently|reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were) said to|(?:seems?|seemed|appears?|appeared) to)\b/gi;

/** Every automatic hedge in a text, with its offset. */
export function findHedges(text: string): { text: string; index: number }[] {
  return [...text.matchAll(AUTOMATIC_HEDGE)].map((match) => ({ text: match[0], index: match.index }));
}
