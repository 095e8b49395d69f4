/**
 * Keeps pasted text literal in Markdown: characters that Markdown would read as syntax get a
 * backslash, so the rendered words are exactly the original's.
 */

/**
 * Escapes inline syntax in a run of text: emphasis, code, links, HTML, entities, and colons before a
 * letter (`re:Invent`, a pasted `:claim[…]`), which could start a directive. After an escaped
 * `\:claim`, `\:quote` or `\:note` the bracket stays bare: the article check reads `\:claim[` as text.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<]/g, (char) => `\\${char}`)
    .replace(/~~/g, '\\~\\~')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/:(?=\p{L})/gu, '\\:')
    .replace(/\\:(claim|quote|note)\\\[/g, '\\:$1[');
}

/** Escapes what would start a block at the beginning of a line: headings, lists, quotes, rules. */
export function escapeLineStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)([#>+-])(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
        .replace(/^(\s*)(={2,}|-{2,})\s*$/, '$1\\$2')
        .replace(/^(\s*)(:{3,})/, '$1\\$2'),
    )
    .join('\n');
}
