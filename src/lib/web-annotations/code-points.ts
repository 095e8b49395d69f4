/**
 * Positions in Web Annotations count Unicode code points, not the UTF-16 code units JavaScript
 * strings are indexed by: “😀” is one character at one position (two code units), so is “é”
 * written as U+00E9 (while `e` + U+0301 is two). These helpers convert between the two.
 */

/** The code points of a text, one string each (a surrogate pair stays together). */
export function toCodePoints(text: string): string[] {
  return Array.from(text);
}

/** The length of a text in code points. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/** The part of a text between two code-point positions (`end` excluded). */
export function sliceCodePoints(text: string | readonly string[], start: number, end?: number): string {
  const points = typeof text === 'string' ? toCodePoints(text) : text;
  return points.slice(start, end).join('');
}

/**
 * A table from UTF-16 offsets to code-point positions for one text: entry `i` is the code-point
 * position of code unit `i` (the length of the text at `text.length`).
 */
export function codePointPositions(text: string): Uint32Array {
  const positions = new Uint32Array(text.length + 1);
  let unit = 0;
  let point = 0;
  for (const character of text) {
    for (let i = 0; i < character.length; i += 1) positions[unit + i] = point;
    unit += character.length;
    point += 1;
  }
  positions[unit] = point;
  return positions;
}
