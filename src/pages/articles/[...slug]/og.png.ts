import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/site/articles';
import { articleOgImageInput, getOgImagePaths } from '../../../lib/site/og-images';
import { getOgImage } from '../../../lib/og-image/index';

export const getStaticPaths = getOgImagePaths satisfies GetStaticPaths;

/** The article's 1200×630 share image; cached between builds, so unchanged articles are not re-rendered. */
export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const png = await getOgImage(articleOgImageInput(props.article));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
