/**
 * Every search record of the site, from the published articles (Astro build only: it reads the
 * content collection).
 */
import { SITE_LANGUAGE } from '../../consts.ts';
import { getAnnotations, getPublishedArticles, type Article } from '../site/articles.ts';
import { PATHS } from '../site/urls.ts';
import { isCompactArticleText, toArticlePlainText } from '../web-annotations/article-text.ts';
import { buildSearchRecords, type SearchRecord } from './search-records.ts';

/** The article's plain text: the one stored when it was rendered, else read from its HTML. */
function plainText(article: Article): string {
  const stored = article.rendered?.metadata?.['articleText'];
  return isCompactArticleText(stored) ? stored.text : toArticlePlainText(article.rendered?.html ?? '');
}

export async function collectSearchRecords(): Promise<SearchRecord[]> {
  return (await getPublishedArticles()).flatMap((article) => {
    const { claims, quotes } = getAnnotations(article);
    return buildSearchRecords(
      {
        id: article.id,
        title: article.data.title,
        description: article.data.description,
        published: article.data.published,
        tags: article.data.tags,
        text: plainText(article),
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
