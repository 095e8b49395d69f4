import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from '../annotations/vocabulary.ts';
import type { ClaimRegistry } from './model.ts';

/** How a source's claims stand now: one count per status, and the total. */
export interface TrackRecord {
  total: number;
  byStatus: Record<ClaimStatus, number>;
}

/** The claims a source made (`by=`, not relayed `via=`), each counted once however often repeated, by current status. */
export function buildTrackRecord(registry: ClaimRegistry, sourceId: string): TrackRecord {
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  let total = 0;
  for (const claim of registry.claims) {
    if (claim.by.id !== sourceId) continue;
    byStatus[claim.status]++;
    total++;
  }
  return { total, byStatus };
}

/** The order a track record lists statuses in: most settled first, unverified last. */
export const TRACK_RECORD_ORDER: readonly ClaimStatus[] = ['confirmed', 'corroborated', 'disputed', 'denied', 'unverified'];

/** The record in words: `Of its 4 claims, now: 1 confirmed, 2 corroborated, 0 disputed, 0 denied, 1 unverified.` */
export function describeTrackRecord(record: TrackRecord): string {
  if (record.total === 0) return 'No claims made by this source itself.';
  const parts = TRACK_RECORD_ORDER.map((status) => `${record.byStatus[status]} ${CLAIM_STATUS_LABELS[status].toLowerCase()}`);
  return `Of its ${record.total === 1 ? 'claim' : `${record.total} claims`}, now: ${parts.join(', ')}.`;
}
