/**
 * The article schema the preview (`astro dev`) validates with: the build's schema, but an article
 * whose frontmatter is wrong becomes a stand-in (a draft keeping what was valid) instead of
 * stopping the preview server with a stack trace. Its errors are listed at the top of every page
 * by the content check (checker/check-content.ts), and `npm run build` and `npm run check` still
 * fail on them: only the preview is lenient.
 */
import { articleSchema, originalSchema, type ArticleData } from './article.ts';
import { sourceSchema, type Source } from './source.ts';
import { stripControlCharactersDeep } from '../util/control-characters.ts';

/** Keeps what can be kept of invalid frontmatter; the rest gets a placeholder the page shows as such. */
export function toStandInArticle(input: unknown): ArticleData {
  const raw = (input && typeof input === 'object' && !Array.isArray(input) ? stripControlCharactersDeep(input) : {}) as Record<string, unknown>;
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' && value.trim() ? value.trim() : fallback);
  const original = originalSchema.safeParse(raw['original']);
  const sources = raw['sources'] && typeof raw['sources'] === 'object' ? (raw['sources'] as Record<string, unknown>) : {};
  const validSources: Record<string, Source> = {};
  for (const [id, value] of Object.entries(sources)) {
    const source = sourceSchema.safeParse(value);
    if (source.success) validSources[id] = source.data;
  }
  const published = raw['published'] instanceof Date && !Number.isNaN(raw['published'].getTime()) ? raw['published'] : new Date(0);
  return {
    title: text(raw['title'], 'Untitled: the frontmatter has errors'),
    description: text(raw['description'], 'The frontmatter of this article has errors; they are listed at the top of the page.'),
    published,
    tags: [],
    updates: [],
    draft: true,
    original: original.success ? original.data : { outlet: text((raw['original'] as Record<string, unknown> | undefined)?.['outlet'], 'unknown') },
    sources: validSources,
    corrections: [],
  };
}

/** {@link articleSchema}, with {@link toStandInArticle} for frontmatter it refuses. */
export const previewArticleSchema = articleSchema.catch((context) => toStandInArticle(context.value));
