import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { builtSite, PROJECT_ROOT } from '../helpers/build-site';
import { $, $$, attr, readPage, readText, text } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

const dist = builtSite('seed');
const PAGE = 'articles/china-military-aid-russia/index.html';
/** The seed report exactly as received (a copy of shared/seeds/000_bcc4e1f61e0c60e7.txt). */
const SEED = readFileSync(`${PROJECT_ROOT}/tests/fixtures/seed-original.txt`, 'utf8');

/** The seed's lines from the teaser to the end, without the site boilerplate. */
function seedParagraphs(): string[] {
  const lines = SEED.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(2, lines.indexOf('You may also like'));
}

/** The article body's paragraphs and headings as readers read them, annotations removed. */
function articleParagraphs(): string[] {
  const body = $(readPage(dist, PAGE), '.article__body');
  visit(body, 'element', (node: Element, index, parent) => {
    const className = attr(node, 'className') ?? '';
    if (parent && index !== undefined && /sourced-callouts|sourced-claim__ref|sourced-term__explain|sourced-note\b/.test(className)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return $$(body, 'p, h2').map(text);
}

describe('the seed article', () => {
  const page = readPage(dist, PAGE);

  test('keeps the seed’s words exactly, paragraph by paragraph, without the site boilerplate', () => {
    expect(articleParagraphs()).toEqual(seedParagraphs());
    expect(text(page)).not.toMatch(/You may also like|Leave a Comment/);
  });

  test('titles the page in the analyst’s voice, quotes the original headline attributed to its outlet, and makes the crossheading a heading', () => {
    expect(text($(page, 'h1'))).toBe('Would China arm Russia? What a translated report of US alarm rests on');
    const original = $(page, '.article__original-headline');
    expect(text(original)).toBe('Original headline, time news: Ukraine war: China apparently ready for military aid for Russia – USA are alarmed – foreign policy');
    expect(text($(original, 'q'))).toBe('Ukraine war: China apparently ready for military aid for Russia – USA are alarmed – foreign policy');
    expect($$(page, '.article__body h2').map(text)).toEqual(['China’s worst-case scenario: Putin toppled']);
  });

  test('says the original’s date is not known instead of inventing one', () => {
    const original = text($(page, '.original'));
    expect(original).toContain('time news');
    expect(original).toContain('Date Not known');
    expect(original).toContain('The original gives no date of publication.');
  });

  test('marks every attributed statement as a claim, each with a callout', () => {
    const claims = $$(page, '[data-claim]');
    expect(claims.length).toBe(14);
    for (const claim of claims) {
      const id = attr(claim, 'dataClaim');
      const callout = $(page, `details[data-callout="${id}"]`);
      expect(attr(claim, 'ariaDescribedBy')).toBe(`callout-${id}`);
      expect(attr($(callout, `#callout-${id}`), 'className')).toBe('sourced-callout__body');
      expect(text(callout)).toMatch(/Unverified|Corroborated|Confirmed|Disputed|Denied/);
    }
  });

  test('attributes the key claims to the right sources and channels', () => {
    const callout = (id: string) => text($(page, `details[data-callout="${id}"]`));
    expect(callout('signal')).toContain('Officials with access to US State Department cables');
    expect(callout('signal')).toContain('Anonymous officials, via Financial Times');
    expect(callout('monitoring')).toContain('A senior US Defense Department official');
    expect(callout('request')).toContain('Disputed');
    expect(callout('request')).toMatch(/Answered by claim \d+ \(denied\).*claim \d+ \(denied\)/);
    expect(callout('embassy-denial')).toContain('Official denial');
    expect(callout('embassy-denial')).toMatch(/Answers claim \d+ \(disputed\)/);
    expect(callout('russia-denial')).toContain('Russian government');
    expect(callout('behind-the-scenes')).toContain('US officials');
    expect(callout('confusion')).toContain('Sergey Radchenko');
    expect(callout('confusion')).toContain('Named expert');
    expect(callout('escalation')).toContain('Steve Tsang');
  });

  test('gathers all 8 quotes in the sidebar, in reading order, with the right speakers', () => {
    const sidebar = $(page, 'section.quote-sidebar');
    expect(text($(sidebar, 'h2'))).toContain('Quotes');
    const entries = $$(sidebar, '[data-quote-entry]');
    expect(entries.map((entry) => attr(entry, 'dataSpeaker'))).toEqual([
      'defense-official',
      'defense-official',
      'chinese-government',
      'chinese-government',
      'radchenko',
      'tsang',
      'tsang',
      'tsang',
    ]);
    expect(text(entries[2]!)).toContain('“regret”');
    expect(text(entries[3]!)).toContain('“security concerns”');
    expect(text(sidebar)).toContain('Steve Tsang: 3 quotes');
    expect(text(sidebar)).toContain('Sergey Radchenko: 1 quote');
    expect(text(sidebar)).toContain('A senior US Defense Department official: 2 quotes');
  });

  test('links each quote to its sidebar entry and back', () => {
    const quotes = $$(page, '.article__body [data-quote]');
    expect(quotes).toHaveLength(8);
    for (const quote of quotes) {
      const id = attr(quote, 'dataQuote');
      expect(attr(quote, 'href')).toBe(`#quote-entry-${id}`);
      const entry = $(page, `#quote-entry-${id}`);
      expect(attr($(entry, 'a.quote-sidebar__context'), 'href')).toBe(`#quote-${id}`);
      expect(text(entry)).toContain(text(quote));
    }
  });

  test('shows the notes with their kinds as labels', () => {
    const labels = $$(page, '.sourced-note__label').map(text);
    expect(labels).toEqual(['Translation note', 'Context', 'Translation note', 'Translation note', 'Caveat']);
    expect(text(page)).toContain('“Xi Jingping” is the original’s spelling.');
  });

  test('lists every declared source with its claims and quotes counted', () => {
    const items = $$(page, '.sources-list__item');
    expect(items).toHaveLength(9);
    const tsang = $(page, '#source-tsang');
    expect(text(tsang)).toContain('3 claims, 3 quotes');
    const ft = $(page, '#source-ft');
    expect(text(ft)).toContain('3 claims (1 of them relayed), 0 quotes');
  });

  test('has no broken link or fragment', () => {
    expect(findBrokenLinks(dist, '/').broken).toEqual([]);
  });

  test('feeds carry the annotations as plain readable HTML and never the directive syntax', () => {
    const rss = readText(dist, 'rss.xml');
    const feed = JSON.parse(readText(dist, 'feed.json'));
    const html: string = feed.items[0].content_html;
    for (const content of [rss, html]) {
      expect(content).not.toMatch(/:claim|:quote|:::note|\{#|by=|sourced-|data-claim|aria-describedby/);
    }
    expect(html).toContain('<sup>[1]</sup>');
    expect(html).toContain('Anonymous officials, via Financial Times. Status: unverified.');
    expect(html).toContain('“I doubt Xi wants to see the war in Ukraine escalate any further” — <strong>Steve Tsang</strong>');
    expect(html).toContain('Instead, he wants Putin to get what he wants without much collateral damage.');
  });
});
