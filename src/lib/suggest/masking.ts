/**
 * Runs of masking characters pasted from redacted or styled copy ("██", "▒▒▒", "XXXX", "****"):
 * never part of a source's name or role.
 */
export const MASKING = /[█▓▒░■□▪▮▬]+|\*{3,}|\bX{3,}\b|_{3,}/g;

/** The text without masking runs, spaces tidied. */
export function withoutMasking(text: string): string {
  return text.replace(MASKING, ' ').replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}
