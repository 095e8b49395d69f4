import type { AstroIntegration } from 'astro';
import { checkContentFolder } from './check-article.ts';
import { formatDiagnostic, formatErrorSummary } from '../diagnostics/diagnostic.ts';

/**
 * Checks every article's file and frontmatter before Astro loads the collection, because Astro
 * alone stops at the first bad frontmatter. When any is wrong, the annotation rules run too, so
 * that one build reports every problem of every article; when all frontmatter is right, the
 * annotations are checked (and their warnings printed) from Astro's own render instead, in
 * `getPublishedArticles`, which saves parsing every article twice.
 * A build with errors fails; `astro dev` prints them and carries on.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'sourced:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        let reports = await checkContentFolder(options.contentDir, { annotations: false });
        if (reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'))) {
          reports = await checkContentFolder(options.contentDir);
        }
        const lines = reports.flatMap((report) => report.diagnostics.map((d) => ({ severity: d.severity, text: formatDiagnostic(report.path, d) })));
        const errors = lines.filter((line) => line.severity === 'error').map((line) => line.text);
        const warnings = lines.filter((line) => line.severity === 'warning').map((line) => line.text);
        if (warnings.length > 0) logger.warn(`${warnings.length} warning(s) in articles:\n${warnings.join('\n')}`);
        if (errors.length === 0) {
          logger.info(`${reports.length} article(s): files and frontmatter are valid.`);
          return;
        }
        const message = formatErrorSummary(errors);
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
    },
  };
}
