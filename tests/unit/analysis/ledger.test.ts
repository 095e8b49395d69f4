import { describe, expect, test } from 'vitest';
import { buildLedger, describeLedger, toBarSegments } from '../../../src/lib/analysis/ledger';
import { renderArticle } from '../../helpers/processor';

const SOURCES = {
  ft: { name: 'Financial Times', kind: 'outlet' },
  officials: { name: 'US officials', kind: 'anonymous' },
  embassy: { name: 'Chinese embassy', kind: 'government' },
  russia: { name: 'Russia', kind: 'government' },
  tsang: { name: 'Steve Tsang', kind: 'expert' },
  blinken: { name: 'Antony Blinken', kind: 'official' },
};

const MARKDOWN = [
  ':claim[China signalled aid]{#signal by=officials via=ft}.',
  ':claim[Russia asked for arms]{#request by=ft status=disputed}.',
  ':claim[Not aware of a request]{by=embassy responds=request status=denied}; :claim[no request was made]{by=russia responds=request status=denied}.',
  ':claim[Xi does not want escalation]{by=tsang status=corroborated}. :claim[We are watching]{by=blinken status=confirmed}.',
].join('\n\n');

describe('buildLedger', () => {
  test('counts claims by sourcing and status and pairs each allegation with its denials', async () => {
    const { annotations } = await renderArticle(MARKDOWN, { sources: SOURCES });
    const ledger = buildLedger(annotations);
    expect(ledger.total).toBe(6);
    expect(ledger.bySourcing).toEqual({ official: 1, anonymous: 1, outlet: 1, expert: 1, government: 2, organization: 0, person: 0, document: 0 });
    expect(ledger.byStatus).toEqual({ unverified: 1, corroborated: 1, confirmed: 1, disputed: 1, denied: 2 });
    expect(ledger.relayed).toBe(1);
    expect(ledger.denials).toBe(2);
    expect(ledger.pairs.map(({ claim, responses }) => [claim.text, responses.map((r) => `${r.by.name} (${r.status})`)])).toEqual([
      ['Russia asked for arms', ['Chinese embassy (denied)', 'Russia (denied)']],
    ]);
    expect(describeLedger(ledger)).toBe('6 claims, 1 of them relayed by another outlet; 2 denials.');
  });

  test('turns the counts into consecutive bar segments that fill the bar', async () => {
    const { annotations } = await renderArticle(MARKDOWN, { sources: SOURCES });
    const segments = toBarSegments(buildLedger(annotations));
    expect(segments.map((s) => [s.category, s.count])).toEqual([
      ['official', 1],
      ['anonymous', 1],
      ['outlet', 1],
      ['expert', 1],
      ['government', 2],
    ]);
    const last = segments.at(-1)!;
    expect(last.offset + last.share).toBeCloseTo(1);
  });

  test('an article without claims has an empty ledger', () => {
    const ledger = buildLedger({ claims: [] });
    expect(ledger.total).toBe(0);
    expect(toBarSegments(ledger)).toEqual([]);
    expect(describeLedger(ledger)).toBe('0 claims.');
  });
});
