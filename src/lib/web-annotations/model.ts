/**
 * The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as far as Sourced
 * uses it, in the JSON-LD form of its context `http://www.w3.org/ns/anno.jsonld`. Everything here
 * is plain JSON: no `undefined` values, no classes, no dates (dates are ISO 8601 strings).
 */

/** The Web Annotation JSON-LD context. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The media type of a Web Annotation document (for a `Content-Type` or a `<link type>`). */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Motivations (for an annotation) and purposes (for a body) defined by the W3C vocabulary. */
export type Motivation =
  | 'assessing'
  | 'bookmarking'
  | 'classifying'
  | 'commenting'
  | 'describing'
  | 'editing'
  | 'highlighting'
  | 'identifying'
  | 'linking'
  | 'moderating'
  | 'questioning'
  | 'replying'
  | 'tagging';

/** Selects text by copying it, with some context before and after. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 code points right before `exact`; absent at the start of the text. */
  prefix?: string;
  /** Up to 32 code points right after `exact`; absent at the end of the text. */
  suffix?: string;
}

/** Selects text by its position in the text it refines (see page-text.ts), in code points; `end` is exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Selects an element on the page: the one that carries the annotation (`#claim-signal`), or the
 * article's body (`#article-body`) refined by a quote or a position over its text content.
 */
export interface CssSelector {
  type: 'CssSelector';
  value: string;
  /** A selector applied to the text of the element this one selects (W3C model §4.2.9). */
  refinedBy?: TextQuoteSelector | TextPositionSelector;
}

/** Any selector this library writes or reads. */
export type AnnotationSelector = TextQuoteSelector | TextPositionSelector | CssSelector;

/** An agent (who says something), with schema.org terms through the `schema:` prefix of the context. */
export interface AgentResource {
  /** An IRI for the source, by default its entry in the article's sources list (`…/#source-ft`). */
  id: string;
  /** `Organization` for outlets, governments and organisations; `Person` otherwise (foaf classes). */
  type: 'Person' | 'Organization';
  /** The source's display name (`foaf:name`). */
  name: string;
  /** Sourced's kind of source: `outlet`, `government`, `official`, `anonymous`, `expert`, `organization`, `person`. */
  'schema:category': string;
  /** The source's role or affiliation, as the frontmatter gives it. */
  'schema:description'?: string;
  /** Where readers can find the source, when the frontmatter gives an address. */
  'schema:url'?: string;
}

/** A body written out as text, with the reason it is there. */
export interface TextualBody {
  type: 'TextualBody';
  purpose: Motivation;
  value: string;
  format?: 'text/plain';
  language?: string;
}

/**
 * A body that is another resource (a source, another annotation), with the reason it is there
 * and, in `schema:roleName`, the part it plays: the field of Sourced's model it comes from
 * (`by`, `via`, `claim`, `responds`).
 */
export interface SpecificResourceBody {
  type: 'SpecificResource';
  purpose: Motivation;
  'schema:roleName': string;
  source: string | AgentResource;
}

/** Any body this library writes. */
export type AnnotationBody = TextualBody | SpecificResourceBody;

/** The part of the article an annotation is about. */
export interface AnnotationTarget {
  type: 'SpecificResource';
  /** The article's URL. */
  source: string;
  /**
   * Equivalent ways to find the same text: a quote and a position, each refining the article's
   * body element, and the annotated element itself.
   */
  selector: AnnotationSelector[];
}

/** One annotation. Inside a collection it has no `@context` of its own. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  /** When the article was published (ISO 8601). */
  created: string;
  /** When the article was last updated (ISO 8601), if it was. */
  modified?: string;
  body: AnnotationBody[];
  target: AnnotationTarget;
}

/** A page of a collection: here the only one, embedded as the collection's `first`. */
export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: WebAnnotation[];
}

/** All annotations of one article. */
export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  /** The number of annotations. */
  total: number;
  created: string;
  modified?: string;
  first: AnnotationPage;
  /** The id of the last page (the same page as `first`). */
  last: string;
}
