import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { readStoredAnnotations } from '../render/article-data.ts';
import { checkClaimLinks } from '../claims/claim-links.ts';
import { locateUpdateClaims } from '../claims/update-positions.ts';
import { toReportedProblem } from '../diagnostics/diagnostic.ts';

/**
 * The cross-article claim problems of the build's articles (drafts included), as the lines of
 * the build's error report: the rules of claims/claim-links.ts, which `npm run check` runs too.
 */
export function findClaimLinkErrors(entries: readonly CollectionEntry<'articles'>[], root: string): string[] {
  const problems = checkClaimLinks(
    entries.map((entry) => {
      const path = entry.filePath ?? entry.id;
      return {
        id: entry.id,
        path,
        published: entry.data.published,
        draft: entry.data.draft,
        claims: readStoredAnnotations(entry.rendered?.metadata).claims,
        // Positions are read from the file only for articles with updates.
        updates: entry.data.updates.length > 0 ? locateUpdateClaims(readFileSync(resolve(root, path), 'utf8')) : [],
      };
    }),
  );
  return problems
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.diagnostic.line - b.diagnostic.line || a.diagnostic.column - b.diagnostic.column))
    .map((problem) => toReportedProblem(problem.path, problem.diagnostic).text);
}
