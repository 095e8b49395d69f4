/** The annotation engine's public surface: pages and tests import from here only. */
export {
  ANNOTATION_NAMES,
  CLAIM_STATUSES,
  CLAIM_STATUS_DESCRIPTIONS,
  CLAIM_STATUS_LABELS,
  NOTE_KINDS,
  NOTE_KIND_LABELS,
  SOURCE_KIND_LABELS,
  TERM_KINDS,
  TERM_KIND_DESCRIPTIONS,
  TERM_KIND_LABELS,
  describeSourceKind,
  isAnnotationName,
  isClaimStatus,
  isNoteKind,
  isTermKind,
  type AnnotationName,
  type ClaimStatus,
  type NoteKind,
  type TermKind,
} from './vocabulary.ts';
export { type ArticleAnnotations, type Claim, type Note, type Quote, type SourceRef, type Term } from './model.ts';
export { remarkRestoreDirectives, type RemarkRestoreDirectivesOptions } from './remark/restore-directives.ts';
export { describeRelaying, describeSourcing, describeSpeakers, speakersOf } from './sourcing.ts';
export { fillCallouts } from './markup/fill-callouts.ts';
export { toExcerpt } from './markup/callout.ts';
export {
  CLASS_PREFIX,
  DATA_ATTRIBUTES,
  dataProperty,
  HTML_CLASSES,
  calloutElementId,
  claimElementId,
  modifierClass,
  noteElementId,
  quoteElementId,
  quoteEntryElementId,
  statusClassName,
  termElementId,
  termExplanationElementId,
} from './markup/contract.ts';
export { countQuotesBySpeaker, countSourceUsage, type SourceUsage, type SpeakerCount } from './summaries.ts';
export { pluralise } from '../util/pluralise.ts';
export { toCalloutText, type CalloutText } from './markup/callout-text.ts';
export { findHedges } from './remark/hedges.ts';
export { ARTICLE_BODY_ID, sourceElementId } from './markup/page-element-ids.ts';
