import { getCollection, type CollectionEntry } from 'astro:content';
import { fillCallouts, getStoredAnnotations, pluralise, type ArticleAnnotations } from '../annotations/index.ts';
import { buildSourceIndex, type SourceEntry } from '../analysis/source-index.ts';
import { compareNewestFirst } from './article-order.ts';
import { createDeferredArticleRenderer } from '../render/renderer.ts';
import { isDeferred, renderDeferredArticles } from '../render/deferred-render.ts';
import { takeRenderWorkers } from '../render/workers/pool.ts';
import { openArticleRenderCache } from '../render/cache/article-render-cache.ts';
import { formatDiagnostic, formatErrorSummary } from '../diagnostics/diagnostic.ts';
import { expandArticleText, isCompactArticleText, type ArticleText } from '../web-annotations/article-text.ts';

/** An article entry from the `articles` collection. */
export type Article = CollectionEntry<'articles'>;

/** Thrown when one or more articles could not be rendered; the message lists every problem. */
export class ArticleBuildError extends Error {
  override name = 'ArticleBuildError';
}

let published: Promise<Article[]> | undefined;

/**
 * All non-draft articles, newest first, each with its rendered HTML (rendered here, once per
 * build: see deferred-render.ts).
 *
 * An article whose Markdown pipeline fails fails the build, naming every such file (Astro 7
 * itself stores an article it failed to render without `rendered` and still exits 0,
 * withastro/astro#18054).
 */
export function getPublishedArticles(): Promise<Article[]> {
  published ??= loadPublishedArticles();
  return published;
}

async function loadPublishedArticles(): Promise<Article[]> {
  // Entries' file paths are relative to Astro's root, the folder the npm scripts run Astro in.
  // Rendered on the main thread and, for larger sites, worker threads (render/workers/pool.ts).
  const root = process.cwd();
  const entries = await getCollection('articles');
  const workers = takeRenderWorkers(entries.filter(isDeferred).length, root);
  let all: Article[];
  try {
    const start = performance.now();
    const cache = openArticleRenderCache(root);
    all = await renderDeferredArticles(entries, createDeferredArticleRenderer(), root, workers, cache);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    const threads = workers.length === 0 ? 'main thread' : `main thread and ${pluralise(workers.length, 'worker')}`;
    // How many were rendered and how many came from the render cache (render/cache/).
    const counts = cache ? `: ${cache.stats.misses} rendered, ${cache.stats.hits} from the cache,` : ' rendered';
    console.log(`[sourced] ${pluralise(entries.length, 'article')}${counts} in ${seconds} s (${threads}).`);
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
  const unrendered = all.filter((entry) => !entry.rendered);
  if (unrendered.length > 0) {
    const files = unrendered.map((entry) => `  ${entry.filePath ?? entry.id}: the Markdown could not be rendered (see the error logged above)`);
    throw new ArticleBuildError(`${unrendered.length} article(s) failed to render:\n${files.join('\n')}`);
  }
  reportDiagnostics(all);
  return all.filter((entry) => !entry.data.draft).sort(compareNewestFirst);
}

/** The annotation model of an article (claims, quotes, notes). */
export function getAnnotations(article: Article): ArticleAnnotations {
  return getStoredAnnotations(article.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined);
}

/**
 * The plain text of the article's stored HTML (`rendered.html`), as read when the article was
 * rendered (see render/renderer.ts); `undefined` for an article Astro rendered itself
 * (one with a Markdown image), whose text is read from its HTML instead.
 */
export function getArticleText(article: Article): ArticleText | undefined {
  const stored = article.rendered?.metadata?.['articleText'];
  return isCompactArticleText(stored) ? expandArticleText(stored) : undefined;
}

/** The article's HTML as readers get it: the stored HTML with its callouts filled in (see fill-callouts.ts). */
export function getArticleHtml(article: Article): string {
  return fillCallouts(article.rendered?.html ?? '', getAnnotations(article));
}

/** The article with its callouts filled into the rendered HTML, for Astro's `render()`. */
export function withCallouts(article: Article): Article {
  return article.rendered ? { ...article, rendered: { ...article.rendered, html: getArticleHtml(article) } } : article;
}

/**
 * Prints every annotation warning and fails the build once with every annotation error of every
 * article (drafts included: a draft with broken annotations would break when published). The
 * annotation plugin never throws, so this is where annotation problems stop a build.
 */
function reportDiagnostics(entries: readonly Article[]): void {
  const errors: string[] = [];
  const warnings: string[] = [];
  const sorted = [...entries].sort((a, b) => ((a.filePath ?? a.id) < (b.filePath ?? b.id) ? -1 : 1));
  for (const entry of sorted) {
    for (const diagnostic of getAnnotations(entry).diagnostics) {
      (diagnostic.severity === 'error' ? errors : warnings).push(formatDiagnostic(entry.filePath ?? entry.id, diagnostic));
    }
  }
  if (warnings.length > 0) console.warn(`[sourced] ${warnings.length} warning(s) in articles:\n${warnings.join('\n')}`);
  if (errors.length > 0) {
    throw new ArticleBuildError(formatErrorSummary(errors));
  }
}

/** Static paths of the per-article routes (page, annotations, share image): one per published article. */
export async function getArticlePaths(): Promise<{ params: { slug: string }; props: { article: Article } }[]> {
  return (await getPublishedArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/** Every tag used by a published article, with its articles (newest first), tags sorted alphabetically. */
export async function getTagIndex(): Promise<Map<string, Article[]>> {
  const index = new Map<string, Article[]>();
  for (const article of await getPublishedArticles()) {
    for (const tag of article.data.tags) {
      const list = index.get(tag) ?? [];
      list.push(article);
      index.set(tag, list);
    }
  }
  return new Map([...index.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

let sourceIndex: Promise<SourceEntry[]> | undefined;

/**
 * Every source of every published article, merged by id; fails the build, naming the files,
 * when two articles give one id a different name or kind.
 */
export function getSourceIndex(): Promise<SourceEntry[]> {
  sourceIndex ??= getPublishedArticles().then((articles) =>
    buildSourceIndex(
      articles.map((article) => ({
        id: article.id,
        title: article.data.title,
        published: article.data.published,
        filePath: article.filePath ?? article.id,
        sources: article.data.sources,
        annotations: getAnnotations(article),
      })),
    ),
  );
  return sourceIndex;
}
