/**
 * The reverse of annotating: from an annotated article to its plain text and the spans its
 * `:claim` and `:quote` directives marked. Other inline directives (`:name[words]{…}`) are reduced
 * to their words; `:::note` and other container blocks, HTML comments and heading marks are
 * removed, backslash escapes undone. Used to evaluate suggestions against analysts' annotations.
 */
import { parse as parseYaml } from 'yaml';

export interface MarkedSpan {
  name: 'claim' | 'quote';
  /** Offsets in `plain`. */
  start: number;
  end: number;
  attributes: Record<string, string>;
}

export interface StrippedArticle {
  frontmatter: Record<string, unknown>;
  /** Plain blocks (paragraphs and headings, without `## `), joined by blank lines. */
  plain: string;
  blocks: { type: 'paragraph' | 'heading'; text: string }[];
  spans: MarkedSpan[];
}

/** `#id by=x note="a b" via='y'` → { id, by, note, via }. */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/#([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g)) {
    if (match[1]) attributes['id'] = match[1];
    else attributes[match[2]!] = match[3] ?? match[4] ?? match[5] ?? '';
  }
  return attributes;
}

/** The offset just after the `}` closing attributes that start at `from` (a `{`), honouring quoted values. */
function attributesEnd(text: string, from: number): number {
  let quote = '';
  for (let index = from + 1; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '}') {
      return index + 1;
    }
  }
  return text.length;
}

/** One block's plain text and its marked spans (offsets relative to the block). */
export function stripInline(markdown: string): { text: string; spans: MarkedSpan[] } {
  let text = '';
  const spans: MarkedSpan[] = [];
  const open: { name: string; start: number; depth: number }[] = [];
  let depth = 0;
  for (let index = 0; index < markdown.length; index += 1) {
    const char = markdown[index]!;
    const rest = markdown.slice(index);
    const directive = /^:([a-z][a-z-]*)\[/.exec(rest);
    if (directive && markdown[index - 1] !== '\\' && markdown[index - 1] !== ':') {
      depth += 1;
      open.push({ name: directive[1]!, start: text.length, depth });
      index += directive[0].length - 1;
      continue;
    }
    if (char === '\\' && index + 1 < markdown.length && /[!-/:-@[-`{-~]/.test(markdown[index + 1]!)) {
      text += markdown[index + 1];
      index += 1;
      continue;
    }
    if (char === '[') depth += 1;
    if (char === ']') {
      const top = open.at(-1);
      if (top && top.depth === depth) {
        open.pop();
        depth -= 1;
        let attributes: Record<string, string> = {};
        if (markdown[index + 1] === '{') {
          const end = attributesEnd(markdown, index + 1);
          attributes = parseAttributes(markdown.slice(index + 2, end - 1));
          index = end - 1;
        }
        if (top.name === 'claim' || top.name === 'quote') spans.push({ name: top.name, start: top.start, end: text.length, attributes });
        continue;
      }
      depth -= 1;
    }
    text += char;
  }
  return { text, spans };
}

function splitFrontmatter(source: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? { yaml: match[1]!, body: source.slice(match[0].length) } : { yaml: '', body: source };
}

/** Removes `:::note` (and any other `:::name`) blocks and HTML comments, and splits the rest into blocks. */
function bodyBlocks(body: string): string[] {
  const lines = body.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const kept: string[] = [];
  let inNote = false;
  for (const line of lines) {
    if (!inNote && /^:::[a-z]/.test(line.trim())) {
      inNote = true;
      continue;
    }
    if (inNote) {
      if (line.trim() === ':::') inNote = false;
      continue;
    }
    kept.push(line);
  }
  return kept
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

export function stripAnnotations(source: string): StrippedArticle {
  const { yaml, body } = splitFrontmatter(source.replace(/\r\n?/g, '\n'));
  const frontmatter = (parseYaml(yaml) as Record<string, unknown> | null) ?? {};
  const blocks: StrippedArticle['blocks'] = [];
  const spans: MarkedSpan[] = [];
  let plain = '';
  for (const block of bodyBlocks(body)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(block);
    const { text, spans: blockSpans } = stripInline(heading ? heading[1]! : block);
    if (plain) plain += '\n\n';
    for (const span of blockSpans) spans.push({ ...span, start: span.start + plain.length, end: span.end + plain.length });
    blocks.push({ type: heading ? 'heading' : 'paragraph', text });
    plain += text;
  }
  return { frontmatter, plain, blocks, spans: spans.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** The article as a pasted plain text: headline, byline, then the blocks. */
export function toPlainArticle(stripped: StrippedArticle): string {
  const original = (stripped.frontmatter['original'] ?? {}) as Record<string, unknown>;
  const title = String(original['title'] ?? stripped.frontmatter['title'] ?? '');
  const byline = original['byline'] ? [String(original['byline'])] : [];
  return `${[title, ...byline, ...stripped.blocks.map((block) => block.text)].join('\n\n')}\n`;
}
