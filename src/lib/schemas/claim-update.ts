import { z } from 'astro/zod';
import { dateSchema, httpUrlSchema, slugSchema } from './slug.ts';

/**
 * One entry of an article's `updates:` list: from `date` on, the claim `claim` of this article
 * has the status `status`, for the reason given in `note`, optionally with a link to the evidence.
 * The checker (checker/claim-updates.ts) reports every problem with its position first; this
 * schema is what the build relies on.
 */
export const claimUpdateSchema = z.strictObject({
  /** The day the status changed. Not before the article's `published`, not in the future. */
  date: dateSchema,
  /** The id of a claim of this article (`#id`). */
  claim: slugSchema,
  /**
   * The claim's status from this date on: one of annotations/vocabulary.ts's CLAIM_STATUSES,
   * checked by checker/claim-updates.ts (schemas/ sits below annotations/ and does not import it).
   */
  status: z.string().trim().min(1, { error: 'must not be empty' }),
  /** Why the status changed, for readers. */
  note: z.string().trim().min(1, { error: 'must not be empty' }),
  /** Where readers can check the reason, http(s) only. Optional. */
  evidence: httpUrlSchema.optional(),
});

/** The `updates:` list, oldest first. */
export const claimUpdatesSchema = z.array(claimUpdateSchema).default([]);

/** A status update as stored. */
export type ClaimUpdate = z.output<typeof claimUpdateSchema>;

/** The fields of an update, in the order the guide lists them. */
export const CLAIM_UPDATE_FIELDS = Object.keys(claimUpdateSchema.shape);
