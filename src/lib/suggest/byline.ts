/**
 * The outlet from a byline: "by time news" → time news; "By Jane Smith, Reuters" → Reuters. A
 * byline that only names people gives no outlet. A wire dateline ("ORVANE, March 3 (Meridian
 * Wire) -") names the outlet too.
 */
import { isPersonName } from './names.ts';

export interface OutletGuess {
  outlet?: string;
  /** How it was found, or why not: a YAML comment. */
  reason: string;
}

/** The outlet named in a byline: its last part that is not a person's name. */
export function outletFromByline(byline: string | undefined): OutletGuess {
  if (!byline) return { reason: 'the pasted text has no “by …” line' };
  const parts = byline
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\||·|\s[–—-]\s|\sfor\s|\sand\s|\/)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  // Bylines name people first and the outlet last: "By Lena Marsh, Meridian Wire".
  const outlet = parts.findLast((part) => !isPersonName(part));
  return outlet ? { outlet, reason: `taken from the byline “${byline}”` } : { reason: `the byline “${byline}” names only people` };
}

/** The outlet in a wire dateline at the start of the first paragraph. */
export function outletFromDateline(firstParagraph: string | undefined): OutletGuess {
  const match = /^[\p{Lu}][\p{Lu} .'’-]+,\s+[^()\n]{0,40}\(([^)]+)\)\s*[-–—]/u.exec(firstParagraph ?? '');
  return match ? { outlet: match[1]!.trim(), reason: `taken from the dateline “${match[0].trim()}”` } : { reason: 'no dateline names an outlet' };
}
