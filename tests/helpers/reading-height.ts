/**
 * How much taller annotations make an article's running text: the same article is built twice,
 * as written and with every `:claim`, `:quote` and `:term` mark removed (their words kept; notes
 * kept), and the height of the text from its first block to its last is compared in Chromium
 * with JavaScript off, at a phone's width and a desktop's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from './build-site';

/** The article's Markdown with its claim, quote and term marks removed (their words kept). */
export function stripAnnotationMarks(markdown: string): string {
  const mark = /:(?:claim|quote|term)\[([^[\]]*)\](?:\{[^{}]*\})?/g;
  let text = markdown;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(mark, '$1');
  }
  return text;
}

/** The articles compared: the seed and fixtures with tables, blockquotes, lists and footnotes. */
export const COMPARED_ARTICLES = [
  { slug: 'china-military-aid-russia', file: 'content/articles/china-military-aid-russia.md' },
  { slug: 'wire-report', file: 'tests/fixtures/sites/basic/articles/wire-report.md' },
  { slug: 'port-strike', file: 'tests/fixtures/reading/articles/port-strike.md' },
] as const;

/** Suffix of the unannotated copy's slug. */
export const UNANNOTATED = '-unannotated';

/** File name → Markdown: each compared article as written and unannotated. */
export function comparisonArticles(): Record<string, string> {
  const articles: Record<string, string> = {};
  for (const { slug, file } of COMPARED_ARTICLES) {
    const markdown = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    articles[`${slug}.md`] = markdown;
    articles[`${slug}${UNANNOTATED}.md`] = stripAnnotationMarks(markdown);
  }
  return articles;
}

/**
 * Height in CSS pixels of an article page's running text: from the top of the body's first
 * block of text to the bottom of its last (paragraphs, headings, lists, tables, quotations,
 * notes and footnotes; callouts excluded, as they are not the text).
 */
export async function runningTextHeight(browser: Browser, url: string, width: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(() => {
      const blocks = Array.from(document.querySelectorAll('.article__body :is(p, h2, h3, li, table, blockquote, pre, hr, .sourced-note)')).filter(
        (element) => !element.closest('.sourced-callouts'),
      );
      const boxes = blocks.map((element) => element.getBoundingClientRect()).filter((box) => box.height > 0);
      return Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
    });
  } finally {
    await context.close();
  }
}
