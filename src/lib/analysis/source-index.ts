import type { ArticleAnnotations, Claim, Quote } from '../annotations/model.ts';
import { speakersOf } from '../annotations/sourcing.ts';

/** A source as declared in one article's frontmatter. */
export interface DeclaredSource {
  name: string;
  kind: string;
  role?: string | undefined;
  url?: string | undefined;
}

/** What the source index needs to know about one article. */
export interface IndexedArticle {
  id: string;
  title: string;
  published: Date;
  /** Path of the article file, for error messages. */
  filePath: string;
  sources: Readonly<Record<string, DeclaredSource>>;
  annotations: Pick<ArticleAnnotations, 'claims' | 'quotes'>;
}

/** One source across the site: the articles that declare it, with its claims and quotes there. */
export interface SourceEntry {
  id: string;
  name: string;
  kind: string;
  /** Roles as declared, without repeats (a role can change between articles). */
  roles: string[];
  url?: string | undefined;
  appearances: { article: IndexedArticle; claims: Claim[]; quotes: Quote[] }[];
}

/** Thrown when articles declare the same source id as different sources. */
export class SourceConflictError extends Error {
  override name = 'SourceConflictError';
}

/**
 * Merges the sources of all articles by id (newest article first within each source), failing
 * with every conflict at once when two articles give one id a different name or kind.
 */
export function buildSourceIndex(articles: readonly IndexedArticle[]): SourceEntry[] {
  const entries = new Map<string, SourceEntry & { declaredIn: { file: string; name: string; kind: string }[] }>();
  for (const article of articles) {
    for (const [id, source] of Object.entries(article.sources)) {
      let entry = entries.get(id);
      if (!entry) {
        entry = { id, name: source.name, kind: source.kind, roles: [], url: source.url, appearances: [], declaredIn: [] };
        entries.set(id, entry);
      }
      entry.declaredIn.push({ file: article.filePath, name: source.name, kind: source.kind });
      if (source.role && !entry.roles.includes(source.role)) entry.roles.push(source.role);
      entry.url ??= source.url;
      entry.appearances.push({
        article,
        claims: article.annotations.claims.filter((claim) => speakersOf(claim).some((speaker) => speaker.id === id) || claim.via?.id === id),
        quotes: article.annotations.quotes.filter((quote) => quote.by.id === id),
      });
    }
  }
  const conflicts: string[] = [];
  for (const entry of entries.values()) {
    const names = new Set(entry.declaredIn.map((d) => `${d.name}\u0000${d.kind}`));
    if (names.size > 1) {
      const lines = entry.declaredIn.map((d) => `  ${d.file}: name \`${d.name}\`, kind \`${d.kind}\``);
      conflicts.push(`Source \`${entry.id}\` is declared differently:\n${lines.join('\n')}`);
    }
  }
  if (conflicts.length > 0) {
    throw new SourceConflictError(
      `${conflicts.length} source id(s) name different sources in different articles. Give each source one id with the same name and kind everywhere, or use different ids:\n${conflicts.join('\n')}`,
    );
  }
  return [...entries.values()]
    .map(({ declaredIn: _declaredIn, ...entry }) => ({
      ...entry,
      appearances: entry.appearances.sort((a, b) => b.article.published.getTime() - a.article.published.getTime() || (a.article.id < b.article.id ? -1 : 1)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}

/** How often a source appears across the site: in how many articles, with how many claims and quotes. */
export function countAppearances(source: Pick<SourceEntry, 'appearances'>): { articles: number; claims: number; quotes: number } {
  return {
    articles: source.appearances.length,
    claims: source.appearances.reduce((sum, appearance) => sum + appearance.claims.length, 0),
    quotes: source.appearances.reduce((sum, appearance) => sum + appearance.quotes.length, 0),
  };
}
