/**
 * A crossheading: a short standalone line inside the article that reads as a title, not a
 * sentence ("China’s worst-case scenario: Putin toppled"). It becomes a `## ` heading.
 */
import { countWords } from './quotations.ts';

const MAX_WORDS = 10;

/** True when a one-line block looks like a crossheading rather than a paragraph. */
export function looksLikeCrossheading(block: string): boolean {
  const text = block.trim();
  if (text.includes('\n') || text.length === 0) return false;
  const words = countWords(text);
  if (words === 0 || words > MAX_WORDS) return false;
  // Sentences end with punctuation; headings do not.
  if (/[.!?;,:…"”)\]]$/.test(text)) return false;
  // Headings start with a capital letter (or an opening quotation mark before one).
  if (!/^[‘“'"]?\p{Lu}/u.test(text)) return false;
  // Transcript turns ("Q: …", "KORVEL: …") and datelines are not headings.
  if (/^[\p{Lu} .'-]{1,40}:\s/u.test(text)) return false;
  return true;
}
