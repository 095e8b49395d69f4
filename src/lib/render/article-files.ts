import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which files of `<contentDir>/articles` are articles: Markdown files whose name does not start
 * with `_` (the collection's glob `**\/[^_]*.md`). One definition for the checker and the sitemap.
 */
export function isArticleFile(relativePath: string): boolean {
  return relativePath.endsWith('.md') && !/(^|[/\\])_[^/\\]*$/.test(relativePath);
}

/** The article files in a folder and its subfolders (paths joined to the folder), sorted; none when the folder is missing. */
export function listArticleFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter(isArticleFile)
    .map((entry) => join(folder, entry))
    .sort();
}

/** Article files in `<contentDir>/articles`, as the collection's glob finds them, sorted. */
export function findArticleFiles(contentDir: string): string[] {
  return listArticleFiles(join(contentDir, 'articles'));
}
