import { CLAIM_STATUSES, type ClaimStatus } from '../annotations/vocabulary.ts';
import type { ArticleAnnotations, Claim } from '../annotations/model.ts';
import { pluralise } from '../util/pluralise.ts';

/** Sourcing categories of the ledger, in display order. */
export const SOURCING_CATEGORIES = ['official', 'anonymous', 'outlet', 'expert', 'government', 'organization', 'person', 'document'] as const;
/** One of {@link SOURCING_CATEGORIES}: the kind of the source a claim rests on. */
export type SourcingCategory = (typeof SOURCING_CATEGORIES)[number];

/** Reader-facing names of the categories (plural, for counts). */
export const SOURCING_CATEGORY_LABELS: Record<SourcingCategory, string> = {
  official: 'Named officials',
  anonymous: 'Anonymous sources',
  outlet: "Other outlets' reports",
  expert: 'Experts',
  government: 'Government statements',
  organization: 'Organisations',
  person: 'Named people',
  document: 'Documents',
};

/** An allegation and the claims that answer it. */
export interface ResponsePair {
  claim: Claim;
  responses: Claim[];
}

/** The sourcing ledger of one article. */
export interface Ledger {
  total: number;
  /** Claims per sourcing category, every category present (0 when none). */
  bySourcing: Record<SourcingCategory, number>;
  /** Claims that reached the report through another outlet or speaker (`via=` a source that is not a document). */
  relayed: number;
  /** Claims the report read in a document (`via=` a source of kind `document`). */
  fromDocuments: number;
  /** Claims per status, every status present. */
  byStatus: Record<ClaimStatus, number>;
  /** Claims that are denials. */
  denials: number;
  /** Claims answered by other claims, with their answers, in reading order. */
  pairs: ResponsePair[];
}

function categoryOf(claim: Claim): SourcingCategory {
  return (SOURCING_CATEGORIES as readonly string[]).includes(claim.by.kind) ? (claim.by.kind as SourcingCategory) : 'person';
}

/** Counts an article's claims by sourcing and status, and pairs allegations with their answers. */
export function buildLedger(annotations: Pick<ArticleAnnotations, 'claims'>): Ledger {
  const bySourcing = Object.fromEntries(SOURCING_CATEGORIES.map((category) => [category, 0])) as Record<SourcingCategory, number>;
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  const byId = new Map(annotations.claims.map((claim) => [claim.id, claim]));
  for (const claim of annotations.claims) {
    bySourcing[categoryOf(claim)]++;
    byStatus[claim.status]++;
  }
  const pairs = annotations.claims
    .filter((claim) => claim.respondedBy.length > 0)
    .map((claim) => ({ claim, responses: claim.respondedBy.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined) }));
  return {
    total: annotations.claims.length,
    bySourcing,
    relayed: annotations.claims.filter((claim) => claim.via !== undefined && claim.via.kind !== 'document').length,
    fromDocuments: annotations.claims.filter((claim) => claim.via?.kind === 'document').length,
    byStatus,
    denials: byStatus.denied,
    pairs,
  };
}

/** One segment of a stacked bar: a category, its count and its share of the whole (0–1). */
export interface BarSegment {
  category: SourcingCategory;
  count: number;
  share: number;
  /** Start of the segment as a share of the whole. */
  offset: number;
}

/** The non-empty sourcing categories as consecutive segments of one bar. */
export function toBarSegments(ledger: Ledger): BarSegment[] {
  let offset = 0;
  return SOURCING_CATEGORIES.filter((category) => ledger.bySourcing[category] > 0).map((category) => {
    const count = ledger.bySourcing[category];
    const share = ledger.total === 0 ? 0 : count / ledger.total;
    const segment = { category, count, share, offset };
    offset += share;
    return segment;
  });
}

/** The ledger in one sentence: `14 claims, 1 of them relayed by another outlet; 2 denials.` */
export function describeLedger(ledger: Ledger): string {
  const claims = pluralise(ledger.total, 'claim');
  const relayed = ledger.relayed > 0 ? `, ${ledger.relayed} of them relayed by another outlet` : '';
  const documents = ledger.fromDocuments > 0 ? `${relayed ? ' and' : ','} ${ledger.fromDocuments} of them read in a document` : '';
  const denials = ledger.denials > 0 ? `; ${pluralise(ledger.denials, 'denial')}` : '';
  return `${claims}${relayed}${documents}${denials}.`;
}
