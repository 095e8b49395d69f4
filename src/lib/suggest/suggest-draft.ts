/**
 * `suggestDraft(text)`: from a published article as plain text to an annotated Markdown draft for
 * an analyst to review. Pure: no files, no clock (the date is passed in).
 */
import { annotateArticle } from './annotate.ts';
import { outletFromByline, outletFromDateline } from './byline.ts';
import { escapeInline } from './markdown-escape.ts';
import { findHedges } from './hedges.ts';
import { parseLayout } from './layout.ts';
import { collectPeople } from './people.ts';
import { renderParagraph, renderQuoteChecks } from './render-body.ts';
import { renderFrontmatter } from './render-frontmatter.ts';
import type { SuggestedSource } from './types.ts';

export interface SuggestOptions {
  /** The analysis's `published` date. */
  today: Date;
  /** Shown in the header comment: where the text came from. */
  inputName?: string;
}

export interface SuggestStats {
  paragraphs: number;
  quotes: number;
  claims: number;
  denials: number;
  sources: number;
  checks: number;
  hedges: number;
}

export interface DraftResult {
  markdown: string;
  stats: SuggestStats;
  sources: SuggestedSource[];
}

/** YYYY-MM-DD of a date in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function suggestDraft(text: string, options: SuggestOptions): DraftResult {
  const layout = parseLayout(text);
  const paragraphs = layout.blocks.map((block) => (block.type === 'paragraph' ? block.text : undefined));
  const bylineGuess = outletFromByline(layout.byline);
  const outletGuess = bylineGuess.outlet ? bylineGuess : outletFromDateline(paragraphs.find((p) => p !== undefined));
  const people = collectPeople(paragraphs.filter((p): p is string => p !== undefined));
  const annotations = annotateArticle(paragraphs, people, outletGuess.outlet);
  const hedges = findHedges(layout.headline, paragraphs.map((p) => p ?? ''));

  const body: string[] = [];
  let checks = 0;
  layout.blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      body.push(`## ${escapeInline(block.text)}`);
      return;
    }
    const { quotes, claims } = annotations.paragraphs[index]!;
    body.push(renderParagraph(block.text, quotes, claims));
    const quoteChecks = renderQuoteChecks(block.text, quotes, claims);
    checks += quoteChecks.length + claims.filter((claim) => claim.checks.length > 0).length;
    if (quoteChecks.length > 0) body.push(quoteChecks.join('\n'));
  });

  const frontmatter = renderFrontmatter({
    title: layout.headline || 'TODO: the headline',
    published: isoDay(options.today),
    ...(outletGuess.outlet ? { outlet: outletGuess.outlet } : {}),
    outletReason: outletGuess.reason === bylineGuess.reason ? bylineGuess.reason : `${bylineGuess.reason}; ${outletGuess.reason}`,
    ...(layout.byline ? { byline: layout.byline } : {}),
    hedges,
    dropped: layout.dropped,
    sources: annotations.sources,
    ...(options.inputName ? { inputName: options.inputName } : {}),
  });

  const all = annotations.paragraphs;
  return {
    markdown: `${frontmatter}\n\n${body.join('\n\n')}\n`,
    sources: annotations.sources,
    stats: {
      paragraphs: paragraphs.filter((p) => p !== undefined).length,
      quotes: all.reduce((n, p) => n + p.quotes.length, 0),
      claims: all.reduce((n, p) => n + p.claims.length, 0),
      denials: all.reduce((n, p) => n + p.claims.filter((c) => c.status === 'denied').length, 0),
      sources: annotations.sources.length,
      checks,
      hedges: hedges.length,
    },
  };
}
