/**
 * Placeholders that must not be published: the `TODO` texts `npm run new` and `npm run suggest`
 * put in the frontmatter, and the `note="check: …"` remarks `suggest` leaves on claims and terms
 * for review. An error in a published article, a warning in a draft (`draft: true`).
 */
import type { AnnotationContext } from './context.ts';

/** A placeholder word, as the templates write it. */
const TODO = /\bTODO\b/;
/** A review remark left by `npm run suggest`. */
const CHECK_NOTE = /^\s*check:/i;

/** The part of a YAML line before its comment (`# …` after a space, outside quotes). */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') i++;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i);
  }
  return line;
}

/** Each `TODO` in the frontmatter's values (not its comments), with its file line and column and the key of its line. */
export function findFrontmatterTodos(fileSource: string): { line: number; column: number; key: string }[] {
  const lines = fileSource.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!/^---\s*$/.test(lines[0] ?? '')) return [];
  const found: { line: number; column: number; key: string }[] = [];
  const keys: string[] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^---\s*$/.test(line)) break;
    const key = /^(\s*)([\w-]+)\s*:/.exec(line);
    if (key) {
      const depth = (key[1] ?? '').length;
      keys.splice(Math.floor(depth / 2));
      keys[Math.floor(depth / 2)] = key[2] ?? '';
    }
    const match = TODO.exec(withoutComment(line));
    if (match) found.push({ line: index + 1, column: match.index + 1, key: keys.filter(Boolean).join('.') || 'the frontmatter' });
  }
  return found;
}

/** Reports every placeholder of the article: errors when it is published, warnings in a draft. */
export function reportPlaceholders(context: AnnotationContext, frontmatter: Record<string, unknown>): void {
  const draft = frontmatter['draft'] === true;
  const severity = draft ? 'warning' : 'error';
  const until = draft ? 'before you publish (remove `draft: true`)' : 'or keep `draft: true` until it is done';
  if (context.fileSource) {
    for (const todo of findFrontmatterTodos(context.fileSource)) {
      context.report(
        'placeholder',
        todo,
        `\`${todo.key}\` still holds a \`TODO\` placeholder from the article template.`,
        `Replace it with the real text (or remove the field if it is optional), ${until}.`,
        severity,
      );
    }
  }
  const noted = [...context.claims.map((found) => ({ node: found.node, note: found.record.note })), ...context.terms.flatMap((found) => ('attributes' in found.node ? [{ node: found.node, note: found.record.note }] : []))];
  for (const { node, note } of noted) {
    if (!note || !CHECK_NOTE.test(note)) continue;
    context.report(
      'placeholder',
      context.attributePosition(node, 'note'),
      `\`:${node.name}\` note=\`${note.length > 80 ? `${note.slice(0, 79)}…` : note}\` is a review remark left by \`npm run suggest\`.`,
      `Check the annotation against the original and fix it, then remove the \`check:\` note, ${until}.`,
      severity,
    );
  }
}
