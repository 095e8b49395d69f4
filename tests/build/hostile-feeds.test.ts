/**
 * The hostile fixture's feeds read as a feed reader reads them: decode the XML or JSON, then parse
 * the fields readers treat as HTML. Markup typed into plain-text fields (title, description, tags,
 * source names) must come out as text, never as elements or attributes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { builtSite, PROJECT_ROOT } from '../helpers/build-site';
import { readText } from '../helpers/dist';
import { stripControlCharacters } from '../../src/lib/util/control-characters';

const dist = builtSite('hostile');
const source = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/sites/hostile/articles/hostile.md'), 'utf8');
const frontmatter = parseYaml(source.split(/^---$/m)[1]!) as { title: string; description: string; tags: string[]; sources: { evil: { name: string } } };

/** A reader's XML parser: entities and character references decoded once, text kept as it is. */
const xml = new XMLParser({ processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: false, isArray: (name) => name === 'item' || name === 'category' });

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type === 'element') {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(tree);
  return found;
}

/** What a reader that renders the field as HTML would get: no element at all for plain text. */
function expectPlainTextAsHtml(field: string, text: string, where: string): void {
  const tree = fromHtml(field, { fragment: true });
  expect(elements(tree).map((element) => element.tagName), where).toEqual([]);
  expect(toText(tree), where).toBe(text);
}

/** Article HTML: whatever the analyst typed, nothing that runs, loads or hides. */
function expectSafeArticleHtml(html: string, where: string): void {
  const all = elements(fromHtml(html, { fragment: true }));
  expect(all.filter((element) => ['script', 'style', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'link', 'meta', 'base'].includes(element.tagName)).map((element) => element.tagName), where).toEqual([]);
  const handlers = all.flatMap((element) => Object.keys(element.properties).filter((name) => /^on/i.test(name)));
  expect(handlers, where).toEqual([]);
  // Task lists' checkboxes are the only inputs: disabled, from Markdown's `- [ ]`.
  const inputs = all.filter((element) => element.tagName === 'input');
  expect(inputs.every((input) => input.properties['type'] === 'checkbox' && input.properties['disabled'] === true), where).toBe(true);
  const scriptUrls = all.flatMap((element) => ['href', 'src', 'action', 'data', 'cite'].map((name) => String(element.properties[name] ?? ''))).filter((url) => /^\s*(javascript|data|vbscript):/i.test(url));
  expect(scriptUrls, where).toEqual([]);
  const relative = all.flatMap((element) => ['href', 'src'].map((name) => element.properties[name])).filter((url): url is string => typeof url === 'string' && !/^(https?|mailto):/.test(url));
  expect(relative, `${where}: relative URLs`).toEqual([]);
  // A source's name with markup in it is shown as text in the quote list.
  expect(toText(fromHtml(html, { fragment: true })), where).toContain(frontmatter.sources.evil.name);
}

describe('the hostile article in the feeds', () => {
  const rssSource = readText(dist, 'rss.xml');
  const channel = xml.parse(rssSource).rss.channel as { title: string; item: Record<string, unknown>[] };
  const item = channel.item.find((entry) => String(entry['link']).endsWith('/articles/hostile/'))!;
  const feed = JSON.parse(readText(dist, 'feed.json')) as { items: Record<string, unknown>[] };
  const jsonItem = feed.items.find((entry) => String(entry['url']).endsWith('/articles/hostile/'))!;

  test('the fixture really carries markup in its plain-text fields', () => {
    expect(frontmatter.description).toContain('<img src=x onerror=');
    expect(frontmatter.title).toContain('<script>');
    expect(item).toBeDefined();
    expect(jsonItem).toBeDefined();
  });

  test('RSS: the description, which readers parse as HTML, holds the summary as text only', () => {
    expectPlainTextAsHtml(String(item['description']), stripControlCharacters(frontmatter.description).trim(), 'rss description');
  });

  test('RSS: titles and categories are plain text written with character references, as the RSS profile recommends', () => {
    expect(item['title']).toBe(stripControlCharacters(frontmatter.title).trim());
    expect(item['category']).toEqual(frontmatter.tags);
    const rawTitles = [...rssSource.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]!);
    expect(rawTitles.length).toBeGreaterThan(1);
    for (const raw of rawTitles) expect(raw).not.toMatch(/&(lt|gt|amp);/);
    expect(rawTitles.some((raw) => raw.includes('&#x3C;script&#x3E;'))).toBe(true);
  });

  test('RSS: the full article (content:encoded) has no element or attribute that came from text', () => {
    expectSafeArticleHtml(String(item['content:encoded']), 'rss content:encoded');
  });

  test('JSON Feed: title and summary are plain text fields and keep the text; content_html is safe', () => {
    expect(jsonItem['title']).toBe(stripControlCharacters(frontmatter.title).trim());
    expect(jsonItem['summary']).toBe(stripControlCharacters(frontmatter.description).trim());
    expectSafeArticleHtml(String(jsonItem['content_html']), 'json content_html');
  });
});
