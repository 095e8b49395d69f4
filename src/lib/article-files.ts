/**
 * Which files of `<contentDir>/articles` are articles: Markdown files whose name does not start
 * with `_` (the collection's glob `**\/[^_]*.md`). One definition for the checker and the sitemap.
 */
export function isArticleFile(relativePath: string): boolean {
  return relativePath.endsWith('.md') && !/(^|[/\\])_[^/\\]*$/.test(relativePath);
}
