import { describe, expect, test } from 'vitest';
import type { SourceEntry } from '../../../src/lib/analysis/source-index';
import type { ClaimRegistry, TrackedClaim } from '../../../src/lib/claims/model';
import { summariseSource } from '../../../src/lib/site/source-page-summary';

const ministry = { id: 'ministry', name: 'The ministry', kind: 'official' };
const wire = { id: 'wire', name: 'A wire service', kind: 'outlet' };

function entry(claims: { by: typeof ministry; via?: typeof wire }[], quotes: number): SourceEntry {
  return {
    ...ministry,
    roles: [],
    appearances: [
      { article: { id: 'a' } as SourceEntry['appearances'][number]['article'], claims: claims as never, quotes: Array.from({ length: quotes }) as never },
    ],
  };
}

function registry(statuses: string[]): ClaimRegistry {
  const claims = statuses.map((status, index) => ({ key: `a/c${index}`, by: ministry, status }) as unknown as TrackedClaim);
  return { claims, byKey: new Map(claims.map((claim) => [claim.key, claim])) } as unknown as ClaimRegistry;
}

describe('summariseSource', () => {
  test('counts the source’s articles, claims, relayed claims, quotes and track record', () => {
    const source = { ...entry([{ by: ministry }, { by: wire as never, via: ministry as never }], 3) };
    const summary = summariseSource(source, registry(['confirmed', 'unverified', 'confirmed']));
    expect(summary.appearances).toEqual({ articles: 1, claims: 2, quotes: 3 });
    expect(summary.counts).toEqual({ claims: 2, relayed: 1, quotes: 3 });
    expect(summary.trackRecord.total).toBe(3);
    expect(summary.trackRecord.byStatus.confirmed).toBe(2);
  });

  test('works a source out once per build: every page of its listing gets the same summary', () => {
    const source = entry([{ by: ministry }], 0);
    const claims = registry(['denied']);
    expect(summariseSource(source, claims)).toBe(summariseSource(source, claims));
    // A new registry (the preview after an edit) is counted again.
    expect(summariseSource(source, registry(['confirmed'])).trackRecord.byStatus.confirmed).toBe(1);
  });
});
