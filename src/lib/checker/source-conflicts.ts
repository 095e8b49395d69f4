/**
 * The cross-article source rule, written once for `npm run check` and the build: one source id
 * names one source. The same id with a different `name` or `kind` in a site-wide file
 * (`sources/<id>.yaml`) and an article, or in two articles, is an error at the article's
 * declaration that names the other file with its line and column.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { findSourceKey } from '../diagnostics/positions.ts';
import { sourceNamePosition, type SiteSource } from '../sources/site-sources.ts';
import { sourceSchema } from '../schemas/source.ts';
import { stripControlCharactersDeep } from '../util/control-characters.ts';

/** A source as one article's frontmatter declares it, where its key is. */
export interface DeclaredSourceAt {
  id: string;
  name: string;
  kind: string;
  line: number;
  column: number;
}

/** The sources of raw frontmatter data (already checked against the schema elsewhere), with their positions in the file. */
export function readDeclaredSources(data: Record<string, unknown>, fileSource: string): DeclaredSourceAt[] {
  const sources = data['sources'];
  if (!sources || typeof sources !== 'object' || Array.isArray(sources)) return [];
  return Object.entries(sources as Record<string, unknown>).flatMap(([id, value]) => {
    const entry = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    // A declaration the schema refuses is reported as such; only valid ones are compared.
    const valid = sourceSchema.safeParse(stripControlCharactersDeep(entry));
    return valid.success ? [{ id, name: valid.data.name, kind: valid.data.kind, ...findSourceKey(fileSource, id) }] : [];
  });
}

/** One article's declarations, by the path shown to the analyst. */
export interface ArticleDeclarations {
  path: string;
  sources: readonly DeclaredSourceAt[];
}

/** A declaration somewhere: where, and as what. */
interface Declaration {
  at: string;
  name: string;
  kind: string;
}

const describe = (declaration: Pick<Declaration, 'name' | 'kind'>): string => `\`${declaration.name}\` (kind \`${declaration.kind}\`)`;

/**
 * Every conflicting declaration, as diagnostics by article path. `displayPath` turns a site-wide
 * source file's path into the form shown to the analyst.
 */
export function findSourceConflicts(
  articles: readonly ArticleDeclarations[],
  site: ReadonlyMap<string, SiteSource>,
  displayPath: (path: string) => string = (path) => path,
): Map<string, Diagnostic[]> {
  const first = new Map<string, Declaration>();
  for (const source of site.values()) {
    const at = sourceNamePosition(source);
    first.set(source.id, { at: `${displayPath(source.file)}:${at.line}:${at.column}`, name: source.name, kind: source.kind });
  }
  const found = new Map<string, Diagnostic[]>();
  for (const article of [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    for (const source of article.sources) {
      const earlier = first.get(source.id);
      if (!earlier) {
        first.set(source.id, { at: `${article.path}:${source.line}:${source.column}`, name: source.name, kind: source.kind });
        continue;
      }
      if (earlier.name === source.name && earlier.kind === source.kind) continue;
      const siteWide = site.has(source.id);
      const list = found.get(article.path) ?? [];
      list.push({
        ruleId: 'source-conflict',
        severity: 'error',
        message: `Source \`${source.id}\` is declared here as ${describe(source)}, but ${earlier.at} declares it as ${describe(earlier)}.`,
        hint: siteWide
          ? `One id is one source: remove \`${source.id}\` from this article's \`sources:\` to use the site-wide declaration (keep it only to give a \`role\`, with the same name and kind), or give this source another id.`
          : 'One id is one source: use the same name and kind in both articles, or give one of them another id (a source used by several articles is best declared once, in `sources/<id>.yaml`).',
        line: source.line,
        column: source.column,
      });
      found.set(article.path, list);
    }
  }
  return found;
}
