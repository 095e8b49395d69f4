/**
 * Words written on things: a banner "saying" them, a sign or a poster that reads them, a hashtag.
 * They are slogans, not anyone's quote ("a banner saying “put it to the people”", "“Where is
 * the mayor?” sign"), so the draft leaves them unmarked.
 */
import type { Quotation } from './quotations.ts';

const THINGS = String.raw`(?:banners?|signs?|placards?|posters?|t-?shirts?|shirts?|slogans?|hashtags?|stickers?|graffiti|billboards?|badges?|caps?|hats?|flags?|murals?|plaques?|inscriptions?)`;
const BEFORE = new RegExp(String.raw`\b${THINGS}\s+(?:[\p{L}’'-]+\s+){0,4}?(?:saying|reading|that (?:read|reads|said|says)|which (?:read|reads|said|says)|with the words|bearing|proclaiming|declaring)\s*[,:]?\s*$`, 'iu');
const AFTER = new RegExp(String.raw`^\s*${THINGS}\b`, 'iu');

/** True when the quotation's words are written on a banner, a sign, a poster (the paragraph's prose, quotations blanked). */
export function isSlogan(masked: string, quotation: Quotation): boolean {
  return BEFORE.test(masked.slice(Math.max(0, quotation.open - 120), quotation.open)) || AFTER.test(masked.slice(quotation.close, quotation.close + 20));
}
