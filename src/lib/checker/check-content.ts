/**
 * What `npm run check` and the build both check, in one place: every article file (check-article.ts),
 * the site-wide source files next to them (`sources/<id>.yaml`), and the rules across articles
 * (source-conflicts.ts). The build's content-check integration and the CLI call these functions
 * only, so that check and build report the same problems with the same messages and positions.
 */
import { join, relative, resolve } from 'node:path';
import { findArticleFiles } from '../render/article-files.ts';
import { compareDiagnostics, formatDiagnostic, formatErrorSummary } from '../diagnostics/diagnostic.ts';
import { readSiteSources, siteSourcesFolderFor } from '../sources/site-sources.ts';
import { checkFiles, type ArticleReport, type CheckOptions } from './check-article.ts';
import { findSourceConflicts } from './source-conflicts.ts';

/**
 * Checks the given article files, the site-wide sources of the content folders they belong to,
 * and the rules across them. Reports: the articles in the given order, then the source files.
 * `extraSourceFolders` adds folders whose source files are checked even without articles;
 * `contentDir`'s other articles are read for the claim rules across articles (claim-link-check.ts).
 */
export async function checkContent(
  files: readonly string[],
  options: CheckOptions = {},
  cwd = process.cwd(),
  extraSourceFolders: readonly string[] = [],
  contentDir?: string,
): Promise<ArticleReport[]> {
  const reports = await checkFiles(files, options, cwd, contentDir);
  const byFolder = new Map<string, ArticleReport[]>(extraSourceFolders.map((folder) => [resolve(folder), []]));
  files.forEach((file, index) => {
    const folder = siteSourcesFolderFor(file);
    const report = reports[index];
    if (folder && report) byFolder.set(folder, [...(byFolder.get(folder) ?? []), report]);
  });
  const sourceReports: ArticleReport[] = [];
  for (const [folder, articles] of byFolder) {
    const site = readSiteSources(folder);
    for (const report of site.reports) sourceReports.push({ path: relative(cwd, report.path), diagnostics: [...report.diagnostics] });
    const conflicts = findSourceConflicts(
      articles.map((report) => ({ path: report.path, sources: report.declaredSources ?? [] })),
      site.sources,
      (path) => relative(cwd, path),
    );
    for (const report of articles) {
      const found = conflicts.get(report.path);
      if (found) report.diagnostics = [...report.diagnostics, ...found].sort(compareDiagnostics);
    }
  }
  return [...reports, ...sourceReports];
}

/** Checks a whole content folder: every article in `articles/` and every source file in `sources/`. */
export function checkSite(contentDir: string, options: CheckOptions = {}, cwd = process.cwd()): Promise<ArticleReport[]> {
  return checkContent(findArticleFiles(contentDir), options, cwd, [join(contentDir, 'sources')], contentDir);
}

/**
 * The errors of a content folder's files, frontmatter and sources (no annotation rules: the
 * render reports those), as the build's summary; empty when there are none. The preview calls it
 * on each reload so that its list of problems follows the files as they are saved.
 */
export async function summariseSiteErrors(contentDir: string): Promise<string> {
  const reports = await checkSite(contentDir, { annotations: false });
  const errors = reports.flatMap((report) => report.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(report.path, d)));
  return errors.length > 0 ? formatErrorSummary(errors) : '';
}
