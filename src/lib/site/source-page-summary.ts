/**
 * What every page of a source's paginated listing says of the source as a whole: its totals and
 * its track record. Worked out once per source and build, not once per page: a source cited in
 * thousands of articles has hundreds of pages, and counting the site's claims again for each made
 * a 10,000-article build grow faster than the number of articles.
 */
import { countAppearances, type SourceEntry } from '../analysis/source-index.ts';
import type { ClaimRegistry } from '../claims/model.ts';
import { buildTrackRecord, type TrackRecord } from '../claims/track-record.ts';
import { countForSource, type SourceCounts } from '../reading/source-counts.ts';

export interface SourcePageSummary {
  /** Articles, claims and quotes the source appears with. */
  appearances: ReturnType<typeof countAppearances>;
  /** Its claims (how many relayed) and quotes. */
  counts: SourceCounts;
  /** How its own claims stand now. */
  trackRecord: TrackRecord;
}

const summaries = new WeakMap<ClaimRegistry, WeakMap<SourceEntry, SourcePageSummary>>();

export function summariseSource(source: SourceEntry, registry: ClaimRegistry): SourcePageSummary {
  let bySource = summaries.get(registry);
  if (!bySource) summaries.set(registry, (bySource = new WeakMap()));
  let summary = bySource.get(source);
  if (!summary) {
    const appearances = countAppearances(source);
    const claims = source.appearances.flatMap((appearance) => appearance.claims);
    summary = { appearances, counts: countForSource(source.id, claims, appearances.quotes), trackRecord: buildTrackRecord(registry, source.id) };
    bySource.set(source, summary);
  }
  return summary;
}
