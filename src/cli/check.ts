/**
 * `npm run check [-- files…] [--format json]`: the analyst's linter. Checks articles with the
 * build's own validation (frontmatter schema and every annotation rule) without an Astro build.
 * Prints `path:line:column  severity  rule-id  message`, sorted, and a summary; exits 1 on any
 * error, 0 on warnings only, 2 on a usage error.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleFiles } from '../lib/render/article-files.ts';
import { readDeployConfig } from '../lib/site/deploy-config.ts';
import { checkContent, checkSite } from '../lib/checker/check-content.ts';
import { pluralise } from '../lib/util/pluralise.ts';
import { formatDiagnostic } from '../lib/diagnostics/diagnostic.ts';

const USAGE = 'Usage: npm run check [-- [--format text|json] [article.md | folder …]]\nWithout files, checks every article in $CONTENT_DIR/articles (default content/articles); a folder stands for the articles in it.';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ options: { format: { type: 'string'; default: string }; help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  fail((error as Error).message);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = parsed.values.format;
if (format !== 'text' && format !== 'json') fail(`Unknown format \`${format}\`: use text or json.`);

/** The files named on the command line; a folder stands for the Markdown articles in it. */
function listGivenFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const full = resolve(path);
    const stats = statSync(full, { throwIfNoEntry: false });
    if (!stats) fail(`\`${path}\` does not exist.`);
    return stats.isDirectory() ? listArticleFiles(full) : [full];
  });
}

const started = performance.now();
const { contentDir } = readDeployConfig(process.env);
// One after another: on two cores, extra threads each load the Markdown parser and end up slower.
// The same checks as the build (checker/check-content.ts): articles, site-wide sources, rules across
// articles; for given files, the content folder's other articles are read too (cross-article claim checks).
const reports = parsed.positionals.length > 0 ? await checkContent(listGivenFiles(parsed.positionals), {}, process.cwd(), [], contentDir) : await checkSite(contentDir);
reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const seconds = (performance.now() - started) / 1000;

const all = reports.flatMap((report) => report.diagnostics.map((diagnostic) => ({ path: report.path, ...diagnostic })));
const errors = all.filter((d) => d.severity === 'error').length;
const warnings = all.length - errors;

if (format === 'json') {
  console.log(JSON.stringify({ files: reports.length, errors, warnings, seconds: Number(seconds.toFixed(3)), problems: all }, null, 2));
} else {
  for (const report of reports) for (const diagnostic of report.diagnostics) console.log(formatDiagnostic(report.path, diagnostic));
  const sourceFiles = reports.filter((report) => !report.path.endsWith('.md')).length;
  const checked = `${pluralise(reports.length - sourceFiles, 'article')}${sourceFiles > 0 ? ` and ${pluralise(sourceFiles, 'source file')}` : ''}`;
  console.log(`${all.length > 0 ? '\n' : ''}${checked} checked in ${seconds.toFixed(2)} s: ${pluralise(errors, 'error')}, ${pluralise(warnings, 'warning')}.`);
}
process.exit(errors > 0 ? 1 : 0);
