/**
 * The words of the annotation syntax and what readers see for them, in one place: the directive
 * names, the claim statuses, the kinds of editor's note (`:::note{kind=…}`), the kinds of term
 * (`:term[…]{kind=…}`) and the reader-facing labels of the kinds of source declared in the
 * frontmatter (`sources.<id>.kind`, whose list lives with the schema in schemas/source.ts).
 */
import type { SourceKind } from '../schemas/source.ts';

/** Directive names Sourced claims; every other directive is restored to its source text. */
export const ANNOTATION_NAMES = ['claim', 'quote', 'note', 'term'] as const;
/** One of {@link ANNOTATION_NAMES}. */
export type AnnotationName = (typeof ANNOTATION_NAMES)[number];
/** Type guard for {@link AnnotationName}. */
export function isAnnotationName(value: unknown): value is AnnotationName {
  return typeof value === 'string' && (ANNOTATION_NAMES as readonly string[]).includes(value);
}

/** How far a claim is established, from least to most settled, plus the contested states. */
export const CLAIM_STATUSES = ['unverified', 'corroborated', 'confirmed', 'disputed', 'denied'] as const;
/** One of {@link CLAIM_STATUSES}. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** Type guard for {@link ClaimStatus}. */
export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}
/** The status a claim has when `status` is not given. */
export const DEFAULT_CLAIM_STATUS: ClaimStatus = 'unverified';

/** Reader-facing word for each status (never shown as colour alone). */
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  corroborated: 'Corroborated',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  denied: 'Denied',
};

/** What each status means, for readers. */
export const CLAIM_STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  unverified: 'Reported, but not independently checked.',
  corroborated: 'Supported by at least one further independent source.',
  confirmed: 'Established on the record or by documents.',
  disputed: 'Contested by other sources or evidence.',
  denied: 'A denial by the party concerned, or a claim that party has denied.',
};

/** Kinds of editor's note. */
export const NOTE_KINDS = ['context', 'correction', 'translation', 'caveat'] as const;
/** One of {@link NOTE_KINDS}. */
export type NoteKind = (typeof NOTE_KINDS)[number];
/** Type guard for {@link NoteKind}. */
export function isNoteKind(value: unknown): value is NoteKind {
  return typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);
}
/** The kind a note has when `kind` is not given. */
export const DEFAULT_NOTE_KIND: NoteKind = 'context';

/** Visible label of each note kind. */
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  context: 'Context',
  correction: 'Correction',
  translation: 'Translation note',
  caveat: 'Caveat',
};

/** Kinds of wording the language lens marks (`:term[…]{kind=…}`). */
export const TERM_KINDS = ['loaded', 'hedge', 'artifact'] as const;
/** One of {@link TERM_KINDS}. */
export type TermKind = (typeof TERM_KINDS)[number];
/** Type guard for {@link TermKind}. */
export function isTermKind(value: unknown): value is TermKind {
  return typeof value === 'string' && (TERM_KINDS as readonly string[]).includes(value);
}

/** Visible label of each kind of term. */
export const TERM_KIND_LABELS: Record<TermKind, string> = {
  loaded: 'Loaded wording',
  hedge: 'Hedge',
  artifact: 'Translation artifact',
};

/** What each kind of term means, for readers. */
export const TERM_KIND_DESCRIPTIONS: Record<TermKind, string> = {
  loaded: 'Words that carry a judgement the report does not attribute to anyone (“regime”, “dictator”).',
  hedge: 'Words that weaken a statement without saying on whose authority (“apparently”, “is said to”).',
  artifact: 'Wording that comes from translation rather than from the original reporting.',
};

/** Reader-facing name of each kind of source (`sources.<id>.kind` in the frontmatter). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  outlet: 'News outlet',
  government: 'Government',
  official: 'Named official',
  anonymous: 'Anonymous',
  expert: 'Expert',
  organization: 'Organisation',
  person: 'Named person',
  document: 'Document',
};

/** The label of a source kind, or the kind itself when it is not one Sourced knows. */
export function describeSourceKind(kind: string): string {
  return (SOURCE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** Attributes each directive accepts (`id` is written `#id`). */
export const ALLOWED_ATTRIBUTES: Record<AnnotationName, readonly string[]> = {
  claim: ['id', 'by', 'via', 'status', 'responds', 'note', 'same'],
  quote: ['by'],
  note: ['kind'],
  term: ['kind', 'note'],
};
