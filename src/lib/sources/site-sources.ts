/**
 * Site-wide sources: one YAML file per source in `$CONTENT_DIR/sources/<id>.yaml` (`name`, `kind`,
 * optional `role` and `url`), usable by every article with `by=<id>` / `via=<id>` without
 * declaring it. Read here straight from disk, with every problem at its file line and column, so
 * that `npm run check`, the build's Markdown pipeline (main thread and render workers) and the
 * `sources` content collection all see the same declarations.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isMap, isPair, isScalar, parseDocument, type Document } from 'yaml';
import { sourceSchema } from '../schemas/source.ts';
import { SLUG_PATTERN } from '../schemas/slug.ts';
import { stripControlCharactersDeep } from '../util/control-characters.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { didYouMean, listValues } from '../diagnostics/did-you-mean.ts';
import { toLineColumn } from '../diagnostics/positions.ts';
import { findYamlSlip, preferSlip } from '../diagnostics/yaml-slips.ts';

/** A source declared site-wide, with the file that declares it. */
export interface SiteSource {
  id: string;
  name: string;
  kind: string;
  role?: string | undefined;
  url?: string | undefined;
  /** Path of its YAML file (as found: relative when the folder was given relative). */
  file: string;
}

/** The site-wide sources of one folder, and the problems of its files. */
export interface SiteSourceFolder {
  /** The `sources` folder read (it may not exist). */
  folder: string;
  /** Valid declarations by id, in file-name order. */
  sources: ReadonlyMap<string, SiteSource>;
  /** Problems by file path, in file-name order; files without problems are listed with none. */
  reports: { path: string; diagnostics: Diagnostic[] }[];
}

/** File name endings the `sources` collection reads. */
const EXTENSIONS = ['.yaml', '.yml'];
const SOURCE_KEYS = Object.keys(sourceSchema.shape);

/**
 * The `sources` folder that belongs to an article: next to the `articles` folder the article sits
 * in (`content/articles/x.md` → `content/sources`); `undefined` for a file outside any `articles` folder.
 */
export function siteSourcesFolderFor(articlePath: string): string | undefined {
  let folder = dirname(resolve(articlePath));
  while (basename(folder) !== 'articles') {
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
  return join(dirname(folder), 'sources');
}

/** The source files of a folder, by name; none when it does not exist. */
function listSourceFiles(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => EXTENSIONS.includes(extname(name)) && !name.startsWith('_') && !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

const cache = new Map<string, { signature: string; result: SiteSourceFolder }>();

/**
 * Reads (and caches until a file changes) the site-wide sources of a folder. Never throws for bad
 * content: problems are diagnostics.
 */
export function readSiteSources(folder: string): SiteSourceFolder {
  const names = listSourceFiles(folder);
  const signature = names
    .map((name) => {
      const stats = statSync(join(folder, name), { throwIfNoEntry: false });
      return `${name}:${stats?.mtimeMs ?? 0}:${stats?.size ?? 0}`;
    })
    .join('\n');
  const cached = cache.get(folder);
  if (cached && cached.signature === signature) return cached.result;
  const sources = new Map<string, SiteSource>();
  const reports: SiteSourceFolder['reports'] = [];
  for (const name of names) {
    const path = join(folder, name);
    const { source, diagnostics } = readSourceFile(path, readFileSync(path, 'utf8'));
    if (source && !sources.has(source.id)) sources.set(source.id, source);
    else if (source) {
      diagnostics.push({
        ruleId: 'duplicate-source-file',
        severity: 'error',
        message: `Source \`${source.id}\` has two files: \`${sources.get(source.id)?.file}\` and this one.`,
        hint: 'Keep one file per source id; delete or rename the other.',
        line: 1,
        column: 1,
      });
    }
    reports.push({ path, diagnostics: diagnostics.sort(compareDiagnostics) });
  }
  const result = { folder, sources, reports };
  cache.set(folder, { signature, result });
  return result;
}

/** Position of the value (or key) at `path` in a YAML document, as a file line and column. */
function locate(document: Document, text: string, path: readonly PropertyKey[], key = false): { line: number; column: number } {
  const parent = path.length <= 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  if (isMap(parent) && path.length > 0) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(path.at(-1)));
    const node = key ? pair?.key : (pair?.value ?? pair?.key);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return toLineColumn(text, range[0]);
  }
  const range = (document.contents as { range?: [number, number, number] } | null)?.range;
  return toLineColumn(text, range?.[0] ?? 0);
}

/** Reads one `sources/<id>.yaml` file: the source when valid, and every problem. */
export function readSourceFile(path: string, rawText: string): { source: SiteSource | undefined; diagnostics: Diagnostic[] } {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: string, at: { line: number; column: number }, message: string, hint?: string) =>
    diagnostics.push({ ruleId, severity: 'error', message, hint, ...at });
  const id = basename(path, extname(path));
  if (!SLUG_PATTERN.test(id)) {
    const suggested = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'us-officials';
    report('bad-source-id', { line: 1, column: 1 }, `The file name \`${basename(path)}\` is not a source id: the name before \`.yaml\` must be a lowercase slug.`, `Rename it, e.g. \`${suggested}.yaml\`, and write \`by=${suggested}\`.`);
  }
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax) {
    const parserAt = toLineColumn(text, syntax.pos[0]);
    // The parser notices an indentation slip where the structure breaks: point at the slip itself.
    const slip = findYamlSlip(text);
    const useSlip = slip !== undefined && preferSlip(slip.line, parserAt.line);
    const at = useSlip ? slip : parserAt;
    const reason = useSlip ? slip.message : syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    report('source-file-syntax', { line: at.line, column: at.column }, `The source file is not valid YAML: ${reason}.`, useSlip ? slip.hint : 'Write one `key: value` per line (`name:`, `kind:`, optionally `role:` and `url:`), indented with spaces.');
    return { source: undefined, diagnostics };
  }
  const data = stripControlCharactersDeep(document.toJS() as unknown);
  const result = sourceSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.') || 'the file';
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          report('unknown-field', locate(document, text, [key], true), `\`${key}\` is not a source field.${didYouMean(key, SOURCE_KEYS)}`, `Fields allowed here: ${listValues(SOURCE_KEYS)}.`);
        }
      } else if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        report('bad-field-type', { line: 1, column: 1 }, 'The source file must be a set of `key: value` fields.', 'Write `name: …` and `kind: …` on their own lines.');
        break;
      } else if ((data as Record<string, unknown>)[String(issue.path[0])] === undefined) {
        report('missing-field', { line: 1, column: 1 }, `\`${field}\` is missing.`, `Add \`${field}:\` to the file.`);
      } else if (issue.code === 'invalid_value') {
        const received = String((data as Record<string, unknown>)[String(issue.path[0])]);
        const values = issue.values.map(String);
        report('bad-value', locate(document, text, issue.path), `\`${field}\` is \`${received}\`, which is not allowed.${didYouMean(received, values)}`, `Use ${listValues(values)}.`);
      } else {
        report('bad-field', locate(document, text, issue.path), `\`${field}\` ${issue.message.startsWith('must') ? issue.message : `is not valid: ${issue.message}`}.`);
      }
    }
    return { source: undefined, diagnostics };
  }
  if (diagnostics.length > 0) return { source: undefined, diagnostics };
  return { source: { id, ...result.data, file: path }, diagnostics };
}

/** Position of a source's `name` in its file (where a conflicting declaration points). */
export function sourceNamePosition(source: SiteSource): { line: number; column: number } {
  try {
    const text = readFileSync(source.file, 'utf8');
    const match = /^name\s*:/m.exec(text);
    return match ? toLineColumn(text, match.index) : { line: 1, column: 1 };
  } catch {
    return { line: 1, column: 1 };
  }
}

/** The valid site-wide sources an article can name (those of the `sources` folder next to its `articles` folder); none outside one. */
export function siteSourcesForArticle(articlePath: string | undefined): ReadonlyMap<string, SiteSource> {
  const folder = articlePath ? siteSourcesFolderFor(articlePath) : undefined;
  return folder ? readSiteSources(folder).sources : new Map();
}
