/** Sources, claims and quotes as the annotation model holds them, for the search's unit tests. */
import type { Claim, Quote, SourceRef } from '../../../src/lib/annotations/model';

export const ft: SourceRef = { id: 'ft', name: 'Financial Times', kind: 'outlet' };
export const officials: SourceRef = { id: 'us-officials', name: 'US officials', kind: 'anonymous' };
export const tsang: SourceRef = { id: 'tsang', name: 'Steve Tsang', kind: 'expert' };

/** An unverified claim by US officials, with `over` changed (its speakers follow `by`). */
export const claim = (over: Partial<Claim> = {}): Claim => ({
  id: 'c1', number: 1, text: 'China is ready to help', by: officials, speakers: [over.by ?? officials], status: 'unverified', respondedBy: [],
  sourcing: 'Anonymous officials', quotes: [], line: 1, column: 1, ...over,
});

/** A quote by Steve Tsang, with `over` changed. */
export const quote = (over: Partial<Quote> = {}): Quote => ({ id: 'q1', number: 1, text: 'I doubt Xi wants escalation', by: tsang, line: 2, column: 1, ...over });
