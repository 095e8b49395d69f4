import { CLAIM_STATUS_LABELS } from '../vocabulary.ts';
import type { Claim } from '../model.ts';
import { toReadableDate } from '../../util/format-date.ts';
import { describeSpeakers, speakersOf } from '../sourcing.ts';

/** A claim's callout as plain text, for feeds and printed endnotes. */
export interface CalloutText {
  /** `Steve Tsang, director of …` */
  source: string;
  /** `Named expert. Status: unverified. Answers [2]. Editor’s note: …` */
  details: string;
}

/** The callout of a claim in words, with other claims referred to by their `[n]` numbers. */
export function toCalloutText(claim: Claim, claimsById: ReadonlyMap<string, Claim>): CalloutText {
  const since = claim.tracked?.changed ? ` since ${toReadableDate(new Date(claim.tracked.since))}` : '';
  const parts = [`${claim.sourcing}.`, `Status: ${CLAIM_STATUS_LABELS[claim.status].toLowerCase()}${since}.`];
  const answered = claim.responds ? claimsById.get(claim.responds) : undefined;
  if (answered) parts.push(`Answers [${answered.number}].`);
  const answers = claim.respondedBy.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  if (answers.length > 0) parts.push(`Answered by ${answers.map((c) => `[${c.number}] (${c.status})`).join(', ')}.`);
  if (claim.note) parts.push(`Editor’s note: ${claim.note}`);
  return { source: describeSpeakers(speakersOf(claim), { roles: true }), details: parts.join(' ') };
}
