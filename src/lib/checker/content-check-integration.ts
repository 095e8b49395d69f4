import type { AstroIntegration } from 'astro';
import { checkSite } from './check-content.ts';
import { formatErrorSummary, toReportedProblem } from '../diagnostics/diagnostic.ts';
import { formatWarnings, recordAstroCommand, stopBuild } from '../diagnostics/build-report.ts';
import { recordDevProblems } from '../diagnostics/dev-problems.ts';

/**
 * Checks every article's file and frontmatter before Astro loads the collection, because Astro
 * alone stops at the first bad frontmatter. When any is wrong, the annotation rules run too, so
 * that one build reports every problem of every article; when all frontmatter is right, the
 * annotations are checked (and their warnings printed) from Astro's own render instead, in
 * `getPublishedArticles`, which saves parsing every article twice.
 * A build with errors prints the analyst's list and exits 1 (no stack trace); `astro dev` prints
 * them and carries on.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'sourced:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        recordAstroCommand(command);
        if (command !== 'build' && command !== 'dev') return;
        let reports = await checkSite(options.contentDir, { annotations: false });
        if (reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'))) {
          reports = await checkSite(options.contentDir);
        }
        const problems = reports.flatMap((report) => report.diagnostics.map((d) => toReportedProblem(report.path, d)));
        const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => problem.text);
        const warnings = problems.filter((problem) => problem.severity === 'warning');
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (errors.length === 0) {
          logger.info(`${reports.filter((report) => report.path.endsWith('.md')).length} article(s): files, frontmatter and sources are valid.`);
          return;
        }
        const message = formatErrorSummary(errors);
        if (command === 'build') stopBuild(message);
        // The preview lists them on every page (components/DevProblems.astro) as well.
        recordDevProblems('content-check', message);
        logger.error(message);
      },
    },
  };
}
