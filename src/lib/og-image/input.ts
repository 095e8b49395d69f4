import { stripControlCharacters } from '../util/control-characters.ts';

/** What a share image shows: the analysis's title, the outlet it analyses, its counts and the site's name. */
export interface OgImageInput {
  /** The analysis's title (wrapped, at most four lines, then an ellipsis). */
  title: string;
  /** The outlet of the analysed report, e.g. "time news"; empty when unknown. */
  outlet: string;
  /** How many claims the analysis annotates. */
  claims: number;
  /** How many quotations the analysis annotates. */
  quotes: number;
  /** The site's name, e.g. "Sourced". */
  siteName: string;
}

/** One line of text: control characters removed, runs of white space (line breaks too) made one space. */
function oneLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/gu, ' ').trim();
}

/** A count as a whole number of at least zero (a negative, fractional or non-finite count is a bug upstream). */
function count(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`The share image's ${name} count must be a whole number of at least 0, not ${value}.`);
  }
  return value;
}

/**
 * The input as it is drawn and cached: text on one line without control characters, counts checked.
 * Two inputs that would draw the same image normalize to the same value.
 */
export function normalizeOgImageInput(input: OgImageInput): OgImageInput {
  return {
    title: oneLine(input.title),
    outlet: oneLine(input.outlet),
    claims: count(input.claims, 'claims'),
    quotes: count(input.quotes, 'quotes'),
    siteName: oneLine(input.siteName),
  };
}
