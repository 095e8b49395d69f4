import { expect } from 'vitest';
import {
  buildAnnotationCollection,
  findTextSelection,
  type AnnotationCollection,
  type ArticleMetadata,
  type BuildAnnotationCollectionOptions,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
} from '../../../src/lib/web-annotations/index';
import { renderArticle, TEST_SOURCES } from '../../helpers/processor';

export const ARTICLE_URL = 'https://example.org/articles/test/';
export const METADATA: ArticleMetadata = { articleUrl: ARTICLE_URL, title: 'Test', published: new Date('2026-11-28T00:00:00Z') };

/** The quote and position selectors of an annotation. */
export function textSelectors(annotation: WebAnnotation): { quote: TextQuoteSelector; position: TextPositionSelector } {
  // Both refine the body element (`{ type: 'CssSelector', value: '#article-body', refinedBy }`).
  const refined = annotation.target.selector.flatMap((s) => (s.type === 'CssSelector' && s.refinedBy ? [s.refinedBy] : []));
  const quote = refined.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = refined.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote || !position) throw new Error(`${annotation.id} lacks a quote or position selector`);
  return { quote, position };
}

/** The element id an annotation is about (`claim-c1`). */
export function elementIdOf(annotation: WebAnnotation): string {
  return annotation.id.slice(annotation.id.indexOf('#') + 1);
}

/** The items of a collection by element id. */
export function byElementId(collection: AnnotationCollection): Map<string, WebAnnotation> {
  return new Map(collection.first.items.map((item) => [elementIdOf(item), item]));
}

/**
 * The key invariant, checked independently of the library's own slicing: counted in code points,
 * the text of the body element (page-text.ts) holds `exact` at `start`–`end`, `prefix` right before and `suffix` right after,
 * and `findTextSelection` finds the same place.
 */
export function expectSelectorsHold(collection: AnnotationCollection, text: string): void {
  const points = Array.from(text);
  for (const annotation of collection.first.items) {
    const { quote, position } = textSelectors(annotation);
    expect(points.slice(position.start, position.end).join(''), annotation.id).toBe(quote.exact);
    expect(quote.exact.length, annotation.id).toBeGreaterThan(0);
    expect(points.slice(Math.max(0, position.start - 32), position.start).join(''), annotation.id).toBe(quote.prefix ?? '');
    expect(points.slice(position.end, position.end + 32).join(''), annotation.id).toBe(quote.suffix ?? '');
    expect(findTextSelection(text, annotation.target.selector), annotation.id).toEqual({ start: position.start, end: position.end, exact: quote.exact });
  }
}

/** Renders Markdown as the site does and builds its collection. */
export async function collectionOf(
  markdown: string,
  options: BuildAnnotationCollectionOptions = {},
  frontmatter: Record<string, unknown> = { sources: TEST_SOURCES },
): Promise<{ html: string; collection: AnnotationCollection; annotations: Awaited<ReturnType<typeof renderArticle>>['annotations'] }> {
  const { html, annotations } = await renderArticle(markdown, frontmatter);
  const errors = annotations.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`Test article has errors: ${JSON.stringify(errors)}`);
  return { html, annotations, collection: buildAnnotationCollection(html, annotations, METADATA, options) };
}
