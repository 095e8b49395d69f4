/** Shared shapes of the draft suggester (`npm run suggest`). Offsets are UTF-16 indexes into one paragraph's text. */
import type { SourceKind } from '../schemas/source.ts';

/** A half-open range `[start, end)` of a paragraph's text. */
export interface Span {
  start: number;
  end: number;
}

/** A source the draft declares in its frontmatter. */
export interface SuggestedSource {
  id: string;
  name: string;
  kind: SourceKind;
  role?: string;
  /** Why this kind was guessed; written as a `# check:` comment beside `kind:`. */
  reason: string;
}

/** A suggested `:quote[…]{by=…}`. */
export interface SuggestedQuote extends Span {
  by: string;
  /** Set when the speaker was inferred rather than read from an attribution; written as an HTML comment after the paragraph. */
  check?: string;
}

/** A suggested `:claim[…]{…}`. */
export interface SuggestedClaim extends Span {
  by: string;
  via?: string;
  status: 'unverified' | 'denied';
  id?: string;
  responds?: string;
  /** Editor's remarks, joined into `note="check: …"`. */
  checks: string[];
}
