/**
 * Escaping for HTML written as strings, the way `hast-util-to-html` writes text and
 * double-quoted attribute values with its default options, so HTML built either way is the
 * same byte for byte: in text, `<` and `&` become character references (`&#x3C;`, `&#x26;`); in
 * an attribute value, `"`, `&`, `'` and `` ` ``.
 */
import { stringifyEntities } from 'stringify-entities';

const TEXT_SUBSET = ['<', '&'];
const ATTRIBUTE_SUBSET = ['"', '&', "'", '`'];

/** Text content of an element (not inside `script` or `style`). */
export function escapeHtmlText(value: string): string {
  return stringifyEntities(value, { subset: TEXT_SUBSET });
}

/** An attribute value, to be written between double quotes. */
export function escapeHtmlAttribute(value: string): string {
  return stringifyEntities(value, { subset: ATTRIBUTE_SUBSET, attribute: true });
}
