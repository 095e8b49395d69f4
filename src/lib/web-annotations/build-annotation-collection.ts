/**
 * Builds the W3C Web Annotation collection of one article (`/articles/<slug>/annotations.jsonld`):
 * an `AnnotationCollection` whose only page, embedded as `first`, lists one `Annotation` per
 * claim, quote and editor's note, in reading order. Pure: no I/O, no Astro.
 *
 * Each annotation's `target` is the article URL with three equivalent selectors: a
 * `TextQuoteSelector` and a `TextPositionSelector`, each refining a `CssSelector` for the
 * article's body element (`#article-body`) and counting over its DOM text content as a client
 * sees it (see `page-text.ts`; positions count code points), and a `CssSelector` for the
 * annotated element. The invariant: for every annotation, the body's text from `start` to `end`
 * is `exact`, and the words of a claim, quote or term are the element's own text.
 */
import type { Element, Root } from 'hast';
import { forEachNode } from '../util/for-each-node.ts';
import type { ArticleAnnotations, SourceRef } from '../annotations/model.ts';
import { parseArticleHtml, type ArticleText } from './article-text.ts';
import { ARTICLE_BODY_SELECTOR, readPageText } from './page-text.ts';
import { toAgent } from './bodies.ts';
import { annotationId, defaultCollectionUrl, defaultSourceUrl, pageId } from './ids.ts';
import type { AnnotationDraft, AnnotationKind, AnnotationKindContext } from './kinds/kind.ts';
import { CLAIM_ANNOTATIONS } from './kinds/claims.ts';
import { NOTE_ANNOTATIONS } from './kinds/notes.ts';
import { QUOTE_ANNOTATIONS } from './kinds/quotes.ts';
import { ANNOTATION_CONTEXT, type AnnotationCollection, type WebAnnotation } from './model.ts';
import { createElementSelector, createTextSelectors, DEFAULT_CONTEXT_LENGTH, refineElement } from './selectors.ts';

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
   * The text the selectors count, with the ranges of the annotated elements: it must be the
   * text of `html` as page-text.ts reads it. Default: `readPageText(html)`.
   */
  articleText?: ArticleText | undefined;
  /**
   * A CSS selector for the element of the article's page that holds `html` and nothing else:
   * quote and position selectors refine it. Default `#article-body` ({@link ARTICLE_BODY_SELECTOR}).
   */
  scope?: string | undefined;
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
  const scope = options.scope ?? ARTICLE_BODY_SELECTOR;
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
      selector: [...refineElement(scope, createTextSelectors(articleText.codePoints, { start, end }, contextLength)), createElementSelector(draft.elementId)],
    },
  }));
}

/**
 * The Web Annotation collection of an article.
 *
 * @param html the HTML the article's page holds in its body element: the stored HTML with its
 *   callouts filled in (`getArticleHtml`)
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
  const items = buildWebAnnotations(options.articleText ?? readPageText(html), parse, annotations, metadata, options);
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
