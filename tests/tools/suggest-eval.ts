/**
 * `npm run suggest:eval [-- --verbose]`: how well `npm run suggest` does on articles analysts have
 * annotated. For each annotated article (the seed in content/articles and the fixtures in
 * tests/fixtures/suggest), strips the annotations, runs the suggester on the plain text, and
 * compares: quote precision and recall (exact spans), speaker accuracy, claim recall and precision
 * (Dice overlap ≥ 0.5). Also checks that each draft keeps the text word for word and passes
 * `npm run check`. Prints the figures whatever they are; exits 1 only if a draft has check errors
 * or changed the text.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCounts, evaluate, rates, type Counts, type Misses } from '../../src/lib/suggest/evaluate';
import { stripAnnotations, toPlainArticle, type MarkedSpan } from '../../src/lib/suggest/strip-annotations';
import { suggestDraft } from '../../src/lib/suggest/suggest-draft';
import { checkArticleFile } from '../../src/lib/checker/check-article';
import { runNewsEvaluation } from './suggest-news-eval';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'content/articles/china-military-aid-russia.md');
const FIXTURES = join(ROOT, 'tests/fixtures/suggest');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

const TARGETS = {
  seed: { quoteRecall: 1, speakerAccuracy: 0.9 },
  fixtures: { quoteRecall: 0.9, quotePrecision: 0.9, claimRecall: 0.7 },
};

interface Row {
  name: string;
  group: 'seed' | 'fixture';
  counts: Counts;
  misses: Misses;
  plain: string;
  wordForWord: boolean;
  errors: number;
  warnings: number;
  problems: string[];
}

const articleFiles = [SEED, ...readdirSync(FIXTURES).filter((file) => file.endsWith('.md') && !file.startsWith('_')).sort().map((file) => join(FIXTURES, file))];
const scratch = mkdtempSync(join(tmpdir(), 'suggest-eval-'));
const rows: Row[] = [];

for (const file of articleFiles) {
  const gold = stripAnnotations(readFileSync(file, 'utf8'));
  const text = toPlainArticle(gold);
  const draft = suggestDraft(text, { today: new Date(), inputName: relative(ROOT, file) });
  const suggested = stripAnnotations(draft.markdown);
  const draftFile = join(scratch, `${basename(file, '.md')}.md`);
  writeFileSync(draftFile, draft.markdown);
  const report = await checkArticleFile(draftFile, relative(ROOT, file));
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  const { counts, misses } = evaluate(gold.spans, suggested.spans);
  rows.push({
    name: basename(file, '.md'),
    group: file === SEED ? 'seed' : 'fixture',
    counts,
    misses,
    plain: gold.plain,
    wordForWord: suggested.plain === gold.plain,
    errors: errors.length,
    warnings: report.diagnostics.length - errors.length,
    problems: report.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`),
  });
}
rmSync(scratch, { recursive: true, force: true });

const pct = (value: number) => value.toFixed(2);
const frac = (part: number, whole: number) => `${part}/${whole}`;
function line(name: string, counts: Counts): string {
  const r = rates(counts);
  return [
    name.padEnd(28),
    `${pct(r.quotePrecision)} (${frac(counts.matchedQuotes, counts.suggestedQuotes)})`.padEnd(14),
    `${pct(r.quoteRecall)} (${frac(counts.matchedQuotes, counts.goldQuotes)})`.padEnd(14),
    `${pct(r.speakerAccuracy)} (${frac(counts.rightSpeakers, counts.matchedQuotes)})`.padEnd(14),
    `${pct(r.claimRecall)} (${frac(counts.foundClaims, counts.goldClaims)})`.padEnd(14),
    `${pct(r.claimPrecision)} (${frac(counts.usefulClaims, counts.suggestedClaims)})`,
  ].join(' ');
}

const excerpt = (plain: string, span: MarkedSpan) => {
  const words = plain.slice(span.start, span.end).replace(/\s+/g, ' ');
  return `“${words.length > 70 ? `${words.slice(0, 69)}…` : words}”`;
};

console.log(`${'article'.padEnd(28)} ${'quote prec.'.padEnd(14)} ${'quote recall'.padEnd(14)} ${'speaker acc.'.padEnd(14)} ${'claim recall'.padEnd(14)} claim prec.`);
for (const row of rows) console.log(line(row.name, row.counts));
const seed = addCounts(rows.filter((row) => row.group === 'seed').map((row) => row.counts));
const fixtures = addCounts(rows.filter((row) => row.group === 'fixture').map((row) => row.counts));
console.log('');
console.log(line('SEED', seed));
console.log(line(`FIXTURES (${rows.length - 1} files)`, fixtures));
console.log(line('ALL', addCounts([seed, fixtures])));

console.log('\nDrafts:');
for (const row of rows) {
  console.log(`  ${row.name}: npm run check → ${row.errors} error(s), ${row.warnings} warning(s); text kept word for word: ${row.wordForWord ? 'yes' : 'NO'}`);
  if (row.errors > 0 || verbose) for (const problem of row.problems) console.log(`      ${problem}`);
}

const seedRates = rates(seed);
const fixtureRates = rates(fixtures);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log('\nTargets:');
console.log(`  seed quote recall ${pct(seedRates.quoteRecall)} ≥ ${TARGETS.seed.quoteRecall}: ${verdict(seedRates.quoteRecall >= TARGETS.seed.quoteRecall)}`);
console.log(`  seed speaker accuracy ${pct(seedRates.speakerAccuracy)} ≥ ${TARGETS.seed.speakerAccuracy}: ${verdict(seedRates.speakerAccuracy >= TARGETS.seed.speakerAccuracy)}`);
console.log(`  fixtures quote recall ${pct(fixtureRates.quoteRecall)} ≥ ${TARGETS.fixtures.quoteRecall}: ${verdict(fixtureRates.quoteRecall >= TARGETS.fixtures.quoteRecall)}`);
console.log(`  fixtures quote precision ${pct(fixtureRates.quotePrecision)} ≥ ${TARGETS.fixtures.quotePrecision}: ${verdict(fixtureRates.quotePrecision >= TARGETS.fixtures.quotePrecision)}`);
console.log(`  fixtures claim recall ${pct(fixtureRates.claimRecall)} ≥ ${TARGETS.fixtures.claimRecall}: ${verdict(fixtureRates.claimRecall >= TARGETS.fixtures.claimRecall)}`);

if (verbose) {
  for (const row of rows) {
    const { missedQuotes, extraQuotes, wrongSpeakers, missedClaims } = row.misses;
    if (missedQuotes.length + extraQuotes.length + wrongSpeakers.length + missedClaims.length === 0) continue;
    console.log(`\n${row.name}:`);
    for (const span of missedQuotes) console.log(`  missed quote   ${excerpt(row.plain, span)} by=${span.attributes['by']}`);
    for (const span of extraQuotes) console.log(`  extra quote    ${excerpt(row.plain, span)} by=${span.attributes['by']}`);
    for (const { gold, suggested } of wrongSpeakers) console.log(`  wrong speaker  ${excerpt(row.plain, gold)} gold by=${gold.attributes['by']}, suggested by=${suggested.attributes['by']}`);
    for (const span of missedClaims) console.log(`  missed claim   ${excerpt(row.plain, span)} by=${span.attributes['by']}`);
  }
} else {
  console.log('\nRun with -- --verbose to list every missed quote, wrong speaker and missed claim.');
}

const news = await runNewsEvaluation({ verbose, showHeldOut: process.argv.includes('--show-held-out') });

process.exit(news.failed || rows.some((row) => row.errors > 0 || !row.wordForWord) ? 1 : 0);
