/**
 * The claims and quotes inside one article's search result. Pagefind returns articles; each
 * claim and quote is a sub-result of its article (search-document.ts), and the document's meta
 * field `parts` carries each one's type, source, status and filter values, so that the search
 * page shows only the claims and quotes that match the reader's filters (Pagefind's filters
 * narrow whole articles). Used by the build (to write `parts`) and by the search page's script.
 */

/** The meta field of a search document that holds its parts. */
export const PARTS_META = 'parts';

/** What the search page knows of one claim or quote besides its text. */
export interface SearchPart {
  /** `Claim` or `Quote`. */
  type: string;
  /** Who said it, as the result shows it. */
  source?: string;
  /** How far a claim is established (claims only). */
  status?: string;
  /** Its values of the filters that can tell parts of one article apart (all but the tag). */
  filters: Record<string, readonly string[]>;
}

/** The parts of one document, by their anchor on the article page (`claim-…`, `quote-…`). */
export type SearchParts = Record<string, SearchPart>;

/** A sub-result as Pagefind's `result.data()` returns it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
}

/** An anchor of a document as Pagefind's `result.data()` returns it. */
export interface PagefindAnchor {
  id: string;
  title?: string;
  text?: string;
  location: number;
}

/** A claim or quote to show under its article. */
export interface ShownPart extends Omit<SearchPart, 'filters'> {
  url: string;
  title: string;
  /** The words found, with `<mark>` around them (a search with words only). */
  excerpt?: string;
}

/** What one article result shows. */
export interface ShownResult {
  /** Whether the article itself is a result (not with a filter for claims or quotes only). */
  article: boolean;
  /** The article's excerpt when its own words matched. */
  excerpt?: string;
  parts: ShownPart[];
}

/** Reads the `parts` meta field (an empty set when it is missing or not what the build wrote). */
export function parseSearchParts(value: string | undefined): SearchParts {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as SearchParts) : {};
  } catch {
    return {};
  }
}

/** Whether a part has every filter value the reader chose (the tag belongs to the whole article). */
export function partMatches(part: SearchPart, filters: Readonly<Record<string, string>>): boolean {
  return Object.entries(filters).every(([name, value]) => name === 'tag' || (part.filters[name] ?? []).includes(value));
}

/** Whether the article itself is a result under the reader's filters (only the result type can rule it out). */
export function articleMatches(filters: Readonly<Record<string, string>>): boolean {
  return filters['type'] === undefined || filters['type'] === 'Article';
}

/**
 * What to show of one article that Pagefind found: with words searched, the sub-results whose
 * words matched (the article's own text, then its claims and quotes in reading order); with
 * filters only, every claim and quote the filters select. Parts the filters rule out are left out.
 */
export function selectShownResult(input: {
  url: string;
  searched: boolean;
  subResults: readonly PagefindSubResult[];
  anchors: readonly PagefindAnchor[];
  parts: SearchParts;
  filters: Readonly<Record<string, string>>;
}): ShownResult {
  const { url, searched, subResults, anchors, parts, filters } = input;
  const article = articleMatches(filters);
  const shown: ShownPart[] = [];
  const seen = new Set<string>();
  const add = (id: string, partUrl: string, title: string, excerpt?: string): void => {
    const part = parts[id];
    if (!part || seen.has(id) || !partMatches(part, filters)) return;
    seen.add(id);
    const { filters: _values, ...described } = part;
    shown.push({ ...described, url: partUrl, title, ...(excerpt === undefined ? {} : { excerpt }) });
  };
  if (!searched) {
    for (const anchor of [...anchors].sort((a, b) => a.location - b.location)) add(anchor.id, `${url}#${anchor.id}`, anchor.title ?? anchor.text ?? '');
    return { article, parts: shown };
  }
  let excerpt: string | undefined;
  for (const sub of subResults) {
    const id = sub.anchor?.id;
    if (id === undefined) excerpt ??= sub.excerpt;
    else add(id, sub.url, sub.title, sub.excerpt);
  }
  return { article, ...(excerpt === undefined ? {} : { excerpt }), parts: shown };
}

/** Whether a result has anything to show. */
export function hasShownResult(result: ShownResult): boolean {
  return result.article || result.parts.length > 0;
}
