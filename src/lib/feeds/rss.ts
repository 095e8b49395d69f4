import { getRssString } from '@astrojs/rss';
import { stripControlCharacters as clean } from '../util/control-characters.ts';
import type { FeedChannel, FeedItem } from './items.ts';
import { plainTextAsHtml, useHexReferencesInPlainText } from './feed-text.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Builds an RSS 2.0 document with the full article in `content:encoded` and a self link. */
export async function buildRss(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  // Plain text in plain-text elements as character references, plain text in HTML fields escaped
  // as HTML first: no reader sees markup that came from text (see feed-text.ts).
  const xml = await getRssString({
    title: clean(channel.title),
    description: clean(channel.description),
    site: channel.homeUrl,
    trailingSlash: true,
    xmlns: { atom: ATOM_NS },
    customData: [
      `<language>${channel.language}</language>`,
      `<atom:link href="${channel.rssUrl}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      // XML 1.0 forbids control characters: a feed with one is unreadable.
      title: clean(item.title),
      link: item.url,
      // RSS item descriptions are HTML to readers; the summary is plain text.
      description: plainTextAsHtml(clean(item.summary)),
      content: clean(item.contentHtml),
      pubDate: item.published,
      categories: item.tags.map(clean),
      // RSS 2.0 has no update date: Atom's says when an item was updated or corrected.
      ...(item.updated ? { customData: `<atom:updated>${item.updated.toISOString()}</atom:updated>` } : {}),
    })),
  });
  return useHexReferencesInPlainText(xml);
}
