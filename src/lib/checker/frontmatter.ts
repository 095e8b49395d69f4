import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isMap, isPair, isScalar, parseDocument, type Document } from 'yaml';
import { articleFieldsSchema, articleSchema, originalSchema } from '../schemas/article.ts';
import { sourceSchema } from '../schemas/source.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { toLineColumn } from '../diagnostics/positions.ts';
import { didYouMean, listValues } from '../diagnostics/did-you-mean.ts';
import { checkClaimUpdates } from './claim-updates.ts';
import { findYamlSlip, preferSlip, type YamlSlip } from '../diagnostics/yaml-slips.ts';

/** The frontmatter of one article, read the way Astro reads it, with every problem found. */
export interface FrontmatterResult {
  /** Raw frontmatter data (as Astro's loader sees it), when it could be read as a mapping. */
  data: Record<string, unknown> | undefined;
  /** The Markdown body, trimmed as Astro trims it. */
  body: string;
  diagnostics: Diagnostic[];
}

/** Known keys at each level of the frontmatter, for did-you-mean hints. */
const ARTICLE_KEYS = Object.keys(articleFieldsSchema.shape);
const ORIGINAL_KEYS = Object.keys(originalSchema.shape);
const SOURCE_KEYS = Object.keys(sourceSchema.shape);

function knownKeys(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return ARTICLE_KEYS;
  if (path.length === 1 && path[0] === 'original') return ORIGINAL_KEYS;
  if (path.length === 2 && path[0] === 'sources') return SOURCE_KEYS;
  return [];
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'text' : typeof value} \`${String(value).slice(0, 60)}\``;
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  date: 'a date such as 2022-03-14',
  boolean: '`true` or `false`',
  number: 'a number',
};

/** Frontmatter fields that hold dates. */
const DATE_PATHS = [['published'], ['updated'], ['original', 'published']] as const;

/** False for a `YYYY-MM-DD` text that names no real day (`2026-02-30`); YAML would roll it over silently. */
export function isRealDate(text: string): boolean {
  const match = /^["']?(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Turns a position in the YAML text into a file position. */
class FrontmatterLocator {
  private parsed: Document | undefined;
  private readonly source: string;
  private readonly yamlStart: number;
  private readonly yamlText: string;

  constructor(source: string, yamlStart: number, yamlText: string) {
    this.source = source;
    this.yamlStart = yamlStart;
    this.yamlText = yamlText;
  }

  /** Parsed only when a position is needed: valid articles never pay for it. */
  private get document(): Document {
    this.parsed ??= parseDocument(this.yamlText, { keepSourceTokens: false, uniqueKeys: false });
    return this.parsed;
  }

  private at(offsetInYaml: number): { line: number; column: number } {
    return toLineColumn(this.source, this.yamlStart + offsetInYaml);
  }

  /** Position of the value at `path`, or of its nearest existing parent. */
  value(path: readonly PropertyKey[]): { line: number; column: number } {
    for (let depth = path.length; depth > 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return this.at(node.range[0]);
      const key = this.key(path.slice(0, depth));
      if (key) return key;
    }
    return this.at(0);
  }

  /** The source text of the scalar at `path`, if there is one. */
  text(path: readonly PropertyKey[]): string | undefined {
    const node = this.document.getIn(path, true);
    return isScalar(node) && node.range ? this.yamlText.slice(node.range[0], node.range[1]) : undefined;
  }

  /** Position of the key that ends `path` (e.g. an unknown key), if present. */
  key(path: readonly PropertyKey[]): { line: number; column: number } | undefined {
    const parent = path.length === 1 ? this.document.contents : this.document.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const name = path.at(-1);
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(name));
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? this.at(range[0]) : undefined;
  }
}

/** A field as authors see it, in backticks: `` `original.url` ``, `` `tags` item 2 ``. */
function fieldName(path: readonly PropertyKey[]): string {
  const index = path.findIndex((part) => typeof part === 'number');
  if (index < 0) return `\`${path.map(String).join('.')}\``;
  return `\`${path.slice(0, index).map(String).join('.')}\` item ${Number(path[index]) + 1}`;
}

/**
 * Reads an article's frontmatter exactly as Astro does (js-yaml through Astro's own helper), then
 * checks it against the article schema, reporting every problem at its file line and column.
 */
export function checkFrontmatter(source: string): FrontmatterResult {
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: string, at: { line: number; column: number }, message: string, hint?: string) =>
    diagnostics.push({ ruleId, severity: 'error', message, hint, ...at });

  if (source.trim() === '') {
    report('empty-file', { line: 1, column: 1 }, 'The file is empty.', 'Start it with a frontmatter block (`---`, the fields, `---`) followed by the article text.');
    return { data: undefined, body: '', diagnostics };
  }

  let parsed: { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string };
  try {
    parsed = parseFrontmatter(source) as typeof parsed;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    // The parser notices a slip where the structure breaks, often lines later: point at the slip.
    const slip = findFrontmatterSlip(source);
    if (slip && (!mark || preferSlip(slip.line, mark.line + 1))) {
      report('frontmatter-syntax', { line: slip.line, column: slip.column }, `The frontmatter is not valid YAML: ${slip.message}.`, slip.hint);
      return { data: undefined, body: '', diagnostics };
    }
    report(
      'frontmatter-syntax',
      mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1, column: 1 },
      `The frontmatter is not valid YAML: ${reason}.`,
      'Check the indentation (spaces, not tabs), the colons after keys, and quote values that contain `: ` or start with a special character.',
    );
    return { data: undefined, body: '', diagnostics };
  }

  if (!parsed.rawFrontmatter && !/^\uFEFF?\s*---/.test(source)) {
    report(
      'no-frontmatter',
      { line: 1, column: 1 },
      'The file has no frontmatter.',
      'Start the file with a `---` line, then `title:`, `description:`, `published:`, `original:` and `sources:`, then another `---` line (see content/README.md).',
    );
    return { data: undefined, body: parsed.content.trim(), diagnostics };
  }

  const raw = parsed.rawFrontmatter;
  // The raw frontmatter starts with the newline after the opening `---`.
  const yamlStart = Math.max(0, source.indexOf(raw)) + (raw.startsWith('\n') ? 1 : raw.startsWith('\r\n') ? 2 : 0);
  const yamlText = source.slice(yamlStart, yamlStart + raw.length);
  // Astro's helper turns a frontmatter that is not a mapping into `{}`: only then read it again.
  const value = (Object.keys(parsed.frontmatter).length === 0 && raw.trim() !== '' ? (parseFrontmatterValue(source) ?? parsed.frontmatter) : parsed.frontmatter) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(
      'frontmatter-not-mapping',
      toLineColumn(source, yamlStart),
      `The frontmatter is ${describeValue(value)}, not a set of \`key: value\` fields.`,
      'Write one field per line, e.g. `title: My headline`.',
    );
    return { data: undefined, body: parsed.content.trim(), diagnostics };
  }
  const data = value as Record<string, unknown>;
  const locate = new FrontmatterLocator(source, yamlStart, yamlText);
  const hasImpossibleDate = [...yamlText.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].some((match) => !isRealDate(match[0]));
  for (const path of hasImpossibleDate ? DATE_PATHS : []) {
    const text = locate.text(path);
    if (text !== undefined && !isRealDate(text)) {
      report('bad-date', locate.value(path), `${fieldName(path)} is \`${text}\`, which is not a real date.`, 'Write it as YYYY-MM-DD with a month from 01 to 12 and a day that month has, e.g. `2022-03-14`.');
    }
  }
  // `updates:` has its own checks with precise messages (claim-updates.ts).
  checkClaimUpdates(data, locate, report);
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path;
      if (path[0] === 'updates') continue;
      const field = fieldName(path);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          const allowed = knownKeys(path);
          report(
            'unknown-field',
            locate.key(keyPath) ?? locate.value(path),
            `${fieldName(keyPath)} is not a frontmatter field.${didYouMean(key, allowed)}`,
            allowed.length > 0 ? `Fields allowed here: ${listValues(allowed)}.` : 'Remove it.',
          );
        }
      } else if (issue.code === 'invalid_key') {
        const id = String(path.at(-1));
        report(
          'bad-source-id',
          locate.key(path) ?? locate.value(path),
          `Source id \`${id}\` is not a lowercase slug.`,
          `Use lowercase letters, digits and single hyphens, e.g. \`${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'us-officials'}\`, and use the same id in \`by=\`.`,
        );
      } else if (getAt(data, path) === undefined && path.length > 0) {
        report(
          'missing-field',
          path.length > 1 ? locate.value(path.slice(0, -1)) : { line: 1, column: 1 },
          `${field} is missing.`,
          `Add \`${String(path.at(-1))}:\` ${path.length > 1 ? `under ${fieldName(path.slice(0, -1))}` : 'to the frontmatter'}${'expected' in issue ? ` (${TYPE_WORDS[String(issue.expected)] ?? String(issue.expected)})` : ''}.`,
        );
      } else if (issue.code === 'invalid_type') {
        report(
          'bad-field-type',
          locate.value(path),
          `${field} must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but it is ${describeValue(getAt(data, path))}.`,
        );
      } else if (issue.code === 'invalid_value') {
        const received = String(getAt(data, path));
        const values = issue.values.map(String);
        report(
          'bad-value',
          locate.value(path),
          `${field} is \`${received}\`, which is not allowed.${didYouMean(received, values)}`,
          `Use ${listValues(values)}.`,
        );
      } else {
        const message = issue.message.startsWith('must') || issue.message.startsWith('lists') ? issue.message : `is not valid: ${issue.message}`;
        const received = getAt(data, path);
        const shown = typeof received === 'string' ? ` (got \`${received.slice(0, 80)}\`)` : '';
        report('bad-field', locate.value(path), `${field} ${message}${shown}.`);
      }
    }
  }
  return { data, body: parsed.content.trim(), diagnostics };
}

/** The first slip (yaml-slips.ts) in the frontmatter, at its file line (the frontmatter starts on line 2). */
function findFrontmatterSlip(source: string): YamlSlip | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const slip = match ? findYamlSlip(match[1] ?? '') : undefined;
  return slip ? { ...slip, line: slip.line + 1 } : undefined;
}

/** Astro's helper turns a non-mapping frontmatter into `{}`; read the real value to say what it was. */
function parseFrontmatterValue(source: string): unknown {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return undefined;
  try {
    const document = parseDocument(match[1] ?? '');
    const contents = document.contents;
    return isMap(contents) ? undefined : document.toJS();
  } catch {
    return undefined;
  }
}
