/** Ids for claims that another claim answers: the first content words of the claim (`#russia-asked-china`). */
import { slugify } from '../util/slugify.ts';

const SKIP = new Set(['the', 'a', 'an', 'it', 'its', 'that', 'this', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'of', 'to', 'in', 'on', 'for', 'with', 'and', 'there', 'would', 'will', 'could', 'we', 'our', 'they', 'their', 'he', 'she', 'i']);

/** A readable id from a claim's words, unique among `taken`. */
export function claimId(words: string, taken: ReadonlySet<string>): string {
  const base =
    slugify(words, 200)
      .split('-')
      .filter((word) => word && !SKIP.has(word))
      .slice(0, 3)
      .join('-') || 'claim';
  let id = base;
  for (let n = 2; taken.has(id) || /^c\d+$/.test(id); n += 1) id = `${base}-${n}`;
  return id;
}
