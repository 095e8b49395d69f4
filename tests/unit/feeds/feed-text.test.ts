import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { buildRss } from '../../../src/lib/feeds/rss';
import { plainTextAsHtml, useHexReferencesInPlainText } from '../../../src/lib/feeds/feed-text';

const HOSTILE = '"><img src=x onerror=alert(1)> & <b>bold</b>';
const reader = new XMLParser({ processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: false, isArray: (name) => name === 'category' });

describe('plain text in feeds', () => {
  test('HTML fields get the text escaped so an HTML parser reads it back as the same text', () => {
    const tree = fromHtml(plainTextAsHtml(HOSTILE), { fragment: true });
    expect(tree.children.every((node) => node.type === 'text')).toBe(true);
    expect(toText(tree)).toBe(HOSTILE);
  });

  test('plain-text RSS elements use hexadecimal references; other elements and attributes are left alone', () => {
    const xml = '<rss a="&amp;"><title>a &amp; &lt;b&gt;</title><description>&lt;p&gt;</description><category>x&lt;y</category></rss>';
    expect(useHexReferencesInPlainText(xml)).toBe('<rss a="&amp;"><title>a &#x26; &#x3C;b&#x3E;</title><description>&lt;p&gt;</description><category>x&#x3C;y</category></rss>');
  });

  test('an RSS item read by a feed reader: the description is text once parsed as HTML; title and tags keep their text', async () => {
    const rss = await buildRss(
      { title: 'Site', description: 'About', language: 'en', homeUrl: 'https://example.org/', rssUrl: 'https://example.org/rss.xml', jsonFeedUrl: 'https://example.org/feed.json' },
      [{ url: 'https://example.org/a/', title: HOSTILE, summary: HOSTILE, contentHtml: '<p>x</p>', published: new Date('2024-01-01'), tags: ['<i>t</i>'] }],
    );
    const item = reader.parse(rss).rss.channel.item;
    const description = fromHtml(item.description, { fragment: true });
    expect(description.children.every((node) => node.type === 'text')).toBe(true);
    expect(toText(description)).toBe(HOSTILE);
    expect(item.title).toBe(HOSTILE);
    expect(item.category).toEqual(['<i>t</i>']);
    expect(item['content:encoded']).toBe('<p>x</p>');
  });
});
