/**
 * The shape of a pasted article: the first line is the headline, a "by …" line near the top is
 * the byline, blank lines separate blocks, trailing site boilerplate is dropped and short
 * standalone title-like lines are crossheadings. The text itself is not changed.
 */
import { dropTrailingBoilerplate } from './boilerplate.ts';
import { looksLikeCrossheading } from './crossheading.ts';

export interface Block {
  type: 'paragraph' | 'heading';
  text: string;
}

export interface ArticleLayout {
  headline: string;
  byline?: string;
  blocks: Block[];
  /** Boilerplate lines dropped from the end. */
  dropped: string[];
}

/** Normalises line endings and removes a byte-order mark. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A byline: "by time news", "By Jane Smith, Reuters". */
export function isByline(line: string): boolean {
  return /^by\s+\S/i.test(line.trim()) && line.trim().length <= 120 && !/[.!?]$/.test(line.trim());
}

/** Splits the pasted text into headline, byline and blocks. */
export function parseLayout(raw: string): ArticleLayout {
  const text = normaliseText(raw);
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\s*\n|\s+$/g, '').replace(/^[ \t]+/, ''))
    .filter((block) => block.trim() !== '');
  const first = blocks.shift() ?? '';
  // The headline is the first line; anything after it in the same block is text.
  const [headline = '', ...rest] = first.split('\n');
  if (rest.length > 0) blocks.unshift(rest.join('\n'));
  let byline: string | undefined;
  const firstLine = blocks[0]?.split('\n')[0] ?? '';
  if (isByline(firstLine)) {
    byline = firstLine.trim();
    const remainder = blocks[0]!.split('\n').slice(1).join('\n');
    if (remainder.trim()) blocks[0] = remainder;
    else blocks.shift();
  }
  const { kept, dropped } = dropTrailingBoilerplate(blocks);
  return {
    headline: headline.trim(),
    ...(byline ? { byline } : {}),
    blocks: kept.map((block) => (looksLikeCrossheading(block) ? { type: 'heading', text: block.trim() } : { type: 'paragraph', text: block })),
    dropped,
  };
}
