import { describe, expect, test } from 'vitest';
import { describeSourcing } from '../../../src/lib/annotations/index';
import type { SourceRef } from '../../../src/lib/annotations/index';

const source = (kind: string, name = 'Someone', role?: string): SourceRef => ({ id: 'x', name, kind, role });
const ft = source('outlet', 'Financial Times');

describe('describeSourcing', () => {
  test.each([
    [source('anonymous', 'US officials'), undefined, 'unverified', 'Anonymous officials'],
    [source('anonymous', 'US officials'), ft, 'unverified', 'Anonymous officials, via Financial Times'],
    [source('anonymous', 'A senior US Defense Department official'), undefined, 'unverified', 'Anonymous official'],
    [source('anonymous', 'People familiar with the talks'), undefined, 'unverified', 'Anonymous sources'],
    [source('anonymous', 'A witness'), undefined, 'unverified', 'Anonymous source'],
    [source('official', 'Antony Blinken'), undefined, 'confirmed', 'Named official'],
    [source('official', 'Antony Blinken'), undefined, 'denied', 'Official denial'],
    [source('government', 'Chinese embassy'), undefined, 'denied', 'Official denial'],
    [source('government', 'Chinese government'), undefined, 'unverified', 'Government statement'],
    [source('expert', 'Steve Tsang'), undefined, 'unverified', 'Named expert'],
    [ft, undefined, 'unverified', "Another outlet's report"],
    [source('organization', 'Amnesty International'), undefined, 'corroborated', 'Organisation statement'],
    [source('person', 'A resident'), undefined, 'denied', 'Denial'],
  ] as const)('%o via %o (%s) reads “%s”', (by, via, status, expected) => {
    expect(describeSourcing(by, via, status)).toBe(expected);
  });
});
