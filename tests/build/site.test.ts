import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { builtSite, TEST_SITE_URL } from '../helpers/build-site';
import { $, $$, attr, listFiles, listPages, readPage, readText, text } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

const ARTICLES_NEWEST_FIRST = ['field-notes', 'wire-report'];
const DRAFT_MARKERS = ['Zanzibarian', 'zanzibar-draft', 'draft-only-tag'];

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'url', 'sitemap', 'atom:link'].includes(name) });

describe.each([
  { build: 'fixtures' as const, base: '/' },
  { build: 'fixtures-sub' as const, base: '/sub/' },
])('a site built from fixture articles under $base', ({ build, base }) => {
  const dist = builtSite(build);
  const absolute = (path: string) => `${TEST_SITE_URL}${base}${path}`;

  test('has every page and output', () => {
    const files = listFiles(dist);
    for (const file of [
      'index.html',
      '404.html',
      'articles/wire-report/index.html',
      'articles/field-notes/index.html',
      'tags/index.html',
      'tags/europe/index.html',
      'tags/energy/index.html',
      'subscribe/index.html',
      'rss.xml',
      'feed.json',
      'sitemap-index.xml',
      'robots.txt',
    ]) {
      expect(files).toContain(file);
    }
  });

  test('has no broken internal link, resource or fragment when served under its base', () => {
    const { checked, broken } = findBrokenLinks(dist, base);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  test('lists articles newest first on the home page, with title, description, date and tags', () => {
    const home = readPage(dist, 'index.html');
    const titles = $$(home, '.article-summary__title a').map((link) => [text(link), attr(link, 'href')]);
    expect(titles).toEqual([
      ['Field notes from the border crossing', `${base}articles/field-notes/`],
      ['Gas deal: ministers say a pipeline agreement is close', `${base}articles/wire-report/`],
    ]);
    const first = $$(home, '.article-summary')[0]!;
    expect(text(first)).toContain("A reporter's notes, with one expert voice and one anonymous official.");
    expect($(first, 'time').properties['dateTime']).toBe('2024-06-10');
    expect($$(first, '.tag-list a').map(text)).toEqual(['europe', 'analysis']);
  });

  test('leaves drafts out of every page, feed and the sitemap', () => {
    for (const file of listFiles(dist).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      const content = readText(dist, file);
      for (const marker of DRAFT_MARKERS) expect(content, `${marker} in ${file}`).not.toContain(marker);
    }
  });

  test('every page has a language, title, description, canonical URL, social meta and both feed links', () => {
    for (const page of listPages(dist)) {
      const tree = readPage(dist, page);
      expect(attr($(tree, 'html'), 'lang'), page).toBe('en');
      expect(text($(tree, 'title')).length, page).toBeGreaterThan(3);
      expect(attr($(tree, 'meta[name="description"]'), 'content'), page).toBeTruthy();
      const canonical = attr($(tree, 'link[rel="canonical"]'), 'href') ?? '';
      expect(canonical.startsWith(`${TEST_SITE_URL}${base}`), `${page}: ${canonical}`).toBe(true);
      expect(attr($(tree, 'meta[property="og:title"]'), 'content'), page).toBeTruthy();
      expect(attr($(tree, 'meta[property="og:url"]'), 'content'), page).toBe(canonical);
      expect(attr($(tree, 'meta[property="og:type"]'), 'content'), page).toMatch(/^(website|article)$/);
      expect(attr($(tree, 'meta[name="twitter:card"]'), 'content'), page).toBe(page.startsWith('articles/') ? 'summary_large_image' : 'summary');
      expect(attr($(tree, 'link[rel="alternate"][type="application/rss+xml"]'), 'href'), page).toBe(`${base}rss.xml`);
      expect(attr($(tree, 'link[rel="alternate"][type="application/feed+json"]'), 'href'), page).toBe(`${base}feed.json`);
    }
  });

  test('an article page shows the original report and carries AnalysisNewsArticle JSON-LD based on it', () => {
    const page = readPage(dist, 'articles/field-notes/index.html');
    const original = text($(page, '.original'));
    expect(original).toContain('The Example Review');
    expect(original).toContain('The print edition carried no date; the web version was first seen on 9 June 2024.');
    const wire = text($(readPage(dist, 'articles/wire-report/index.html'), '.original'));
    expect(wire).toContain('Headline Ministers close in on pipeline deal');
    expect(wire).toContain('1 May 2024');
    const jsonLd = JSON.parse(text($(page, 'script[type="application/ld+json"]')));
    expect(jsonLd).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      headline: 'Field notes from the border crossing',
      url: absolute('articles/field-notes/'),
      datePublished: '2024-06-10T00:00:00.000Z',
      dateModified: '2024-06-14T00:00:00.000Z',
      isBasedOn: { '@type': 'NewsArticle', publisher: { name: 'The Example Review' } },
    });
  });

  test('publishes RSS 2.0 with the full article, absolute links under the base, a self link and categories', () => {
    const source = readText(dist, 'rss.xml');
    expect(XMLValidator.validate(source)).toBe(true);
    const channel = xml.parse(source).rss.channel;
    expect(channel.link).toBe(absolute(''));
    expect(channel['atom:link'][0]).toMatchObject({ '@href': absolute('rss.xml'), '@rel': 'self', '@type': 'application/rss+xml' });
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual(ARTICLES_NEWEST_FIRST.map((slug) => absolute(`articles/${slug}/`)));
    const wire = channel.item.find((item: { link: string }) => item.link.endsWith('/wire-report/'));
    expect(wire['content:encoded']).toContain('The last sentence of the wire report is this one.');
    expect(wire['content:encoded']).toContain(`href="${absolute('articles/field-notes/')}"`);
    expect(wire['content:encoded']).toContain(`href="${absolute('articles/wire-report/#claim-gas-deal')}"`);
    expect(wire.category).toEqual(['energy', 'europe']);
    expect(wire.description).toContain('A wire report');
    expect(wire.pubDate).toBe('Thu, 02 May 2024 00:00:00 GMT');
    const notes = channel.item.find((item: { link: string }) => item.link.endsWith('/field-notes/'));
    expect(notes['atom:updated']).toBe('2024-06-14T00:00:00.000Z');
    expect(wire['atom:updated']).toBeUndefined();
  });

  test('publishes a valid JSON Feed 1.1 with the full articles', () => {
    const feed = JSON.parse(readText(dist, 'feed.json'));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: absolute(''),
      feed_url: absolute('feed.json'),
      title: 'Sourced',
    });
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.url.startsWith(absolute('articles/'))).toBe(true);
      expect(item.content_html.length).toBeGreaterThan(200);
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
    expect(feed.items[0].content_html).toContain('END-OF-FIELD-NOTES');
    expect(feed.items[0].date_modified).toBe('2024-06-14T00:00:00.000Z');
  });

  test('lists every article in the sitemap with absolute URLs under the base, and robots.txt points at it', () => {
    const index = xml.parse(readText(dist, 'sitemap-index.xml'));
    const sitemaps = index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(sitemaps).toEqual([absolute('sitemap-0.xml')]);
    const urls = xml.parse(readText(dist, 'sitemap-0.xml')).urlset.url.map((entry: { loc: string }) => entry.loc);
    for (const slug of ARTICLES_NEWEST_FIRST) expect(urls).toContain(absolute(`articles/${slug}/`));
    expect(urls).not.toContain(absolute('404.html'));
    expect(readText(dist, 'robots.txt')).toContain(`Sitemap: ${absolute('sitemap-index.xml')}`);
  });

  test('the subscribe page explains feeds and gives both absolute feed addresses', () => {
    const page = text(readPage(dist, 'subscribe/index.html'));
    expect(page).toContain('feed reader');
    expect(page).toContain(absolute('rss.xml'));
    expect(page).toContain(absolute('feed.json'));
  });

  test('tag pages list their articles', () => {
    expect($$(readPage(dist, 'tags/europe/index.html'), '.article-summary__title').map(text)).toHaveLength(2);
    expect($$(readPage(dist, 'tags/energy/index.html'), '.article-summary__title').map(text)).toEqual([
      'Gas deal: ministers say a pipeline agreement is close',
    ]);
    expect(text(readPage(dist, 'tags/index.html'))).toContain('europe (2 articles)');
  });

  test('keeps colons in prose exactly as written, on the page and in the feeds', () => {
    const page = text(readPage(dist, 'articles/wire-report/index.html'));
    const feed = JSON.parse(readText(dist, 'feed.json')).items[1].content_html as string;
    for (const content of [page, feed]) {
      expect(content).toContain('The talks resumed at 10:30 on Tuesday, a 3:1 vote having cleared the way.');
      expect(content).toContain('Engineers met at re:Invent; the dashboard ran on localhost:8080.');
      expect(content).toContain('posted on its website at 18:00, after the wire report.');
    }
  });

  test('renders annotations in a second article as well: claims, callouts, a denial and quotes', () => {
    const page = readPage(dist, 'articles/wire-report/index.html');
    expect($$(page, '[data-claim]').map((claim) => attr(claim, 'dataClaim'))).toEqual(['gas-deal', 'double-flow', 'c1']);
    expect(text($(page, '#callout-c1'))).toContain('Ministry of Energy');
    expect(text($(page, '#callout-c1'))).toMatch(/Official denial.*Answers claim 2/);
    expect(text($(page, '#callout-double-flow'))).toContain('Anonymous sources, via Example Wire');
    expect(text($(page, 'section.quote-sidebar'))).toContain('Ana Costa: 1 quote');
    expect($$(page, 'table td').map(text)).toContain('10 bcm');
  });

  test('a source declared in two articles has one page listing both, with links to its claims', () => {
    const page = readPage(dist, 'sources/example-wire/index.html');
    expect(text($(page, 'h1'))).toBe('Example Wire');
    expect($$(page, '.source-appearance__title a').map((a) => attr(a, 'href'))).toEqual([`${base}articles/field-notes/`, `${base}articles/wire-report/`]);
    expect($$(page, '.source-appearance__list a').map((a) => attr(a, 'href'))).toContain(`${base}articles/field-notes/#claim-fall`);
    expect(text(readPage(dist, 'sources/index.html'))).toContain('Example Wire · News outlet · 2 articles');
  });

  test('corrections show at the end of the article, on /corrections/, and move the article’s last-modified date', () => {
    const article = readPage(dist, 'articles/field-notes/index.html');
    expect(text($(article, '.corrections'))).toBe('Corrections 14 June 2024: The queue was first said to have cleared by noon; it cleared by evening.');
    expect(text($(article, '.article__meta'))).toContain('updated 14 June 2024');
    expect(text(readPage(dist, 'corrections/index.html'))).toContain('14 June 2024, Field notes from the border crossing: The queue was first said');
    const sitemap = readText(dist, 'sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${absolute('articles/field-notes/')}</loc><lastmod>2024-06-14T00:00:00.000Z</lastmod>`);
    expect(sitemap).toContain(`<loc>${absolute('articles/wire-report/')}</loc><lastmod>2024-05-02T00:00:00.000Z</lastmod>`);
  });

  test('each article opens with its sourcing ledger: an SVG bar with title and description, the figures in tables, and allegation–denial pairs', () => {
    const page = readPage(dist, 'articles/wire-report/index.html');
    const ledger = $(page, 'details.ledger');
    expect(text($(ledger, 'svg title'))).toBe('What the 3 claims rest on');
    expect(text($(ledger, 'svg desc'))).toBe('Named officials: 1; Anonymous sources: 1; Government statements: 1.');
    expect($$(ledger, 'table')).toHaveLength(2);
    expect(text(ledger)).toContain('3 claims, 2 of them relayed by another outlet; 1 denial.');
    expect(text($(ledger, '.ledger__pairs'))).toBe('“The deal would double the flow of gas by 2026” (Two diplomats briefed on the talks) Denied by Ministry of Energy');
    const home = readPage(dist, 'index.html');
    expect($$(home, '.article-summary svg.sourcing-bar')).toHaveLength(2);
    expect($$(home, '.article-summary__counts').map(text)).toEqual(['2 claims · 3 quotes', '3 claims · 1 quote']);
  });

  test('the JSON-LD cites sources with URLs and lists the claims with their authors', () => {
    const page = readPage(dist, 'articles/wire-report/index.html');
    const jsonLd = JSON.parse(text($(page, 'script[type="application/ld+json"]')));
    expect(jsonLd.citation).toEqual([{ '@type': 'CreativeWork', name: 'Example Wire', url: 'https://wire.example.com/' }]);
    expect(jsonLd.hasPart[0]).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Ana Costa' },
      appearance: { url: absolute('articles/wire-report/#claim-gas-deal') },
      firstAppearance: { url: 'https://wire.example.com/pipeline-deal' },
    });
  });

  test('the method page explains kinds, statuses, unverified, the lens and corrections', () => {
    const page = text(readPage(dist, 'method/index.html'));
    for (const phrase of ['Anonymous', 'Unverified does not mean false', 'The language lens', 'Corrections', 'Confirmed']) expect(page).toContain(phrase);
  });

  test('the 404 page is a real page that links home', () => {
    const page = readPage(dist, '404.html');
    expect(text($(page, 'h1'))).toBe('Page not found');
    expect($$(page, 'main a').map((a) => attr(a, 'href'))).toContain(base);
  });
});
