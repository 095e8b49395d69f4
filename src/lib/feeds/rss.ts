import { getRssString } from '@astrojs/rss';
import type { FeedChannel, FeedItem } from './feed-items';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Builds an RSS 2.0 document with the full article in `content:encoded` and a self link. */
export function buildRss(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    trailingSlash: true,
    xmlns: { atom: ATOM_NS },
    customData: [
      `<language>${channel.language}</language>`,
      `<atom:link href="${channel.rssUrl}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      content: item.contentHtml,
      pubDate: item.published,
      categories: [...item.tags],
    })),
  });
}
