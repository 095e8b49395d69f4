/**
 * `npm run check`'s cross-article claim checks (claims/claim-links.ts, the rules the build runs):
 * `same=` naming a missing, draft, own or later article or a missing claim, and updates naming no
 * claim of their article. Articles of the content folder that were not checked serve as targets.
 */
import { resolve, sep } from 'node:path';
import { checkClaimLinks, type LinkedArticle } from '../claims/claim-links.ts';
import { compareDiagnostics } from '../diagnostics/diagnostic.ts';
import { findArticleFiles } from '../render/article-files.ts';
import type { ArticleReport } from './check-article.ts';

/** The article id the build gives a file: its path under the `articles` folder without `.md` (the file name for a file elsewhere). */
export function articleIdOf(filePath: string): string {
  const parts = resolve(filePath).split(sep);
  const index = parts.lastIndexOf('articles');
  const tail = index >= 0 && index < parts.length - 1 ? parts.slice(index + 1) : parts.slice(-1);
  return tail.join('/').replace(/\.md$/i, '').toLowerCase();
}

/**
 * Adds the cross-article problems to the reports of the checked files. `checkOthers` checks the
 * content folder's remaining files (whose own problems are not reported) to know their claims.
 */
export async function addClaimLinkProblems(
  reports: ArticleReport[],
  contentDir: string | undefined,
  checkOthers: (files: string[]) => Promise<ArticleReport[]>,
): Promise<void> {
  const checked = reports.filter((report) => report.links);
  if (checked.length === 0) return;
  const checkedFiles = new Set(checked.map((report) => report.links!.file));
  const others = contentDir ? findArticleFiles(contentDir).filter((file) => !checkedFiles.has(resolve(file))) : [];
  const targets = others.length > 0 ? (await checkOthers(others)).filter((report) => report.links) : [];
  const articles: LinkedArticle[] = [...checked, ...targets].map((report) => report.links!);
  const reportIds = new Set(checked.map((report) => report.links!.id));
  for (const problem of checkClaimLinks(articles, reportIds)) {
    const report = checked.find((candidate) => candidate.links!.path === problem.path);
    report?.diagnostics.push(problem.diagnostic);
  }
  for (const report of checked) report.diagnostics.sort(compareDiagnostics);
}
