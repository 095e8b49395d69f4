/**
 * A source's claims and quotes counted in one phrase, the same on a source's page and in an
 * article's list of sources: every claim that rests on the source counts, whether it made it
 * (`by=`) or relayed it for another (`via=`), and the relayed ones are said as part of the total:
 * `3 claims (1 of them relayed), 1 quote`.
 */
import { pluralise } from '../util/pluralise.ts';

export interface SourceCounts {
  /** Claims the source made or relayed. */
  claims: number;
  /** Of those, the ones it relayed for another source. */
  relayed: number;
  quotes: number;
}

/** `relayedWord`: how the relaying is said, `relayed` for an outlet or person, `read in it` for a document (annotations/sourcing.ts). */
export function describeSourceCounts({ claims, relayed, quotes }: SourceCounts, relayedWord = 'relayed'): string {
  const relayedPart = relayed > 0 ? ` (${relayed === claims ? (claims === 1 ? relayedWord : `all ${relayedWord}`) : `${relayed} of them ${relayedWord}`})` : '';
  return `${pluralise(claims, 'claim')}${relayedPart}, ${pluralise(quotes, 'quote')}`;
}

/** The counts of one source among claims and quotes that name it (`by=` or `via=`). */
export function countForSource(sourceId: string, claims: readonly { by: { id: string }; via?: { id: string } | undefined }[], quotes: number): SourceCounts {
  return { claims: claims.length, relayed: claims.filter((claim) => claim.via?.id === sourceId && claim.by.id !== sourceId).length, quotes };
}
