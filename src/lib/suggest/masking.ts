/**
 * Runs of masking characters pasted from redacted or styled copy ("██", "▇▇", "▒▒▒", "XXXX", "****",
 * "[redacted]"):
 * never part of a source's name or role.
 */
export const MASKING = /[\u2580-\u259F\u25A0-\u25AB▮▬]+|\*{3,}|\bX{3,}\b|_{3,}|\[(?:redacted|removed|name withheld|withheld)\]/gi;

/** The text without masking runs, spaces tidied. */
export function withoutMasking(text: string): string {
  return text.replace(MASKING, ' ').replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}
