import type { ArticleAnnotations, Quote, SourceRef } from './model.ts';
import { speakersOf } from './sourcing.ts';

/** A speaker and how many quotes they have in the article. */
export interface SpeakerCount {
  speaker: SourceRef;
  count: number;
}

/** Speakers in order of their first quote, each with their number of quotes. */
export function countQuotesBySpeaker(quotes: readonly Quote[]): SpeakerCount[] {
  const counts = new Map<string, SpeakerCount>();
  for (const quote of quotes) {
    const entry = counts.get(quote.by.id);
    if (entry) entry.count++;
    else counts.set(quote.by.id, { speaker: quote.by, count: 1 });
  }
  return [...counts.values()];
}

/** A declared source with what the article attributes to it. */
export interface SourceUsage {
  source: SourceRef;
  /** Claims made by this source (`by=`). */
  claims: number;
  /** Claims that reached us through this source (`via=`). */
  relayed: number;
  quotes: number;
}

/** Every source of the article (its own, then the site-wide ones it uses), in that order, with its claims (one per speaker of `by=a,b`) and quotes counted. */
export function countSourceUsage(
  sources: Readonly<Record<string, Omit<SourceRef, 'id'>>>,
  annotations: ArticleAnnotations,
): SourceUsage[] {
  return Object.entries(sources).map(([id, source]) => ({
    source: { id, ...source },
    claims: annotations.claims.filter((claim) => speakersOf(claim).some((speaker) => speaker.id === id)).length,
    relayed: annotations.claims.filter((claim) => claim.via?.id === id).length,
    quotes: annotations.quotes.filter((quote) => quote.by.id === id).length,
  }));
}
