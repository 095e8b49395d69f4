import type { ClaimStatus, NoteKind, TermKind } from './vocabulary.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** A source as the annotations refer to it: its id and what the frontmatter says about it. */
export interface SourceRef {
  id: string;
  name: string;
  kind: string;
  role?: string | undefined;
  url?: string | undefined;
}

/** An attributed statement marked with `:claim[...]`. */
export interface Claim {
  /** The author's `#id`, or one generated from reading order (`c1`, `c2`, …). */
  id: string;
  /** 1-based position among the article's claims, in reading order. */
  number: number;
  /** The claim's words as plain text. */
  text: string;
  /** Who makes the claim: the first of {@link Claim.speakers}. */
  by: SourceRef;
  /** Everyone who makes the claim (`by=lavrov,svr`: one statement issued together), in the order written; at least one. */
  speakers: SourceRef[];
  via?: SourceRef | undefined;
  status: ClaimStatus;
  /** Id of the claim this one answers. */
  responds?: string | undefined;
  /** Ids of the claims that answer this one, in reading order. */
  respondedBy: string[];
  /** The sourcing in words, e.g. `Anonymous officials, via the Financial Times`. */
  sourcing: string;
  note?: string | undefined;
  /** Ids of quotes inside this claim. */
  quotes: string[];
  /** `same=<article>/<claim>`: the claim's earlier appearance in another article, and where the attribute is. */
  same?: ClaimReference | undefined;
  /** The claim's life across articles, added by the site (claims/live-annotations.ts); absent in the stored model. */
  tracked?: TrackedStatus | undefined;
  line: number;
  column: number;
}

/** A claim of another article named by `same=`, with the attribute's file position. */
export interface ClaimReference {
  article: string;
  claim: string;
  line: number;
  column: number;
}

/** A claim's current status as the site knows it, for callouts and feeds. */
export interface TrackedStatus {
  /** `YYYY-MM-DD`: since when the claim has its current status. */
  since: string;
  /** True when the status changed after the claim first appeared. */
  changed: boolean;
  /** Root-relative URL of the claim's page. */
  page: string;
}

/** A direct quotation marked with `:quote[...]`. */
export interface Quote {
  /** Generated from reading order: `q1`, `q2`, … */
  id: string;
  number: number;
  /** The speaker's exact words. */
  text: string;
  by: SourceRef;
  /** Id of the claim this quote sits in, if any. */
  claim?: string | undefined;
  line: number;
  column: number;
}

/** An editor's note written as a `:::note` container. */
export interface Note {
  id: string;
  number: number;
  kind: NoteKind;
  /** The note's label as readers see it: the kind's label, and the note's title after a colon (`Caveat: Who said this?`). */
  label: string;
  /** The note's text as plain text. */
  text: string;
  line: number;
  column: number;
}

/** Wording marked for the language lens: by the analyst (`:term`) or automatically (hedges). */
export interface Term {
  id: string;
  number: number;
  kind: TermKind;
  text: string;
  note?: string | undefined;
  /** True for hedges the build found by itself. */
  automatic: boolean;
  line: number;
  column: number;
}

/** Everything the annotation plugin learns about one article; plain data, stored with the entry. */
export interface ArticleAnnotations {
  claims: Claim[];
  quotes: Quote[];
  notes: Note[];
  terms: Term[];
  diagnostics: Diagnostic[];
}

