/**
 * `npm run suggest -- original.txt [--out content/articles/<slug>.md] [--force]`: turns a published
 * article, pasted as plain text, into an annotated Markdown draft for an analyst to review
 * (quotes, claims, sources, hedges, `check:` remarks). Without `--out`, prints the draft. With
 * `--out`, writes it (never over an existing file unless `--force`) and runs the article check on
 * it. Exits 0 on success, 1 when the draft has check errors or the file exists, 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { suggestDraft } from '../lib/suggest/suggest-draft.ts';
import { checkArticleFile } from '../lib/checker/check-article.ts';
import { formatDiagnostic } from '../lib/diagnostics/diagnostic.ts';

const USAGE = `Usage: npm run suggest -- original.txt [--out content/articles/<slug>.md] [--force]
Reads a published article as plain text (first line: the headline; a "by …" line: the byline;
paragraphs separated by blank lines; "-" reads it from standard input) and writes an annotated
draft. Without --out, prints it.`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ options: { out: { type: 'string'; short: 'o' }; force: { type: 'boolean' }; help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  fail((error as Error).message);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length !== 1) fail(parsed.positionals.length === 0 ? 'Give the text file of the original article.' : 'Give exactly one text file.');

const fromStdin = parsed.positionals[0] === '-';
const input = fromStdin ? 'standard input' : resolve(parsed.positionals[0]!);
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(fromStdin ? 0 : input));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'ENOENT' ? `${input} does not exist.` : code ? `Cannot read ${relative(process.cwd(), input)}: ${(error as Error).message}` : `${relative(process.cwd(), input)} is not UTF-8 text: save it as UTF-8 and try again.`);
}
if (text.trim() === '') fail(`${relative(process.cwd(), input)} is empty.`);

const draft = suggestDraft(text, { today: new Date(), inputName: fromStdin ? 'standard input' : basename(input) });
const out = parsed.values.out;
if (!out) {
  process.stdout.write(draft.markdown);
  process.exit(0);
}
if (!out.endsWith('.md')) fail(`--out must name a Markdown file ending in .md (got \`${out}\`).`);
const target = resolve(out);
const shown = relative(process.cwd(), target);
if (existsSync(target) && !parsed.values.force) {
  console.error(`${shown} already exists; it was not changed. Choose another --out, or add --force to replace it.`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, draft.markdown);

const { stats } = draft;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `Wrote ${shown} (draft: true): ${plural(stats.paragraphs, 'paragraph')}, ${plural(stats.quotes, 'quote')}, ${plural(stats.claims, 'claim')} (${plural(stats.denials, 'denial')}), ${plural(stats.sources, 'source')}, ${plural(stats.hedges, 'hedge')} listed, ${plural(stats.checks, 'place')} marked "check:".`,
);
// The draft's own TODOs and `check:` remarks (rule `placeholder`) are counted in the line above, not listed.
const diagnostics = (await checkArticleFile(target, shown)).diagnostics.filter((d) => d.ruleId !== 'placeholder');
const errors = diagnostics.filter((d) => d.severity === 'error').length;
for (const diagnostic of diagnostics) console.log(formatDiagnostic(shown, diagnostic));
console.log(`npm run check: ${errors} error(s), ${diagnostics.length - errors} warning(s) besides the placeholders to fill in.`);
console.log(errors > 0 ? 'The draft has errors: fix them (or report the text that caused them) before building.' : `Next: review every annotation (search for "check:"), fill in the TODOs, then npm run check -- ${shown}`);
process.exit(errors > 0 ? 1 : 0);
