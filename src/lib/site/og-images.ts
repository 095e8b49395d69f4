/**
 * The articles' share images as the site serves them (src/pages/articles/[...slug]/og.png.ts):
 * what each image shows, and, in a build, every image the cache lacks drawn ahead on worker
 * threads while the pages are written (og-image/prerender.ts).
 */
import { SITE_TITLE } from '../../consts.ts';
import type { OgImageInput } from '../og-image/input.ts';
import { prerenderOgImages } from '../og-image/prerender.ts';
import { pluralise } from '../util/pluralise.ts';
import { getAnnotations, getArticlePaths, type Article } from './articles.ts';

/** What an article's share image shows. */
export function articleOgImageInput(article: Article): OgImageInput {
  const annotations = getAnnotations(article);
  return {
    title: article.data.title,
    outlet: article.data.original.outlet,
    claims: annotations.claims.length,
    quotes: annotations.quotes.length,
    siteName: SITE_TITLE,
  };
}

let started = false;

/**
 * The share-image route's static paths. Astro asks every route for its paths before it writes
 * any page, so a build starts drawing the missing images here, once, in the background.
 */
export async function getOgImagePaths(): ReturnType<typeof getArticlePaths> {
  const paths = await getArticlePaths();
  if (!started && import.meta.env?.PROD) {
    started = true;
    prerenderOgImages(paths.map(({ props }) => articleOgImageInput(props.article))).then(
      (report) => {
        const missing = report.images - report.cached;
        const drawn =
          missing === 0 ? 'none to draw' : report.workers === 0 ? `${missing} drawn as their pages are written` : `${report.drawn} drawn in ${report.seconds.toFixed(1)} s on ${pluralise(report.workers, 'worker thread')}${report.drawnOnMainThread > 0 ? ` (${report.drawnOnMainThread} on the main thread after a worker stopped)` : ''}`;
        console.log(`[sourced] ${pluralise(report.images, 'share image')}: ${report.cached} from the cache, ${drawn}.`);
      },
      (error: unknown) => console.warn(`[sourced] Share images could not be drawn ahead (each is drawn when its page is written): ${(error as Error).message}`),
    );
  }
  return paths;
}
