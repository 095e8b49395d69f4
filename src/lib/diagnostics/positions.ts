/**
 * Astro renders an article's body without its frontmatter and trimmed, so Markdown positions
 * start at the body. This returns how many lines of the file come before the body, to turn
 * body lines into file lines.
 */
import { escapeRegExp } from '../util/escape-regexp.ts';
export function getBodyLineOffset(fileSource: string, body: string): number {
  const trimmed = body.trim();
  if (trimmed === '') return 0;
  const normalised = fileSource.replace(/\r\n?/g, '\n');
  const start = findBodyStart(normalised, trimmed.replace(/\r\n?/g, '\n'));
  if (start < 0) return 0;
  let lines = 0;
  for (let i = 0; i < start; i++) if (normalised.charCodeAt(i) === 10) lines++;
  return lines;
}

/** Index of the body in the file, searching after the frontmatter's closing fence. */
function findBodyStart(file: string, body: string): number {
  const fence = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(file.replace(/^\uFEFF/, ''));
  const from = fence ? fence[0].length : 0;
  const index = file.indexOf(body.slice(0, 200), from);
  return index >= 0 ? index : file.indexOf(body.slice(0, 200));
}

/** 1-based line and column of an offset in a string. */
export function toLineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** 1-based line and column of a key in the frontmatter's `sources:` block (line 1 when it cannot be found). */
export function findSourceKey(fileSource: string, id: string): { line: number; column: number } {
  const lines = fileSource.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => /^sources\s*:/.test(line));
  if (start < 0) return { line: 1, column: 1 };
  const key = new RegExp(`^\\s+["']?${escapeRegExp(id)}["']?\\s*:`);
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\S/.test(line) && line.trim() !== '') break;
    if (key.test(line)) return { line: i + 1, column: line.length - line.trimStart().length + 1 };
  }
  return { line: start + 1, column: 1 };
}
