/**
 * Plain text (titles, descriptions, tags: frontmatter an analyst typed) placed into feed fields.
 *
 * A feed reader decodes a field's XML or JSON first; what it does next depends on the field:
 *
 * - fields a reader treats as HTML (RSS 2.0 item `<description>`, JSON Feed `content_html`) are
 *   parsed as HTML, so plain text must be HTML-escaped before the XML or JSON escaping, or a
 *   description such as `"><img src=x onerror=…>` reaches the reader as a live element;
 * - fields that are plain text (RSS `<title>` and `<category>`; JSON
 *   Feed `title`, `summary`, `tags`) keep the text as it is. RSS never said whether readers may
 *   read them as HTML, so, as the RSS Advisory Board's profile recommends, `&`, `<` and `>` in them
 *   are written as hexadecimal character references (`&#x26;`, `&#x3C;`, `&#x3E;`): the same text
 *   to an XML parser, and the form the most readers show as text.
 */
import { escapeHtmlText } from '../util/html-text.ts';

/** Plain text for a field readers parse as HTML (RSS item description): `<` and `&` escaped as HTML. */
export function plainTextAsHtml(text: string): string {
  return escapeHtmlText(text);
}

/** The RSS elements whose content is plain text (see the module documentation). */
export const RSS_PLAIN_TEXT_ELEMENTS = ['title', 'category'] as const;

/** XML's named escapes of the three characters and their hexadecimal references. */
const HEX_REFERENCES: Readonly<Record<string, string>> = { '&amp;': '&#x26;', '&lt;': '&#x3C;', '&gt;': '&#x3E;' };

/**
 * The RSS document with `&`, `<` and `>` in the text of the given elements (which have no child
 * elements) written as hexadecimal references instead of `&amp;`, `&lt;`, `&gt;`: an XML parser
 * reads exactly the same text.
 */
export function useHexReferencesInPlainText(xml: string, elements: readonly string[] = RSS_PLAIN_TEXT_ELEMENTS): string {
  const names = elements.map((name) => name.replace(/[^a-z:]/gi, '')).join('|');
  const element = new RegExp(`(<(${names})>)([^<]*)(</\\2>)`, 'g');
  return xml.replace(element, (_match, open: string, _name: string, text: string, close: string) =>
    `${open}${text.replace(/&(?:amp|lt|gt);/g, (escape) => HEX_REFERENCES[escape]!)}${close}`,
  );
}
