/**
 * What the search needs of every published article (Astro build only: it reads the content
 * collection): its fields, annotations and stored HTML. Turning them into records and documents
 * (search-inputs.ts) is left to the search indexer's worker, off the thread that writes the pages.
 */
import { getAnnotations, getPublishedArticles, getStoredHtml } from '../site/articles.ts';
import { PATHS } from '../site/urls.ts';
import type { SearchInput } from './search-inputs.ts';

export async function collectSearchInputs(): Promise<SearchInput[]> {
  return (await getPublishedArticles()).map((article) => {
    const { claims, quotes } = getAnnotations(article);
    return {
      id: article.id,
      title: article.data.title,
      description: article.data.description,
      published: article.data.published,
      tags: article.data.tags,
      claims,
      quotes,
      html: getStoredHtml(article),
      // Relative to the site's root, not the host's: Pagefind's script puts the base path in
      // front of every result's URL itself (the folder its pagefind/ bundle is served from).
      url: `/${PATHS.article(article.id)}`,
    };
  });
}
