/**
 * The data of `npm run sources`: every source id of the site (site-wide files and articles'
 * frontmatter), with its name, kind, where it is declared and how many articles name it.
 */
import { relative } from 'node:path';
import type { SiteSource } from './site-sources.ts';

/** One article as the listing needs it. */
export interface ListedArticle {
  path: string;
  /** Sources its frontmatter declares. */
  declared: Readonly<Record<string, { name: string; kind: string }>>;
  /** Its Markdown body. */
  body: string;
}

/** One line of the listing. */
export interface ListedSource {
  id: string;
  name: string;
  kind: string;
  /** `sources/<id>.yaml`, or the articles that declare it. */
  declaredIn: string[];
  /** How many articles name it in `by=` or `via=`. */
  articles: number;
}

/** Source ids named by `by=`/`via=` attributes in Markdown (`by=a,b` names both). */
export function findNamedIds(body: string): Set<string> {
  const ids = new Set<string>();
  for (const match of body.matchAll(/\b(?:by|via)=(["']?)([a-z0-9][a-z0-9,-]*)\1/g)) {
    for (const id of (match[2] ?? '').split(',')) if (id.trim()) ids.add(id.trim());
  }
  return ids;
}

/** Every source of the site, by id (site-wide first: their declaration is the one pages show). */
export function listSources(site: ReadonlyMap<string, SiteSource>, articles: readonly ListedArticle[], cwd = process.cwd()): ListedSource[] {
  const entries = new Map<string, ListedSource>();
  for (const source of site.values()) entries.set(source.id, { id: source.id, name: source.name, kind: source.kind, declaredIn: [relative(cwd, source.file)], articles: 0 });
  for (const article of articles) {
    for (const [id, source] of Object.entries(article.declared)) {
      const entry = entries.get(id);
      if (entry) entry.declaredIn.push(article.path);
      else entries.set(id, { id, name: source.name, kind: source.kind, declaredIn: [article.path], articles: 0 });
    }
  }
  for (const article of articles) {
    for (const id of findNamedIds(article.body)) {
      const entry = entries.get(id);
      if (entry) entry.articles++;
    }
  }
  return [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The listing as an aligned text table. */
export function formatSourceTable(sources: readonly ListedSource[]): string {
  const rows = [['id', 'name', 'kind', 'articles', 'declared in'], ...sources.map((s) => [s.id, s.name, s.kind, String(s.articles), s.declaredIn.length > 2 ? `${s.declaredIn.slice(0, 2).join(', ')} and ${s.declaredIn.length - 2} more` : s.declaredIn.join(', ')])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')).join('\n');
}
