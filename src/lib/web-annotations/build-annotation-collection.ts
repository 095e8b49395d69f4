/**
 * Builds the W3C Web Annotation collection of one article (`/articles/<slug>/annotations.jsonld`):
 * an `AnnotationCollection` whose only page, embedded as `first`, lists one `Annotation` per
 * claim, quote and editor's note, in reading order. Pure: no I/O, no Astro.
 *
 * Each annotation's `target` is the article URL with three equivalent selectors: a
 * `TextQuoteSelector` and a `TextPositionSelector` over the article's plain text (see
 * `article-text.ts`; positions count code points) and a `CssSelector` for the element on the page.
 * The invariant: for every annotation, the plain text from `start` to `end` is `exact`.
 */
import type { Element, Root } from 'hast';
import { forEachNode } from '../util/for-each-node.ts';
import type { ArticleAnnotations, SourceRef } from '../annotations/model.ts';
import { parseArticleHtml, readArticleText, type ArticleText } from './article-text.ts';
import { toAgent } from './bodies.ts';
import { annotationId, defaultCollectionUrl, defaultSourceUrl, pageId } from './ids.ts';
import type { AnnotationDraft, AnnotationKind, AnnotationKindContext } from './kinds/kind.ts';
import { CLAIM_ANNOTATIONS } from './kinds/claims.ts';
import { NOTE_ANNOTATIONS } from './kinds/notes.ts';
import { QUOTE_ANNOTATIONS } from './kinds/quotes.ts';
import { ANNOTATION_CONTEXT, type AnnotationCollection, type WebAnnotation } from './model.ts';
import { createElementSelector, createTextSelectors, DEFAULT_CONTEXT_LENGTH } from './selectors.ts';

/** The kinds of annotation a collection has unless told otherwise: claims, quotes, notes. */
export const DEFAULT_ANNOTATION_KINDS: readonly AnnotationKind[] = [CLAIM_ANNOTATIONS, QUOTE_ANNOTATIONS, NOTE_ANNOTATIONS];

/** What the collection needs to know about the article. */
export interface ArticleMetadata {
  /** The article page's absolute URL, e.g. `https://example.org/articles/<slug>/`. */
  articleUrl: string;
  /** The article's title, for the collection's label. */
  title: string;
  /** When the analysis was published: every annotation's `created`. */
  published: Date;
  /** When it was last updated, if it was: every annotation's `modified`. */
  updated?: Date | undefined;
}

/** Options of {@link buildAnnotationCollection}. */
export interface BuildAnnotationCollectionOptions {
  /** The kinds of annotation to include, in this order where two start and end at the same place. Default {@link DEFAULT_ANNOTATION_KINDS}. */
  kinds?: readonly AnnotationKind[] | undefined;
  /** The collection's URL. Default: `annotations.jsonld` next to the article (`…/articles/<slug>/annotations.jsonld`). */
  collectionUrl?: string | undefined;
  /** The IRI of a source. Default: its entry in the article's sources list (`…/articles/<slug>/#source-<id>`). */
  sourceUrl?: ((source: SourceRef) => string) | undefined;
  /** Code points of context in `prefix` and `suffix`. Default {@link DEFAULT_CONTEXT_LENGTH} (32). */
  contextLength?: number | undefined;
  /** The collection's label. Default `Annotations on “<title>”`. */
  label?: string | undefined;
  /**
   * The article's text, when it was read as the article was rendered (render/renderer.ts):
   * it must be the text of `html`. Default: read from `html`.
   */
  articleText?: ArticleText | undefined;
}

/** Thrown when an annotation of the model has no text in the article's HTML. */
export class MissingAnnotationTextError extends Error {
  readonly kind: string;
  readonly elementId: string;

  constructor(kind: string, elementId: string) {
    super(`The ${kind} annotation \`#${elementId}\` has no text in the article's HTML: no element with that id, or it is empty or hidden.`);
    this.kind = kind;
    this.elementId = elementId;
    this.name = 'MissingAnnotationTextError';
  }
}

function indexElements(tree: Root): Map<string, Element> {
  const elements = new Map<string, Element>();
  forEachNode(tree, (node) => {
    if (node.type !== 'element') return;
    const id = (node as Element).properties['id'];
    if (typeof id === 'string' && !elements.has(id)) elements.set(id, node as Element);
  });
  return elements;
}

/** A draft with its kind and place, for sorting. */
interface Placed {
  draft: AnnotationDraft;
  kindIndex: number;
  order: number;
  start: number;
  end: number;
}

/**
 * The annotations of an article, in reading order: by where their text starts, an enclosing text
 * before the text inside it (a claim before its quote), then in the order of `kinds`.
 *
 * @param tree the parsed article HTML, or a function that parses it (called only if a kind asks
 *   for the tree or an element)
 */
export function buildWebAnnotations(
  articleText: ArticleText,
  tree: Root | (() => Root),
  annotations: ArticleAnnotations,
  metadata: ArticleMetadata,
  options: BuildAnnotationCollectionOptions = {},
): WebAnnotation[] {
  const collectionUrl = options.collectionUrl ?? defaultCollectionUrl(metadata.articleUrl);
  const sourceUrl = options.sourceUrl ?? ((source: SourceRef) => defaultSourceUrl(metadata.articleUrl, source.id));
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  let parsed: Root | undefined;
  const getTree = (): Root => (parsed ??= typeof tree === 'function' ? tree() : tree);
  let elements: Map<string, Element> | undefined;
  const context: AnnotationKindContext = {
    annotations,
    get tree() {
      return getTree();
    },
    element: (id) => (elements ??= indexElements(getTree())).get(id),
    annotationId: (elementId) => annotationId(collectionUrl, elementId),
    agent: (source) => toAgent(source, sourceUrl(source)),
  };

  const placed: Placed[] = [];
  (options.kinds ?? DEFAULT_ANNOTATION_KINDS).forEach((kind, kindIndex) => {
    for (const draft of kind.annotate(context)) {
      const range = articleText.ranges.get(draft.elementId);
      if (!range || range.end <= range.start) throw new MissingAnnotationTextError(kind.name, draft.elementId);
      placed.push({ draft, kindIndex, order: placed.length, ...range });
    }
  });
  placed.sort((a, b) => a.start - b.start || b.end - a.end || a.kindIndex - b.kindIndex || a.order - b.order);

  const created = metadata.published.toISOString();
  const modified = metadata.updated?.toISOString();
  return placed.map(({ draft, start, end }) => ({
    id: annotationId(collectionUrl, draft.elementId),
    type: 'Annotation',
    motivation: draft.motivation,
    created,
    ...(modified ? { modified } : {}),
    body: draft.body,
    target: {
      type: 'SpecificResource',
      source: metadata.articleUrl,
      selector: [...createTextSelectors(articleText.codePoints, { start, end }, contextLength), createElementSelector(draft.elementId)],
    },
  }));
}

/**
 * The Web Annotation collection of an article.
 *
 * @param html the rendered HTML of the article body (`entry.rendered.html`)
 * @param annotations the article's annotation model (claims, quotes, notes, …)
 * @param metadata the article's URL, title and dates
 * @throws {MissingAnnotationTextError} when an annotation of the model has no text in `html`
 */
export function buildAnnotationCollection(
  html: string,
  annotations: ArticleAnnotations,
  metadata: ArticleMetadata,
  options: BuildAnnotationCollectionOptions = {},
): AnnotationCollection {
  // With the text read when the article was rendered, the HTML is parsed only if a kind asks for an element.
  let tree: Root | undefined;
  const parse = (): Root => (tree ??= parseArticleHtml(html));
  const items = buildWebAnnotations(options.articleText ?? readArticleText(parse()), parse, annotations, metadata, options);
  const collectionUrl = options.collectionUrl ?? defaultCollectionUrl(metadata.articleUrl);
  const page = pageId(collectionUrl);
  const modified = metadata.updated?.toISOString();
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collectionUrl,
    type: 'AnnotationCollection',
    label: options.label ?? `Annotations on “${metadata.title}”`,
    total: items.length,
    created: metadata.published.toISOString(),
    ...(modified ? { modified } : {}),
    first: { id: page, type: 'AnnotationPage', partOf: collectionUrl, startIndex: 0, items },
    last: page,
  };
}
