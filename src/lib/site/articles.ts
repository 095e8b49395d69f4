import { getCollection, type CollectionEntry } from 'astro:content';
import { fillCallouts, pluralise, type ArticleAnnotations } from '../annotations/index.ts';
import { readStoredAnnotations } from '../render/article-data.ts';
import { buildSourceIndex, type SourceEntry } from '../analysis/source-index.ts';
import { compareNewestFirst } from './article-order.ts';
import { recordArticleDates, recordClaimDates } from './sitemap-dates.ts';
import { getLastModified } from '../schemas/article.ts';
import { createDeferredArticleRenderer } from '../render/renderer.ts';
import { isDeferred, renderDeferredArticles } from '../render/deferred-render.ts';
import { takeRenderWorkers } from '../render/workers/pool.ts';
import { formatErrorSummary, toReportedProblem } from '../diagnostics/diagnostic.ts';
import { formatWarnings, isAstroBuild, isAstroDev, stopBuild } from '../diagnostics/build-report.ts';
import { recordDevProblems } from '../diagnostics/dev-problems.ts';
import { summariseSiteErrors } from '../checker/check-content.ts';
import { readDeployConfig } from './deploy-config.ts';
import { SourceConflictError } from '../analysis/source-index.ts';
import { forgetTrackedClaims, latestClaimChange, trackClaims, trackedClaims, withCurrentStatuses } from './claim-tracking.ts';
import { findClaimLinkErrors } from './claim-link-errors.ts';
import { restatusClaimElements } from '../claims/live-annotations.ts';
import type { ClaimRegistry } from '../claims/model.ts';
import { getSiteSources, mergeArticleSources, type ShownSource } from './article-sources.ts';

/** The article's sources: its frontmatter's, then the site-wide ones its annotations name (article-sources.ts). */
export async function getArticleSources(article: Article): Promise<Record<string, ShownSource>> {
  return mergeArticleSources(article.data.sources, getAnnotations(article), await getSiteSources());
}
import { openArticleRenderCache } from '../render/cache/article-render-cache.ts';

/** An article entry from the `articles` collection. */
export type Article = CollectionEntry<'articles'>;

/** Thrown in the preview when one or more articles could not be rendered; the message lists every problem. */
export class ArticleBuildError extends Error {
  override name = 'ArticleBuildError';
}

/**
 * Fails on the analyst's errors: a build prints the list and exits 1 without a stack trace;
 * the preview (`astro dev`) records the list for every page to show (dev-problems.ts) and
 * carries on; tests get an {@link ArticleBuildError} carrying the same list.
 */
function failOnArticleErrors(message: string, step = 'annotations'): void {
  if (isAstroBuild()) stopBuild(message);
  if (isAstroDev()) {
    recordDevProblems(step, message);
    return;
  }
  throw new ArticleBuildError(message);
}

let previewed: Promise<Article[]> | undefined;

/**
 * The articles that get a page: the published ones, and in the preview (`astro dev`) the drafts
 * too (marked DRAFT on the page); drafts never reach lists, feeds, the sitemap or a build.
 */
export function getPageArticles(): Promise<Article[]> {
  if (!isAstroDev()) return getPublishedArticles();
  previewed ??= getPublishedArticles().then(() => allRendered ?? []);
  return previewed;
}

/** Every rendered article, drafts included, newest first (set by the last load). */
let allRendered: Article[] | undefined;

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
  // The preview re-checks files, frontmatter and sources on each reload, so its list follows saves.
  if (isAstroDev()) recordDevProblems('content-check', await summariseSiteErrors(readDeployConfig(process.env).contentDir));
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
  // A listing after an edit (the preview) must not read the earlier listing's claim registry.
  forgetTrackedClaims();
  const unrendered = all.filter((entry) => !entry.rendered);
  if (unrendered.length > 0) {
    const files = unrendered.map((entry) => `  ${entry.filePath ?? entry.id}: the Markdown could not be rendered (see the error logged above)`);
    failOnArticleErrors(`${unrendered.length} article(s) failed to render:\n${files.join('\n')}`, 'render');
  } else if (isAstroDev()) recordDevProblems('render', '');
  reportDiagnostics(all);
  const linkErrors = findClaimLinkErrors(all, root);
  if (linkErrors.length > 0) failOnArticleErrors(formatErrorSummary(linkErrors), 'claim-links');
  else if (isAstroDev()) recordDevProblems('claim-links', '');
  allRendered = all.filter((entry) => entry.rendered).sort(compareNewestFirst);
  const publishedArticles = all.filter((entry) => !entry.data.draft).sort(compareNewestFirst);
  const registry = trackClaims(publishedArticles.map((article) => ({ ...article.data, id: article.id, annotations: getAnnotations(article) })));
  recordClaimDates(new Map(registry.claims.map((claim) => [claim.key, claim.lastChanged])));
  recordArticleDates(new Map(publishedArticles.map((article) => [article.id, getArticleLastModified(article) ?? article.data.published])));
  return publishedArticles;
}

/** The annotation model of an article (claims, quotes, notes). */
export function getAnnotations(article: Article): ArticleAnnotations {
  return withCurrentStatuses(article.id, readStoredAnnotations(article.rendered?.metadata));
}

/** Every claim of the site, tracked across articles and over time (claims/registry.ts). */
export async function getClaimRegistry(): Promise<ClaimRegistry> {
  await getPublishedArticles();
  return trackedClaims()!;
}

/**
 * When the article last changed: `updated`, a correction, an update in its frontmatter, or an
 * update in another article of a claim it shows; undefined when it never changed.
 */
export function getArticleLastModified(article: Article): Date | undefined {
  const dates = [getLastModified(article.data), latestClaimChange(article.id, readStoredAnnotations(article.rendered?.metadata), article.data.published)];
  const times = dates.filter((date): date is Date => date !== undefined).map((date) => date.getTime());
  return times.length === 0 ? undefined : new Date(Math.max(...times));
}

/** The article's HTML as the pipeline stored it: callouts are empty placeholders (see fill-callouts.ts). */
export function getStoredHtml(article: Article): string {
  return article.rendered?.html ?? '';
}

/** The article's HTML as readers get it: the stored HTML with its callouts filled in (see fill-callouts.ts). */
export function getArticleHtml(article: Article): string {
  const annotations = getAnnotations(article);
  const html = restatusClaimElements(getStoredHtml(article), readStoredAnnotations(article.rendered?.metadata).claims, annotations.claims);
  return fillCallouts(html, annotations);
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
  const sorted = [...entries].sort((a, b) => ((a.filePath ?? a.id) < (b.filePath ?? b.id) ? -1 : 1));
  const problems = sorted.flatMap((entry) => getAnnotations(entry).diagnostics.map((diagnostic) => toReportedProblem(entry.filePath ?? entry.id, diagnostic)));
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => problem.text);
  if (warnings.length > 0) console.warn(`[sourced] ${formatWarnings(warnings)}`);
  if (errors.length > 0) failOnArticleErrors(formatErrorSummary(errors));
  else if (isAstroDev()) recordDevProblems('annotations', '');
}

/** Static paths of the per-article routes (page, annotations, share image): one per published article. */
export async function getArticlePaths(): Promise<{ params: { slug: string }; props: { article: Article } }[]> {
  return (await getPageArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
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
 * Every source of every published article (site-wide ones included), merged by id; fails the build, naming the files,
 * when two articles give one id a different name or kind.
 */
export function getSourceIndex(): Promise<SourceEntry[]> {
  sourceIndex ??= Promise.all([getPublishedArticles(), getSiteSources()]).then(([articles, site]) => {
    try {
      return buildSourceIndex(
        articles.map((article) => ({
          id: article.id,
          title: article.data.title,
          published: article.data.published,
          filePath: article.filePath ?? article.id,
          sources: mergeArticleSources(article.data.sources, getAnnotations(article), site),
          annotations: getAnnotations(article),
        })),
      );
    } catch (error) {
      if (error instanceof SourceConflictError) failOnArticleErrors(error.message, 'sources');
      throw error;
    }
  });
  return sourceIndex;
}
