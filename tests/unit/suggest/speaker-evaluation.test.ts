/**
 * The real-news evaluation: how quotes and speakers are scored, and that the hand-marked set is
 * what its manifest says (every marked quotation is in its article, the held-out third is fixed).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normaliseQuotation, parseGoldList, sameSpeaker, scoreSpeakers, speakerRates } from '../../../src/lib/suggest/speaker-evaluation';

const MANIFEST = 'tests/fixtures/suggest-news/manifest.json';
/** The set's texts and hand-marked lists live outside the repository (see tests/tools/suggest-news-eval.ts). */
const SET = resolve(process.env['SUGGEST_NEWS_DIR'] || '../shared/suggest-news');
const HAS_TEXTS = existsSync(`${SET}/articles`);

describe('scoring speakers', () => {
  test('quotes match whatever their marks, spacing and final punctuation', () => {
    expect(normaliseQuotation('  It is “done”, ')).toBe(normaliseQuotation('It is "done".'));
    expect(normaliseQuotation('We’re here')).not.toBe(normaliseQuotation('We’re there'));
  });

  test('a speaker is right by name, alias or surname; another person with the surname is wrong', () => {
    expect(sameSpeaker('Ghebreyesus', ['Tedros Adhanom Ghebreyesus'])).toBe(true);
    expect(sameSpeaker('Recep Tayyip Erdoğan', ['Recep Tayyip Erdogan'])).toBe(true);
    expect(sameSpeaker('The State Department', ['United States Department of State', 'State Department'])).toBe(true);
    expect(sameSpeaker('Mary Trump', ['Donald Trump'])).toBe(false);
    expect(sameSpeaker('Captain Monica Rochester', ['Monica Rochester'])).toBe(false);
  });

  test('precision counts quotes on terms against the draft; Unknown speaker is neither right nor wrong', () => {
    const gold = parseGoldList('# header\nAna Ruiz\tDemand is soft\n-\tcrushing\nAna Ruiz|Ruiz\tPrices will fall\nPeter Holm\tIt is worse\n');
    const { counts, misses } = scoreSpeakers(gold, [
      { text: 'Demand is soft,', speaker: 'Ana Ruiz' },
      { text: 'crushing', speaker: 'Ana Ruiz' },
      { text: 'Prices will fall.', speaker: 'Unknown speaker' },
      { text: 'It is worse', speaker: 'Ana Ruiz' },
    ]);
    expect(counts).toEqual({ goldQuotes: 3, suggestedQuotes: 4, matchedQuotes: 3, rightSpeakers: 1, wrongSpeakers: 1, unknownSpeakers: 1 });
    expect(misses.extra.map((quote) => quote.text)).toEqual(['crushing']);
    const rates = speakerRates(counts);
    expect(rates.quotePrecision).toBeCloseTo(3 / 4);
    expect(rates.wrongSpeaker).toBeCloseTo(1 / 3);
    expect(rates.unknownSpeaker).toBeCloseTo(1 / 3);
  });
});

describe('the real-news set', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { articles: { slug: string; split: string; url: string; licence: string; outlet: string; date: string }[] };

  test('the manifest lists at least 20 articles, each with a licence, a URL and a date; the split is the one fixed by the URL hash', () => {
    expect(manifest.articles.length).toBeGreaterThanOrEqual(20);
    for (const article of manifest.articles) {
      expect(article.licence).toMatch(/CC BY|public domain/i);
      expect(article.url).toMatch(/^https:\/\//);
      expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const held = Number.parseInt(createHash('sha1').update(article.url.replace('org/wiki', 'org//wiki')).digest('hex').slice(0, 8), 16) % 3 === 0;
      expect(article.split).toBe(held ? 'held-out' : 'dev');
    }
    const heldOut = manifest.articles.filter((article) => article.split === 'held-out').length;
    expect(heldOut / manifest.articles.length).toBeGreaterThan(0.25);
  });

  test.skipIf(!HAS_TEXTS)('every article of the manifest has its text; every hand-marked quotation is in its article; at least 300 speaker quotes', () => {
    expect(readdirSync(`${SET}/articles`).sort()).toEqual(manifest.articles.map((article) => `${article.slug}.txt`).sort());
    let speakerQuotes = 0;
    for (const article of manifest.articles) {
      const text = readFileSync(`${SET}/articles/${article.slug}.txt`, 'utf8');
      for (const entry of parseGoldList(readFileSync(`${SET}/gold/${article.slug}.tsv`, 'utf8'))) {
        expect(text, `${article.slug}: ${entry.text}`).toContain(entry.text);
        if (entry.speakers) speakerQuotes += 1;
      }
    }
    expect(speakerQuotes).toBeGreaterThanOrEqual(300);
  });
});
