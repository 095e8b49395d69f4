import type { FeedChannel, FeedItem } from './items.ts';

/** A JSON Feed 1.1 item (the fields Sourced fills). @see https://www.jsonfeed.org/version/1.1/ */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  date_modified?: string;
  tags?: string[];
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** Builds a JSON Feed 1.1 object; the endpoint serialises it. */
export function buildJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.jsonFeedUrl,
    description: channel.description,
    language: channel.language,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: item.published.toISOString(),
      ...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
      ...(item.tags.length > 0 ? { tags: [...item.tags] } : {}),
    })),
  };
}
