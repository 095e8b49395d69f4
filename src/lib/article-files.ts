import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Which files of `<contentDir>/articles` are articles: Markdown files whose name does not start
 * with `_` (the collection's glob `**\/[^_]*.md`). One definition for the checker and the sitemap.
 */
export function isArticleFile(relativePath: string): boolean {
  return relativePath.endsWith('.md') && !/(^|[/\\])_[^/\\]*$/.test(relativePath);
}

/** Article files in `<contentDir>/articles`, as the collection's glob finds them, sorted; none when the folder is missing. */
export async function findArticleFiles(contentDir: string): Promise<string[]> {
  const base = join(contentDir, 'articles');
  let entries: string[];
  try {
    entries = await readdir(base, { recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter(isArticleFile)
    .map((entry) => join(base, entry))
    .sort();
}
