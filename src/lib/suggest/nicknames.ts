/**
 * Whose nickname a quoted name is: "Alan Price, whom everyone calls “Doc”", "Luis “El Toro”
 * Moreno", "Tomas Brell, known as “Duke”". Read from the article's text before the nickname is
 * used as a speaker ("“Doc” shrugged: “…”").
 */
import { escapeRegExp } from '../util/escape-regexp.ts';

const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}`;

/** The full name the nickname was given to in `texts` (paragraphs up to and including the one it is used in), if any. */
export function nicknameOwner(texts: readonly string[], nickname: string): string | undefined {
  const nick = String.raw`[“"]${escapeRegExp(nickname)}[”"]`;
  const introduced = new RegExp(String.raw`(${NAME}),?\s+(?:(?:who|whom)\s+[^.“”"]{0,40}?\s+)?(?:also\s+)?(?:known as|calls?|called|nicknamed|dubbed|aka)\s+${nick}`, 'u');
  const inside = new RegExp(String.raw`(\p{Lu}[\p{L}’'-]+)\s+${nick}\s+(\p{Lu}[\p{L}’'-]+)`, 'u');
  for (const text of texts) {
    const match = introduced.exec(text);
    if (match) return match[1]!.replace(/^(?:The|A|An)\s+/, '');
    const split = inside.exec(text);
    if (split) return `${split[1]} ${split[2]}`;
  }
  return undefined;
}
