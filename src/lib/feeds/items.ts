/** Everything a feed needs about the site. */
export interface FeedChannel {
  title: string;
  description: string;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  /** Absolute URL of the home page, including the base path. */
  homeUrl: string;
  rssUrl: string;
  jsonFeedUrl: string;
}

/** One article as it appears in every feed. */
export interface FeedItem {
  /** Absolute article URL; also the item's stable id. */
  url: string;
  title: string;
  summary: string;
  /** The full rendered article, with absolute URLs and no layout-only markup. */
  contentHtml: string;
  published: Date;
  updated?: Date | undefined;
  tags: readonly string[];
}
