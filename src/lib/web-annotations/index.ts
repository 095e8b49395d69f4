/**
 * W3C Web Annotations for Sourced articles: the public surface. Pure functions over the rendered
 * article HTML and the annotation model; no I/O, no Astro.
 *
 *     const collection = buildAnnotationCollection(entry.rendered.html, annotations, {
 *       articleUrl, title: entry.data.title, published: entry.data.published, updated: entry.data.updated,
 *     });
 *     return new Response(JSON.stringify(collection), { headers: { 'Content-Type': 'application/ld+json' } });
 */
export {
  buildAnnotationCollection,
  buildWebAnnotations,
  DEFAULT_ANNOTATION_KINDS,
  MissingAnnotationTextError,
  type ArticleMetadata,
  type BuildAnnotationCollectionOptions,
} from './build-annotation-collection.ts';
export { parseArticleHtml, type ArticleText, type TextRange } from './article-text.ts';
export { ARTICLE_BODY_SELECTOR, OUTSIDE_RANGE_CLASSES, readPageText } from './page-text.ts';
export { findTextSelection, type TextSelection } from './find-selection.ts';
export { createElementSelector, createTextSelectors, DEFAULT_CONTEXT_LENGTH, escapeCssIdentifier, refineElement } from './selectors.ts';
export { codePointLength, codePointPositions, sliceCodePoints, toCodePoints } from './code-points.ts';
export { ANNOTATIONS_FILE_NAME, annotationId, defaultCollectionUrl, defaultSourceUrl } from './ids.ts';
export { agentBody, BODY_LANGUAGE, classifyingBody, commentingBody, describingBody, linkBody, tagBody, toAgent } from './bodies.ts';
export type { AnnotationDraft, AnnotationKind, AnnotationKindContext } from './kinds/kind.ts';
export { CLAIM_ANNOTATIONS } from './kinds/claims.ts';
export { QUOTE_ANNOTATIONS } from './kinds/quotes.ts';
export { NOTE_ANNOTATIONS } from './kinds/notes.ts';
export { TERM_ANNOTATIONS } from './kinds/terms.ts';
export { noteElementId, termElementId } from '../annotations/markup/contract.ts';
export {
  ANNOTATION_CONTEXT,
  ANNOTATION_MEDIA_TYPE,
  type AgentResource,
  type AnnotationBody,
  type AnnotationCollection,
  type AnnotationPage,
  type AnnotationSelector,
  type AnnotationTarget,
  type CssSelector,
  type Motivation,
  type SpecificResourceBody,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextualBody,
  type WebAnnotation,
} from './model.ts';
