import type { AstroIntegration } from 'astro';
import { checkContentFolder } from './check-article';
import { formatDiagnostic } from './diagnostic';

/**
 * Checks every article before Astro loads the collection, so one build reports every
 * frontmatter and annotation problem of every article (Astro alone stops at the first bad
 * frontmatter and lets a failing Markdown plugin pass: withastro/astro#18054).
 * A build with errors fails; `astro dev` prints them and carries on.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'sourced:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const reports = await checkContentFolder(options.contentDir);
        const lines = reports.flatMap((report) => report.diagnostics.map((d) => ({ severity: d.severity, text: formatDiagnostic(report.path, d) })));
        const errors = lines.filter((line) => line.severity === 'error').map((line) => line.text);
        const warnings = lines.filter((line) => line.severity === 'warning').map((line) => line.text);
        if (warnings.length > 0) logger.warn(`${warnings.length} warning(s) in articles:\n${warnings.join('\n')}`);
        if (errors.length === 0) {
          logger.info(`${reports.length} article(s) checked: no errors.`);
          return;
        }
        const message = `${errors.length} error(s) in articles; fix them and build again (content/README.md explains each rule):\n${errors.join('\n')}`;
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
    },
  };
}
