import type { SourceKind } from '../schemas/source.ts';

/** What each kind of source means, for readers (the method page). */
export const SOURCE_KIND_DESCRIPTIONS: Record<SourceKind, string> = {
  outlet: 'Another news organisation whose report is relayed.',
  government: 'A government, ministry or embassy speaking as an institution, on the record.',
  official: 'A named official speaking on the record.',
  anonymous: 'Someone the report does not name: “officials”, “a senior official”, “people familiar with the matter”.',
  expert: 'A named analyst, academic or specialist commenting from outside the events.',
  organization: 'A company, organisation, party or other body, on the record.',
  person: 'A named private person: a witness, a resident, a participant.',
  document: 'A report, court filing, captured paper or dataset: a claim “via” a document was read in it, not relayed by another outlet.',
};
