import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { slug } from 'github-slugger';
import { isArticleFile } from '../render/article-files.ts';
import { articleSchema, getLastModified } from '../schemas/article.ts';

/** The article id Astro's glob loader gives a file path (each segment slugified, extension dropped). */
export function toArticleId(relativePath: string): string {
  return relativePath
    .replace(/\.md$/, '')
    .split(/[/\\]/)
    .map((segment) => slug(segment))
    .join('/');
}

/**
 * Last-modified dates of the published articles under `<contentDir>/articles`, by article id, for
 * the sitemap: `updated` or the newest correction, else the publication date. Files that do not
 * parse are skipped here (the build reports them).
 */
export function readArticleDates(contentDir: string): Map<string, Date> {
  const base = join(contentDir, 'articles');
  const dates = new Map<string, Date>();
  let files: string[];
  try {
    files = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return dates;
  }
  for (const file of files.filter(isArticleFile)) {
    try {
      const result = articleSchema.safeParse(parseFrontmatter(readFileSync(join(base, file), 'utf8')).frontmatter);
      if (!result.success || result.data.draft) continue;
      dates.set(toArticleId(file), getLastModified(result.data) ?? result.data.published);
    } catch {
      // Reported by the article check.
    }
  }
  return dates;
}
