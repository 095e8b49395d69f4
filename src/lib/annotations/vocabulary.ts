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

/** Attributes each directive accepts (`id` is written `#id`). */
export const ALLOWED_ATTRIBUTES: Record<AnnotationName, readonly string[]> = {
  claim: ['id', 'by', 'via', 'status', 'responds', 'note'],
  quote: ['by'],
  note: ['kind'],
  term: ['kind', 'note'],
};
