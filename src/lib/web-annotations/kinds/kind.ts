/**
 * What a kind of annotation (claims, quotes, notes, terms, …) contributes to the collection.
 * A kind only says which elements of the article it annotates and with what motivation and
 * bodies; the builder finds the text, writes the selectors and the target, and orders the
 * annotations. To add a kind, write an {@link AnnotationKind} and pass it in the builder's
 * `kinds` option (or add it to `DEFAULT_ANNOTATION_KINDS`).
 */
import type { Element, Root } from 'hast';
import type { ArticleAnnotations, SourceRef } from '../../annotations/model.ts';
import type { AgentResource, AnnotationBody, Motivation } from '../model.ts';

/** What a kind can use to describe its annotations. */
export interface AnnotationKindContext {
  /** The article's annotation model. */
  readonly annotations: ArticleAnnotations;
  /** The parsed article HTML. */
  readonly tree: Root;
  /** The element with this id, if the article has one. */
  element(id: string): Element | undefined;
  /** The id of the annotation about the element with this id. */
  annotationId(elementId: string): string;
  /** A source as an agent, with its IRI. */
  agent(source: SourceRef): AgentResource;
}

/** One annotation as a kind describes it, before the builder adds id, dates and target. */
export interface AnnotationDraft {
  /** The id of the element whose text is the annotation's target (`claim-signal`). */
  elementId: string;
  motivation: Motivation;
  body: AnnotationBody[];
}

/** A kind of annotation. */
export interface AnnotationKind {
  /** The kind's name, also its `tagging` body (`claim`). */
  readonly name: string;
  /** The kind's annotations, for one article. */
  annotate(context: AnnotationKindContext): AnnotationDraft[];
}
