/**
 * Source ids for the frontmatter: lowercase slugs, short and readable. A person is known by their
 * surname (`tsang`); anything else by the first significant words of its name
 * (`chinese-embassy-us`, `financial-times`).
 */
import { slugify } from '../util/slugify.ts';
import type { SourceKind } from '../schemas/source.ts';

const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'for', 'to', 'with', 'who', 'which', 'that', 'have', 'has', 'had', 'and', 'on', 'by', 'from', 'its', 'their', 'his', 'her', 'senior', 'two', 'three', 'several', 'some', 'one']);
const MAX_WORDS = 4;

/** The preferred id of a source, before making it unique. */
export function baseSourceId(name: string, kind: SourceKind, isPerson: boolean): string {
  if (isPerson) {
    const surname = name.trim().split(/\s+/).at(-1) ?? name;
    return slugify(surname) || 'source';
  }
  const words = slugify(name, 200)
    .split('-')
    .filter((word) => word && !STOPWORDS.has(word));
  const id = words.slice(0, MAX_WORDS).join('-');
  return id || (kind === 'anonymous' ? 'anonymous-source' : 'source');
}

/** `id`, or `id-2`, `id-3` … when taken. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}
