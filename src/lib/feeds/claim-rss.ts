import { SITE_LANGUAGE, SITE_TITLE } from '../../consts.ts';
import { buildClaimFeedItems } from '../claims/claim-feed.ts';
import { getClaimRegistry } from '../site/articles.ts';
import { claimUrls } from '../site/claim-outputs.ts';
import { absoluteUrl, PATHS } from '../site/urls.ts';
import { buildRss } from './rss.ts';

/** `/claims/rss.xml`: new claims and status changes, newest first (claims/claim-feed.ts). */
export async function buildClaimFeed(site: URL | undefined): Promise<string> {
  const items = buildClaimFeedItems(await getClaimRegistry(), claimUrls(site));
  return buildRss(
    {
      title: `${SITE_TITLE}: claims and their status`,
      description: `Every new claim ${SITE_TITLE} tracks and every change of a claim's status, with the reason and the evidence.`,
      language: SITE_LANGUAGE,
      homeUrl: absoluteUrl(PATHS.claims, site),
      rssUrl: absoluteUrl(PATHS.claimFeed, site),
      jsonFeedUrl: absoluteUrl(PATHS.jsonFeed, site),
    },
    items.map((item) => ({ ...item, tags: [] })),
  );
}
