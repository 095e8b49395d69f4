/** Kinds of wording the language lens marks. */
export const TERM_KINDS = ['loaded', 'hedge', 'artifact'] as const;
/** One of {@link TERM_KINDS}. */
export type TermKind = (typeof TERM_KINDS)[number];
/** Type guard for {@link TermKind}. */
export function isTermKind(value: unknown): value is TermKind {
  return typeof value === 'string' && (TERM_KINDS as readonly string[]).includes(value);
}

/** Visible label of each kind of term. */
export const TERM_KIND_LABELS: Record<TermKind, string> = {
  loaded: 'Loaded wording',
  hedge: 'Hedge',
  artifact: 'Translation artifact',
};

/** What each kind of term means, for readers. */
export const TERM_KIND_DESCRIPTIONS: Record<TermKind, string> = {
  loaded: 'Words that carry a judgement the report does not attribute to anyone (“regime”, “dictator”).',
  hedge: 'Words that weaken a statement without saying on whose authority (“apparently”, “is said to”).',
  artifact: 'Wording that comes from translation rather than from the original reporting.',
};

/**
 * Hedges the build marks by itself: whole words only, so "reportedly" is found but nothing
 * inside longer words ("unapparently" is not a hit).
 */
export const AUTOMATIC_HEDGE = /\b(?:apparently|reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were) said to|(?:seems?|seemed|appears?|appeared) to)\b/gi;

/** Every automatic hedge in a text, with its offset. */
export function findHedges(text: string): { text: string; index: number }[] {
  return [...text.matchAll(AUTOMATIC_HEDGE)].map((match) => ({ text: match[0], index: match.index }));
}
