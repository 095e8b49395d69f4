/**
 * The IRIs of an article's annotation collection and of what it contains. The collection lives
 * at `/articles/<slug>/annotations.jsonld`; each annotation is a fragment of it named after the
 * element it is about (`…/annotations.jsonld#claim-signal`), so ids are stable as long as the
 * claim ids are.
 */

/** The file name of the collection, next to the article's page. */
export const ANNOTATIONS_FILE_NAME = 'annotations.jsonld';

/** The article URL without fragment or query. */
export function articleBaseUrl(articleUrl: string): string {
  return articleUrl.replace(/[?#].*$/s, '');
}

/** `…/articles/<slug>/annotations.jsonld` for an article at `…/articles/<slug>/`. */
export function defaultCollectionUrl(articleUrl: string): string {
  const base = articleBaseUrl(articleUrl);
  return `${base.endsWith('/') ? base : `${base}/`}${ANNOTATIONS_FILE_NAME}`;
}

/** The id of the annotation about the element with this id, within a collection. */
export function annotationId(collectionUrl: string, elementId: string): string {
  return `${collectionUrl}#${encodeURIComponent(elementId)}`;
}

/** The id of the (only) page of a collection. */
export function pageId(collectionUrl: string): string {
  return `${collectionUrl}#page-1`;
}

/** The default IRI of a source: its entry in the article's sources list (`…/#source-ft`). */
export function defaultSourceUrl(articleUrl: string, sourceId: string): string {
  return `${articleBaseUrl(articleUrl)}#source-${encodeURIComponent(sourceId)}`;
}
