/**
 * The real-news part of `npm run suggest:eval`: runs the suggester on every article listed in
 * tests/fixtures/suggest-news/manifest.json (published Wikinews articles), compares its quotes
 * and speakers with the hand-marked lists, checks every draft with `npm run check`, and prints the
 * figures for the development and held-out parts separately.
 *
 * The articles' texts (`articles/<slug>.txt`) and the hand-marked lists (`gold/<slug>.tsv`) are
 * not in this repository (they are third-party text, kept with the project's shared data): they
 * are read from `$SUGGEST_NEWS_DIR` (default `../shared/suggest-news`, beside the project). Without
 * them this part says so and is skipped.
 *
 * `--verbose` lists the development part's misses. The held-out part's misses are printed only
 * with `--show-held-out`: rules are tuned on the development part alone.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { addSpeakerCounts, parseGoldList, scoreSpeakers, speakerRates, type SpeakerCounts, type SpeakerMisses, type SuggestedQuotation } from '../../src/lib/suggest/speaker-evaluation';
import { stripAnnotations } from '../../src/lib/suggest/strip-annotations';
import { suggestDraft } from '../../src/lib/suggest/suggest-draft';
import { checkArticleFile } from '../../src/lib/checker/check-article';

const MANIFEST = fileURLToPath(new URL('../fixtures/suggest-news/manifest.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the set's texts and hand-marked lists are. */
const SET = resolve(ROOT, process.env['SUGGEST_NEWS_DIR'] || '../shared/suggest-news');

interface ManifestArticle {
  slug: string;
  split: 'dev' | 'held-out';
  outlet: string;
  url: string;
  words: number;
}

interface NewsRow {
  slug: string;
  split: 'dev' | 'held-out';
  counts: SpeakerCounts;
  misses: SpeakerMisses;
  errors: string[];
  milliseconds: number;
  words: number;
}

export const NEWS_TARGETS = { quotePrecision: 0.95, quoteRecall: 0.95, speakerRight: 0.9, wrongSpeaker: 0.05 };

/** Suggested quotes of a draft with their speakers' names. */
export function suggestedQuotations(markdown: string, sources: readonly { id: string; name: string }[]): SuggestedQuotation[] {
  const stripped = stripAnnotations(markdown);
  const names = new Map(sources.map((source) => [source.id, source.name]));
  return stripped.spans
    .filter((span) => span.name === 'quote')
    .map((span) => ({ text: stripped.plain.slice(span.start, span.end), speaker: names.get(span.attributes['by'] ?? '') ?? span.attributes['by'] ?? '' }));
}

export async function runNewsEvaluation(options: { verbose: boolean; showHeldOut: boolean }): Promise<{ failed: boolean }> {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { articles: ManifestArticle[] };
  if (!existsSync(join(SET, 'articles'))) {
    console.log(`\nReal news: skipped. The set's texts and hand-marked lists are not at ${SET} (set SUGGEST_NEWS_DIR; see README).`);
    return { failed: false };
  }
  const scratch = mkdtempSync(join(tmpdir(), 'suggest-news-eval-'));
  const rows: NewsRow[] = [];
  for (const article of manifest.articles) {
    const text = readFileSync(join(SET, 'articles', `${article.slug}.txt`), 'utf8');
    const gold = parseGoldList(readFileSync(join(SET, 'gold', `${article.slug}.tsv`), 'utf8'));
    const started = performance.now();
    const draft = suggestDraft(text, { today: new Date(2026, 0, 15), inputName: `${article.slug}.txt` });
    const milliseconds = performance.now() - started;
    const { counts, misses } = scoreSpeakers(gold, suggestedQuotations(draft.markdown, draft.sources));
    const draftFile = join(scratch, `${article.slug}.md`);
    writeFileSync(draftFile, draft.markdown);
    const report = await checkArticleFile(draftFile, `${article.slug}.md`);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    rows.push({ slug: article.slug, split: article.split, counts, misses, errors, milliseconds, words: text.split(/\s+/).length });
  }
  rmSync(scratch, { recursive: true, force: true });

  const pct = (value: number) => value.toFixed(2);
  const outlets = new Set(manifest.articles.map((article) => article.outlet));
  console.log(`\nReal news (${SET}: ${rows.length} articles from ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}, hand-marked quotes):`);
  console.log(`${'part'.padEnd(10)} ${'articles'.padEnd(9)} ${'quote prec.'.padEnd(17)} ${'quote recall'.padEnd(17)} ${'speaker right'.padEnd(17)} ${'wrong speaker'.padEnd(17)} ${'unknown'.padEnd(15)} check passes`);
  let failed = false;
  for (const split of ['dev', 'held-out'] as const) {
    const part = rows.filter((row) => row.split === split);
    const counts = addSpeakerCounts(part.map((row) => row.counts));
    const rates = speakerRates(counts);
    const passing = part.filter((row) => row.errors.length === 0).length;
    if (passing < part.length) failed = true;
    console.log(
      [
        split.padEnd(10),
        String(part.length).padEnd(9),
        `${pct(rates.quotePrecision)} (${counts.matchedQuotes}/${counts.suggestedQuotes})`.padEnd(17),
        `${pct(rates.quoteRecall)} (${counts.matchedQuotes}/${counts.goldQuotes})`.padEnd(17),
        `${pct(rates.speakerRight)} (${counts.rightSpeakers}/${counts.matchedQuotes})`.padEnd(17),
        `${pct(rates.wrongSpeaker)} (${counts.wrongSpeakers}/${counts.matchedQuotes})`.padEnd(17),
        `${pct(rates.unknownSpeaker)} (${counts.unknownSpeakers})`.padEnd(15),
        `${passing}/${part.length}`,
      ].join(' '),
    );
  }
  const slowest = rows.reduce((a, b) => (b.milliseconds / b.words > a.milliseconds / a.words ? b : a));
  const total = rows.reduce((sum, row) => sum + row.milliseconds, 0);
  console.log(`Time: ${Math.round(total)} ms for ${rows.length} articles in one process (the first pays for loading the NLP lexicon); slowest per word: ${slowest.slug} (${slowest.words} words, ${Math.round(slowest.milliseconds)} ms).`);
  console.log(`Targets (held-out): quote precision ≥ ${NEWS_TARGETS.quotePrecision}, recall ≥ ${NEWS_TARGETS.quoteRecall}, speaker right ≥ ${NEWS_TARGETS.speakerRight}, wrong speaker ≤ ${NEWS_TARGETS.wrongSpeaker}, every draft passes check.`);

  for (const row of rows) if (row.errors.length > 0) console.log(`  ${row.slug} (${row.split}): npm run check → ${row.errors.length} error(s)${row.split === 'dev' || options.showHeldOut ? `\n      ${row.errors.join('\n      ')}` : ''}`);

  const short = (text: string) => {
    const flat = text.replace(/\s+/g, ' ');
    return `“${flat.length > 70 ? `${flat.slice(0, 69)}…` : flat}”`;
  };
  const listed = rows.filter((row) => (row.split === 'dev' && options.verbose) || (row.split === 'held-out' && options.showHeldOut));
  for (const row of listed) {
    const { missed, extra, wrong, unknown } = row.misses;
    if (missed.length + extra.length + wrong.length + unknown.length === 0) continue;
    console.log(`\n${row.slug} (${row.split}):`);
    for (const entry of missed) console.log(`  missed quote   ${short(entry.text)} by ${entry.speakers?.[0]}`);
    for (const entry of extra) console.log(`  extra quote    ${short(entry.text)} (suggested ${entry.speaker})`);
    for (const { gold, suggested } of wrong) console.log(`  wrong speaker  ${short(gold.text)} gold ${gold.speakers?.[0]}, suggested ${suggested.speaker}`);
    for (const entry of unknown) console.log(`  unknown        ${short(entry.text)} gold ${entry.speakers?.[0]}`);
  }
  return { failed };
}
