/**
 * Writes a paragraph back with its suggested directives: `:claim[` and `:quote[` opened and
 * closed at their offsets (a quote inside a claim closes first), the text between escaped.
 */
import { escapeInline, escapeLineStarts } from './markdown-escape.ts';
import type { SuggestedClaim, SuggestedQuote } from './types.ts';

/** An attribute value: bare when it is a plain word, quoted otherwise (single quotes if it contains double ones). */
export function attributeValue(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (/^[\w-]+$/.test(flat)) return flat;
  if (!flat.includes('"')) return `"${flat}"`;
  if (!flat.includes("'")) return `'${flat}'`;
  return `"${flat.replace(/"/g, '”')}"`;
}

export function claimAttributes(claim: SuggestedClaim): string {
  const parts = [
    ...(claim.id ? [`#${claim.id}`] : []),
    `by=${claim.by}`,
    ...(claim.via ? [`via=${claim.via}`] : []),
    `status=${claim.status}`,
    ...(claim.responds ? [`responds=${claim.responds}`] : []),
    ...(claim.checks.length > 0 ? [`note=${attributeValue(`check: ${claim.checks.join('; ')}`)}`] : []),
  ];
  return `{${parts.join(' ')}}`;
}

interface Event {
  at: number;
  /** Sort order among events at the same offset: closes before opens, quotes close before claims, claims open before quotes. */
  order: number;
  text: string;
}

/** The paragraph as Markdown with its directives. */
export function renderParagraph(text: string, quotes: readonly SuggestedQuote[], claims: readonly SuggestedClaim[]): string {
  const events: Event[] = [];
  for (const claim of claims) {
    events.push({ at: claim.start, order: 2, text: ':claim[' });
    events.push({ at: claim.end, order: 1, text: `]${claimAttributes(claim)}` });
  }
  for (const quote of quotes) {
    events.push({ at: quote.start, order: 3, text: ':quote[' });
    events.push({ at: quote.end, order: 0, text: `]{by=${quote.by}}` });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const event of events) {
    out += escapeInline(text.slice(cursor, event.at)) + event.text;
    cursor = event.at;
  }
  out += escapeInline(text.slice(cursor));
  return escapeLineStarts(out);
}

/** HTML comments after a paragraph for quotes whose speaker was inferred (a quote has no `note=`). */
export function renderQuoteChecks(text: string, quotes: readonly SuggestedQuote[], claims: readonly SuggestedClaim[]): string[] {
  return quotes
    .filter((quote) => quote.check && !claims.some((claim) => claim.start <= quote.start && claim.end >= quote.end && claim.checks.includes(quote.check!)))
    .map((quote) => {
      const words = text.slice(quote.start, quote.end).replace(/\s+/g, ' ');
      const excerpt = words.length > 50 ? `${words.slice(0, 49)}…` : words;
      return `<!-- check: quote “${excerpt.replace(/--/g, '–')}” by=${quote.by}: ${quote.check!.replace(/--/g, '–')} -->`;
    });
}
