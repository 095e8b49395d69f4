/**
 * Every search record of the site, article by article, from the published articles (Astro build
 * only: it reads the content collection).
 */
import { SITE_LANGUAGE } from '../../consts.ts';
import { getAnnotations, getPublishedArticles, getStoredHtml } from '../site/articles.ts';
import { PATHS } from '../site/urls.ts';
import { articlePlainText } from './article-plain-text.ts';
import { buildSearchRecords, type SearchRecord } from './search-records.ts';

export async function collectSearchRecords(): Promise<SearchRecord[][]> {
  return (await getPublishedArticles()).map((article) => {
    const { claims, quotes } = getAnnotations(article);
    return buildSearchRecords(
      {
        id: article.id,
        title: article.data.title,
        description: article.data.description,
        published: article.data.published,
        tags: article.data.tags,
        text: articlePlainText(getStoredHtml(article)),
        claims,
        quotes,
      },
      // Relative to the site's root, not the host's: Pagefind's script puts the base path in
      // front of every result's URL itself (the folder its pagefind/ bundle is served from).
      `/${PATHS.article(article.id)}`,
      SITE_LANGUAGE,
    );
  });
}
