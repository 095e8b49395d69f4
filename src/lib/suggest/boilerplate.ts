/**
 * Site furniture that follows an article when it is copied from a web page ("You may also like",
 * "Leave a Comment", share buttons). Only short lines that match are dropped, and only at the end.
 */
const BOILERPLATE = [
  /^you may also like:?$/i,
  /^leave a (comment|reply):?$/i,
  /^(related|recommended|more|popular)( articles| stories| posts| news| reading)?:?$/i,
  /^read (more|next|also)\b/i,
  /^see also\b/i,
  /^share( this( article| story| post)?)?( on \w+)?:?$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|email|print|copy link)$/i,
  /^advertisement$/i,
  /^(sign up|subscribe)\b/i,
  /^follow us\b/i,
  /^(\d+ )?comments?$/i,
  /^tags?:/i,
  /^click here\b/i,
  /^(previous|next) (article|post|story)\b/i,
];

/** True for a line of site furniture rather than article text. */
export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 80 && BOILERPLATE.some((pattern) => pattern.test(text));
}

/** Splits trailing boilerplate blocks off the end of a list of blocks. */
export function dropTrailingBoilerplate(blocks: readonly string[]): { kept: string[]; dropped: string[] } {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.split('\n').every((line) => line.trim() === '' || isBoilerplate(line))) end -= 1;
  return { kept: blocks.slice(0, end), dropped: blocks.slice(end).flatMap((block) => block.split('\n').map((line) => line.trim()).filter(Boolean)) };
}
