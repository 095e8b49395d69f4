/**
 * C0 control characters other than tab, line feed and carriage return, DEL, and the C1 range:
 * invisible, forbidden in XML 1.0 feeds and in HTML text, and almost always pasted by accident.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text without control characters. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** A copy of plain data (objects, arrays, strings) with control characters removed from every string. */
export function stripControlCharactersDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item) => stripControlCharactersDeep(item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [stripControlCharacters(key), stripControlCharactersDeep(item)])) as T;
  }
  return value;
}
