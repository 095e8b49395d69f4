/**
 * `npm run check [-- files…] [--format json]`: the analyst's linter. Checks articles with the
 * build's own validation (frontmatter schema and every annotation rule) without an Astro build.
 * Prints `path:line:column  severity  rule-id  message`, sorted, and a summary; exits 1 on any
 * error, 0 on warnings only, 2 on a usage error.
 */
import { resolve, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readDeployConfig } from '../lib/deploy-config';
import { checkArticleFile, checkContentFolder, type ArticleReport } from '../lib/validation/check-article';
import { pluralise } from '../lib/pluralise';
import { formatDiagnostic } from '../lib/validation/diagnostic';

const USAGE = 'Usage: npm run check [-- [--format text|json] [article.md …]]\nWithout files, checks every article in $CONTENT_DIR/articles (default content/articles).';

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

const started = performance.now();
const reports: ArticleReport[] =
  parsed.positionals.length > 0
    ? await Promise.all(parsed.positionals.map((file) => checkArticleFile(resolve(file), relative(process.cwd(), resolve(file)))))
    : await checkContentFolder(readDeployConfig(process.env).contentDir);
reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const seconds = (performance.now() - started) / 1000;

const all = reports.flatMap((report) => report.diagnostics.map((diagnostic) => ({ path: report.path, ...diagnostic })));
const errors = all.filter((d) => d.severity === 'error').length;
const warnings = all.length - errors;

if (format === 'json') {
  console.log(JSON.stringify({ files: reports.length, errors, warnings, seconds: Number(seconds.toFixed(3)), problems: all }, null, 2));
} else {
  for (const report of reports) for (const diagnostic of report.diagnostics) console.log(formatDiagnostic(report.path, diagnostic));
  console.log(`${all.length > 0 ? '\n' : ''}${pluralise(reports.length, 'article')} checked in ${seconds.toFixed(2)} s: ${pluralise(errors, 'error')}, ${pluralise(warnings, 'warning')}.`);
}
process.exit(errors > 0 ? 1 : 0);
