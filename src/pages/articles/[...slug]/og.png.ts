import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../../consts';
import { getAnnotations, getArticlePaths, type Article } from '../../../lib/site/articles';
import { getOgImage } from '../../../lib/og-image/index';

export const getStaticPaths = getArticlePaths satisfies GetStaticPaths;

/** The article's 1200×630 share image; cached between builds, so unchanged articles are not re-rendered. */
export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const { article } = props;
  const annotations = getAnnotations(article);
  const png = await getOgImage({
    title: article.data.title,
    outlet: article.data.original.outlet,
    claims: annotations.claims.length,
    quotes: annotations.quotes.length,
    siteName: SITE_TITLE,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
