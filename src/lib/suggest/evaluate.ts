/**
 * Scores suggested annotations against an analyst's, on the same plain text:
 * - quotes: precision and recall of exact spans;
 * - speakers: of the quotes found, how many have the right speaker, after pairing suggested source
 *   ids with gold ones one to one (by how often they mark the same quote; ids need not be spelt alike);
 * - claims: a gold claim is found when a suggested claim overlaps it substantially (Dice ≥ 0.5:
 *   twice the shared characters over the two lengths), recall and precision.
 */
import type { MarkedSpan } from './strip-annotations.ts';

/** Dice overlap of two spans, from 0 (disjoint) to 1 (identical). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const total = a.end - a.start + (b.end - b.start);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Threshold for "overlaps substantially". */
export const CLAIM_OVERLAP = 0.5;

export interface Counts {
  goldQuotes: number;
  suggestedQuotes: number;
  matchedQuotes: number;
  rightSpeakers: number;
  goldClaims: number;
  suggestedClaims: number;
  foundClaims: number;
  /** Suggested claims that overlap some gold claim. */
  usefulClaims: number;
}

export interface Misses {
  missedQuotes: MarkedSpan[];
  extraQuotes: MarkedSpan[];
  wrongSpeakers: { gold: MarkedSpan; suggested: MarkedSpan }[];
  missedClaims: MarkedSpan[];
}

/** Pairs suggested ids with gold ids one to one, most frequent pairs first. */
export function alignIds(pairs: readonly [gold: string, suggested: string][]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const [gold, suggested] of pairs) counts.set(`${suggested}\u0000${gold}`, (counts.get(`${suggested}\u0000${gold}`) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const mapping = new Map<string, string>();
  const usedGold = new Set<string>();
  for (const [key] of ranked) {
    const [suggested, gold] = key.split('\u0000') as [string, string];
    if (mapping.has(suggested) || usedGold.has(gold)) continue;
    mapping.set(suggested, gold);
    usedGold.add(gold);
  }
  return mapping;
}

export function evaluate(gold: readonly MarkedSpan[], suggested: readonly MarkedSpan[]): { counts: Counts; misses: Misses } {
  const goldQuotes = gold.filter((span) => span.name === 'quote');
  const suggestedQuotes = suggested.filter((span) => span.name === 'quote');
  const key = (span: MarkedSpan) => `${span.start}:${span.end}`;
  const byKey = new Map(suggestedQuotes.map((span) => [key(span), span]));
  const matched = goldQuotes.flatMap((span) => {
    const match = byKey.get(key(span));
    return match ? [{ gold: span, suggested: match }] : [];
  });
  const mapping = alignIds(matched.map(({ gold: g, suggested: s }) => [g.attributes['by'] ?? '', s.attributes['by'] ?? '']));
  const wrongSpeakers = matched.filter(({ gold: g, suggested: s }) => mapping.get(s.attributes['by'] ?? '') !== g.attributes['by']);
  const goldKeys = new Set(goldQuotes.map(key));

  const goldClaims = gold.filter((span) => span.name === 'claim');
  const suggestedClaims = suggested.filter((span) => span.name === 'claim');
  const found = (target: MarkedSpan, among: readonly MarkedSpan[]) => among.some((other) => overlap(target, other) >= CLAIM_OVERLAP);
  const missedClaims = goldClaims.filter((claim) => !found(claim, suggestedClaims));

  return {
    counts: {
      goldQuotes: goldQuotes.length,
      suggestedQuotes: suggestedQuotes.length,
      matchedQuotes: matched.length,
      rightSpeakers: matched.length - wrongSpeakers.length,
      goldClaims: goldClaims.length,
      suggestedClaims: suggestedClaims.length,
      foundClaims: goldClaims.length - missedClaims.length,
      usefulClaims: suggestedClaims.filter((claim) => found(claim, goldClaims)).length,
    },
    misses: {
      missedQuotes: goldQuotes.filter((span) => !byKey.has(key(span))),
      extraQuotes: suggestedQuotes.filter((span) => !goldKeys.has(key(span))),
      wrongSpeakers,
      missedClaims,
    },
  };
}

/** Sums counts over articles. */
export function addCounts(all: readonly Counts[]): Counts {
  const zero: Counts = { goldQuotes: 0, suggestedQuotes: 0, matchedQuotes: 0, rightSpeakers: 0, goldClaims: 0, suggestedClaims: 0, foundClaims: 0, usefulClaims: 0 };
  return all.reduce((sum, counts) => {
    const next = { ...sum };
    for (const field of Object.keys(zero) as (keyof Counts)[]) next[field] = sum[field] + counts[field];
    return next;
  }, zero);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export interface Rates {
  quotePrecision: number;
  quoteRecall: number;
  speakerAccuracy: number;
  claimRecall: number;
  claimPrecision: number;
}

export function rates(counts: Counts): Rates {
  return {
    quotePrecision: ratio(counts.matchedQuotes, counts.suggestedQuotes),
    quoteRecall: ratio(counts.matchedQuotes, counts.goldQuotes),
    speakerAccuracy: ratio(counts.rightSpeakers, counts.matchedQuotes),
    claimRecall: ratio(counts.foundClaims, counts.goldClaims),
    claimPrecision: ratio(counts.usefulClaims, counts.suggestedClaims),
  };
}
