/**
 * Hedges: words with which the outlet distances itself from a statement without saying who stands
 * behind it ("apparently", "is said to", "reportedly", "seems to"). Listed for the analyst, who
 * decides whether a claim or a caveat note is needed.
 */

export interface Hedge {
  /** The hedge as written. */
  phrase: string;
  /** "title" or the 1-based paragraph number. */
  where: 'title' | number;
  /** A short excerpt around the hedge. */
  excerpt: string;
}

const HEDGE =
  /\b(?:apparently|reportedly|allegedly|purportedly|supposedly|ostensibly|seemingly|(?:is|are|was|were) (?:said|reported|believed|thought|understood|alleged|rumou?red) to|seems? to|seemed to|appears? to|appeared to|it is understood|it is believed|it is said|may have|might have|could have been)\b/gi;

function excerptAround(text: string, index: number, length: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 40)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, index + length + 40));
  const to = toSpace < 0 ? text.length : toSpace;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/** Every hedge in a text. */
export function findHedgesIn(text: string, where: Hedge['where']): Hedge[] {
  return [...text.matchAll(HEDGE)].map((match) => ({ phrase: match[0], where, excerpt: excerptAround(text, match.index, match[0].length) }));
}

/** Hedges in the headline and the paragraphs, in order. */
export function findHedges(title: string, paragraphs: readonly string[]): Hedge[] {
  return [...findHedgesIn(title, 'title'), ...paragraphs.flatMap((text, index) => findHedgesIn(text, index + 1))];
}
