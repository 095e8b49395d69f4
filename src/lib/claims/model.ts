/**
 * A claim across the site: its first appearance gives it its identity (`<article-slug>/<claim-id>`),
 * later articles repeat it with `same=`, and dated `updates:` change its status. Plain data,
 * built once per build by registry.ts.
 */
import type { Claim, SourceRef } from '../annotations/model.ts';
import type { ClaimStatus } from '../annotations/vocabulary.ts';
import type { ClaimUpdate } from '../schemas/claim-update.ts';

/** What the registry needs to know about one published article. */
export interface ClaimArticle {
  id: string;
  title: string;
  published: Date;
  updates: readonly ClaimUpdate[];
  claims: readonly Claim[];
}

/** One step of a claim's history: the status it has from `date` on. */
export interface StatusChange {
  date: Date;
  status: ClaimStatus;
  /** The article where the status was given (its first appearance) or the update was recorded. */
  article: string;
  /** True for the status the claim had when it first appeared. */
  initial: boolean;
  note?: string | undefined;
  evidence?: string | undefined;
}

/** One article a claim appears in, with the words and sourcing used there. */
export interface ClaimAppearance {
  article: string;
  title: string;
  published: Date;
  /** The claim as that article marks it (its id, words, source and the status written there). */
  claim: Claim;
}

/** A claim tracked across articles and over time. */
export interface TrackedClaim {
  /** `<article-slug>/<claim-id>` of its first appearance: stable, the claim page's path. */
  key: string;
  article: string;
  id: string;
  /** Words, source and sourcing of the first appearance. */
  text: string;
  by: SourceRef;
  via?: SourceRef | undefined;
  sourcing: string;
  /** Current status and since when. */
  status: ClaimStatus;
  since: Date;
  /** Oldest first; the first entry is the status at first appearance. */
  history: StatusChange[];
  /** Oldest first; the first is the first appearance. */
  appearances: ClaimAppearance[];
  /** Keys of the claims this one answers, and of those that answer it. */
  responds: string[];
  respondedBy: string[];
  firstPublished: Date;
  /** The newest date in its history or appearances. */
  lastChanged: Date;
}

/** Every claim of the site. */
export interface ClaimRegistry {
  /** Newest first appearance first; within one article, in reading order. */
  claims: TrackedClaim[];
  byKey: ReadonlyMap<string, TrackedClaim>;
  /** The key of the tracked claim a claim of an article belongs to. */
  keyOf(article: string, claimId: string): string | undefined;
}
