import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_TITLE } from '../../consts.ts';
import { getAnnotations, getArticleLastModified, getPublishedArticles, getStoredHtml } from '../site/articles.ts';
import { toFeedArticleHtml } from './article-html.ts';
import { absoluteUrl, PATHS } from '../site/urls.ts';
import type { FeedChannel, FeedItem } from './items.ts';

/** How many of the newest articles the feeds carry: feed readers keep older items themselves. */
export const FEED_ITEM_LIMIT = 50;

let feed: Promise<{ channel: FeedChannel; items: FeedItem[] }> | undefined;

/** The site's channel and its newest published articles as feed items; computed once for both feeds. */
export function getSiteFeed(site: URL | undefined): Promise<{ channel: FeedChannel; items: FeedItem[] }> {
  feed ??= buildSiteFeed(site);
  return feed;
}

async function buildSiteFeed(site: URL | undefined): Promise<{ channel: FeedChannel; items: FeedItem[] }> {
  const channel: FeedChannel = {
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    language: SITE_LANGUAGE,
    homeUrl: absoluteUrl(PATHS.home, site),
    rssUrl: absoluteUrl(PATHS.rss, site),
    jsonFeedUrl: absoluteUrl(PATHS.jsonFeed, site),
  };
  const items = (await getPublishedArticles()).slice(0, FEED_ITEM_LIMIT).map((article): FeedItem => {
    const url = absoluteUrl(PATHS.article(article.id), site);
    return {
      url,
      title: article.data.title,
      summary: article.data.description,
      contentHtml: toFeedArticleHtml(getStoredHtml(article), getAnnotations(article), url),
      published: article.data.published,
      updated: getArticleLastModified(article),
      tags: article.data.tags,
    };
  });
  return { channel, items };
}
