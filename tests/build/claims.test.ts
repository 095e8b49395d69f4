/**
 * Claims across articles on a built site (tests/fixtures/sites/claims): a claim first made in
 * `harbour-fire-initial` (#cause) is repeated by `harbour-fire-insurer` (#assessor-cause,
 * same=) and `harbour-fire-inquiry` (#cause, same= the insurer's, a chain); updates in two
 * articles take it from unverified to corroborated (10 Nov) to confirmed (25 Nov).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, TEST_SITE_URL, writeContentFolder, type BuildResult } from '../helpers/build-site';
import { $, $$, attr, listFiles, readPage, readText, text } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

const FIXTURE = 'tests/fixtures/sites/claims';
const CAUSE = 'harbour-fire-initial/cause';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url'].includes(name) });

interface ClaimsJson {
  version: number;
  updated: string;
  claims: {
    id: string;
    url: string;
    text: string;
    source: { id: string; name: string; kind: string };
    status: string;
    statusSince: string;
    history: { date: string; status: string; article: string; note: string | null; evidence: string | null }[];
    appearances: { article: string; url: string; date: string; claimId: string; text: string; source: { id: string } }[];
    respondsTo: string[];
    respondedBy: string[];
  }[];
}

describe.each([{ base: '/' }, { base: '/sub/' }])('a site with claims tracked across articles, under $base', ({ base }) => {
  let dist = '';
  const absolute = (path: string) => `${TEST_SITE_URL}${base}${path}`;
  beforeAll(() => {
    const result = buildSite({ name: base === '/' ? 'claims' : 'claims-sub', contentDir: FIXTURE, basePath: base });
    expect(result.output).not.toMatch(/error/i);
    expect(result.exitCode).toBe(0);
    dist = result.outDir;
  });

  test('has a page per claim (first appearance), list pages per status and source kind, data and a feed', () => {
    const files = listFiles(dist);
    for (const file of [
      'claims/index.html',
      `claims/${CAUSE}/index.html`,
      'claims/harbour-fire-initial/sprinklers/index.html',
      'claims/harbour-fire-insurer/insured/index.html',
      'claims/harbour-fire-inquiry/reopen/index.html',
      'claims/status/confirmed/index.html',
      'claims/status/disputed/index.html',
      'claims/sourcing/government/index.html',
      'claims/sourcing/anonymous/index.html',
      'claims/rss.xml',
      'data/claims.json',
      'data/claims.csv',
    ]) {
      expect(files).toContain(file);
    }
    // Repeats have no page of their own; drafts are left out.
    expect(files).not.toContain('claims/harbour-fire-insurer/assessor-cause/index.html');
    expect(files.filter((file) => file.startsWith('claims/') && file.endsWith('/index.html') && !/claims\/(status|sourcing|page)\//.test(file) && file !== 'claims/index.html')).toHaveLength(22);
    // 22 claims, 20 a page, like tags.
    expect(files).toContain('claims/page/2/index.html');
    expect(files).not.toContain('claims/page/3/index.html');
    expect(files.some((file) => file.includes('river-draft'))).toBe(false);
  });

  test('has no broken internal link or fragment when served under its base', () => {
    const { checked, broken } = findBrokenLinks(dist, base);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  test('the claim page shows the words, source, current status, dated history with notes and evidence, and every appearance', () => {
    const page = readPage(dist, `claims/${CAUSE}/index.html`);
    expect(text($(page, 'h1'))).toBe('“The fire began with an electrical fault in the north loading bay”');
    expect(text($(page, '.claim-page__source'))).toContain('Harbour Fire Service');
    expect(attr($(page, '.claim-page__source a'), 'href')).toBe(`${base}sources/fire-service/`);
    expect(text($(page, '.claim-page__status'))).toBe('Confirmed since 25 November 2026');
    const history = $$(page, '.claim-history__entry');
    expect(history.map((entry) => $(entry, 'time').properties['dateTime'])).toEqual(['2026-11-02', '2026-11-10', '2026-11-25']);
    expect(history.map((entry) => text($(entry, '.sourced-status')))).toEqual(['Unverified', 'Corroborated', 'Confirmed']);
    expect(text(history[1]!)).toContain('The fire service\'s preliminary report names a faulty distribution board.');
    expect(attr($(history[1]!, '.claim-history__evidence a'), 'href')).toBe('https://fire.example.gov/reports/harbour-2026-11');
    expect(text(history[2]!)).toContain("The insurer's assessor reached the same finding independently & published it <in full>.");
    expect(attr($(history[2]!, '.claim-history__evidence a'), 'href')).toBe('https://insurer.example.com/assessments/harbour?id=7&lang=en');
    expect(text(history[2]!)).toContain('update recorded in Insurer\'s assessor on the harbour fire');
    const appearances = $$(page, '.claim-appearances__entry');
    expect(appearances.map((entry) => attr($(entry, 'a'), 'href'))).toEqual([
      `${base}articles/harbour-fire-initial/#claim-cause`,
      `${base}articles/harbour-fire-insurer/#claim-assessor-cause`,
      `${base}articles/harbour-fire-inquiry/#claim-cause`,
    ]);
    expect(appearances.map((entry) => text($(entry, '.claim-appearances__words')))).toEqual([
      '“The fire began with an electrical fault in the north loading bay”',
      '“the blaze began with an electrical fault”',
      '“an electrical fault started the fire”',
    ]);
    expect(text($(appearances[1]!, '.claim-appearances__source'))).toContain('Northsea Mutual');
    expect(appearances.map((entry) => $(entry, 'time').properties['dateTime'])).toEqual(['2026-11-02', '2026-11-18', '2026-12-01']);
  });

  test('draws the history as an accessible SVG timeline with a text alternative', () => {
    const page = readPage(dist, `claims/${CAUSE}/index.html`);
    const svg = $(page, 'svg.claim-timeline');
    expect(attr(svg, 'role')).toBe('img');
    expect(text($(svg, 'desc'))).toBe('Unverified from 2 November 2026; corroborated from 10 November 2026; confirmed from 25 November 2026 (current).');
    const spans = $$(svg, 'rect');
    expect(spans.map((rect) => (rect.properties['className'] as string[]).join(' '))).toEqual([
      'claim-timeline__span claim-timeline__span--unverified',
      'claim-timeline__span claim-timeline__span--corroborated',
      'claim-timeline__span claim-timeline__span--confirmed',
    ]);
    const xs = spans.map((rect) => Number(rect.properties['x']));
    expect(xs[0]).toBe(0);
    expect(xs[1]!).toBeGreaterThan(xs[0]!);
    expect(xs[2]!).toBeGreaterThan(xs[1]!);
    expect(text(svg)).toContain('Confirmed');
  });

  test('links claims that answer each other, and says no ClaimReview (statuses are not verdicts)', () => {
    const page = readPage(dist, 'claims/harbour-fire-initial/sprinklers/index.html');
    expect(attr($(page, '.claim-links a'), 'href')).toBe(`${base}claims/harbour-fire-initial/sprinklers-working/`);
    const answer = readPage(dist, 'claims/harbour-fire-initial/sprinklers-working/index.html');
    expect(text(answer)).toContain('This claim answers');
    const ld = JSON.parse(text($(readPage(dist, `claims/${CAUSE}/index.html`), 'script[type="application/ld+json"]'))) as Record<string, unknown>;
    expect(ld['@type']).toBe('Claim');
    expect(ld['@id']).toBe(absolute(`claims/${CAUSE}/`));
    expect((ld['firstAppearance'] as { url: string }).url).toBe(absolute('articles/harbour-fire-initial/#claim-cause'));
    expect((ld['appearance'] as unknown[]).length).toBe(3);
    expect(JSON.stringify(ld)).not.toContain('ClaimReview');
    expect(text(readPage(dist, 'method/index.html'))).toContain('Our statuses are not truth ratings.');
  });

  test('each article callout shows the current status since its date and links to the claim page', () => {
    for (const [slug, id] of [
      ['harbour-fire-initial', 'cause'],
      ['harbour-fire-insurer', 'assessor-cause'],
      ['harbour-fire-inquiry', 'cause'],
    ] as const) {
      const page = readPage(dist, `articles/${slug}/index.html`);
      const callout = $(page, `#callout-${id}`);
      expect(text($(page, `details[data-callout="${id}"] .sourced-callout__summary .sourced-status`))).toBe('Confirmed');
      expect(text($(callout, '.sourced-callout__since'))).toMatch(/^Confirmed since 25 November 2026\. Claim history of claim \d$/);
      expect(attr($(callout, '.sourced-callout__since a'), 'href')).toBe(`${base}claims/${CAUSE}/`);
      expect($(page, `#claim-${id}`).properties['dataStatus']).toBe('confirmed');
    }
    const initial = readPage(dist, 'articles/harbour-fire-initial/index.html');
    expect(text($(initial, '#callout-sprinklers .sourced-callout__since'))).toContain('Disputed since 20 November 2026');
    // The ledger counts current statuses.
    expect(text($(initial, '.ledger')).replace(/\s+/g, '')).toContain('StatusClaimsConfirmed1Disputed2');
  });

  test('an update changes the article’s updated date, JSON-LD dateModified, sitemap lastmod and feed', () => {
    const initial = readPage(dist, 'articles/harbour-fire-initial/index.html');
    expect(text($(initial, '.article__meta'))).toContain('updated 25 November 2026');
    const ld = JSON.parse(text($(initial, 'script[type="application/ld+json"]'))) as Record<string, unknown>;
    expect(ld['dateModified']).toBe('2026-11-25T00:00:00.000Z');
    const claims = ld['hasPart'] as { '@id': string; sameAs: string }[];
    expect(claims[0]).toMatchObject({ '@id': absolute('articles/harbour-fire-initial/#claim-cause'), sameAs: absolute(`claims/${CAUSE}/`) });
    const sitemap = xml.parse(readText(dist, 'sitemap-0.xml')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const lastmod = (path: string) => sitemap.urlset.url.find((url) => url.loc === absolute(path))?.lastmod;
    expect(lastmod('articles/harbour-fire-initial/')).toBe('2026-11-25T00:00:00.000Z');
    expect(lastmod('articles/harbour-fire-insurer/')).toBe('2026-11-25T00:00:00.000Z');
    expect(lastmod('articles/harbour-fire-inquiry/')).toBe('2026-12-01T00:00:00.000Z');
    // A claim page changes with each update and each new appearance.
    expect(lastmod(`claims/${CAUSE}/`)).toBe('2026-12-01T00:00:00.000Z');
    expect(lastmod('claims/harbour-fire-initial/sprinklers/')).toBe('2026-11-20T00:00:00.000Z');
    const rss = xml.parse(readText(dist, 'rss.xml')) as { rss: { channel: { item: { link: string; 'atom:updated'?: string }[] } } };
    expect(rss.rss.channel.item.find((item) => item.link === absolute('articles/harbour-fire-initial/'))?.['atom:updated']).toBe('2026-11-25T00:00:00.000Z');
  });

  test('/claims/ lists every claim newest first, with filters by status and kind of source', () => {
    const page = readPage(dist, 'claims/index.html');
    const links = $$(page, '.claim-list__text a').map((link) => attr(link, 'href'));
    expect(links).toHaveLength(20);
    expect(links.slice(0, 6)).toEqual([
      `${base}claims/harbour-fire-inquiry/reopen/`,
      `${base}claims/harbour-fire-insurer/losses/`,
      `${base}claims/harbour-fire-insurer/insured/`,
      `${base}claims/${CAUSE}/`,
      `${base}claims/harbour-fire-initial/sprinklers/`,
      `${base}claims/harbour-fire-initial/sprinklers-working/`,
    ]);
    const second = readPage(dist, 'claims/page/2/index.html');
    expect($$(second, '.claim-list__text a').map((link) => attr(link, 'href'))).toEqual([
      `${base}claims/harbour-incidents/incident-15/`,
      `${base}claims/harbour-incidents/incident-16/`,
    ]);
    expect(attr($(second, '.pagination a[rel="prev"]'), 'href')).toBe(`${base}claims/`);
    expect(text($(second, '.pagination a[rel="prev"]'))).toBe('← Newer claims');
    const disputed = readPage(dist, 'claims/status/disputed/index.html');
    expect($$(disputed, '.claim-list__text a').map((link) => attr(link, 'href'))).toEqual([
      `${base}claims/harbour-fire-initial/sprinklers/`,
      `${base}claims/harbour-fire-initial/sprinklers-working/`,
    ]);
    expect(attr($(disputed, '.claim-filters a[aria-current="page"]'), 'href')).toBe(`${base}claims/status/disputed/`);
    const government = readPage(dist, 'claims/sourcing/government/index.html');
    expect($$(government, '.claim-list__text a').map((link) => attr(link, 'href'))).toEqual([`${base}claims/${CAUSE}/`]);
  });

  test('source pages give a track record by current status, counting a repeated claim once', () => {
    expect(text($(readPage(dist, 'sources/fire-service/index.html'), '.source-track-record'))).toBe(
      'Track record: Of its claim, now: 1 confirmed, 0 corroborated, 0 disputed, 0 denied, 0 unverified.',
    );
    expect(text($(readPage(dist, 'sources/owner/index.html'), '.source-track-record'))).toBe(
      'Track record: Of its 3 claims, now: 0 confirmed, 0 corroborated, 1 disputed, 0 denied, 2 unverified.',
    );
  });

  test('claims.json carries every claim with its id, words, source, status, dated history, appearances and answers', () => {
    const data = JSON.parse(readText(dist, 'data/claims.json')) as ClaimsJson;
    expect(data.version).toBe(1);
    expect(data.updated).toBe('2026-12-01');
    expect(data.claims).toHaveLength(22);
    expect(data.claims.map((claim) => claim.id).slice(0, 6)).toEqual([
      'harbour-fire-inquiry/reopen',
      'harbour-fire-insurer/losses',
      'harbour-fire-insurer/insured',
      CAUSE,
      'harbour-fire-initial/sprinklers',
      'harbour-fire-initial/sprinklers-working',
    ]);
    const cause = data.claims.find((claim) => claim.id === CAUSE)!;
    expect(cause.url).toBe(absolute(`claims/${CAUSE}/`));
    expect(cause.source).toEqual({ id: 'fire-service', name: 'Harbour Fire Service', kind: 'government' });
    expect([cause.status, cause.statusSince]).toEqual(['confirmed', '2026-11-25']);
    expect(cause.history).toEqual([
      { date: '2026-11-02', status: 'unverified', article: absolute('articles/harbour-fire-initial/'), note: null, evidence: null },
      {
        date: '2026-11-10',
        status: 'corroborated',
        article: absolute('articles/harbour-fire-initial/'),
        note: "The fire service's preliminary report names a faulty distribution board.",
        evidence: 'https://fire.example.gov/reports/harbour-2026-11',
      },
      {
        date: '2026-11-25',
        status: 'confirmed',
        article: absolute('articles/harbour-fire-insurer/'),
        note: "The insurer's assessor reached the same finding independently & published it <in full>.",
        evidence: 'https://insurer.example.com/assessments/harbour?id=7&lang=en',
      },
    ]);
    expect(cause.appearances.map((appearance) => [appearance.url, appearance.date, appearance.claimId, appearance.source.id])).toEqual([
      [absolute('articles/harbour-fire-initial/#claim-cause'), '2026-11-02', 'cause', 'fire-service'],
      [absolute('articles/harbour-fire-insurer/#claim-assessor-cause'), '2026-11-18', 'assessor-cause', 'insurer'],
      [absolute('articles/harbour-fire-inquiry/#claim-cause'), '2026-12-01', 'cause', 'fire-service'],
    ]);
    const working = data.claims.find((claim) => claim.id === 'harbour-fire-initial/sprinklers-working')!;
    expect(working.respondsTo).toEqual(['harbour-fire-initial/sprinklers']);
    expect(data.claims.find((claim) => claim.id === 'harbour-fire-initial/sprinklers')!.respondedBy).toEqual(['harbour-fire-initial/sprinklers-working']);
  });

  test('claims.csv has a header and one row per claim, RFC 4180 quoted', () => {
    const csv = readText(dist, 'data/claims.csv');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id,url,text,source_id,source_name,source_kind,via_id,status,status_since,first_published,history,appearances,responds_to,responded_by');
    expect(lines).toHaveLength(23);
    const cause = lines.find((line) => line.startsWith(`${CAUSE},`))!;
    expect(cause).toContain(',confirmed,2026-11-25,2026-11-02,2026-11-02 unverified | 2026-11-10 corroborated | 2026-11-25 confirmed,');
  });

  test('the claim feed is valid RSS 2.0 with one item per new claim and per status update, dated and escaped', () => {
    const raw = readText(dist, 'claims/rss.xml');
    expect(XMLValidator.validate(raw)).toBe(true);
    const feed = xml.parse(raw) as { rss: { '@version': string; channel: { title: string; 'atom:link': { '@href': string }; item: { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string; 'content:encoded': string }[] } } };
    expect(feed.rss['@version']).toBe('2.0');
    expect(feed.rss.channel['atom:link']['@href']).toBe(absolute('claims/rss.xml'));
    const items = feed.rss.channel.item;
    // 22 claims + 3 updates.
    expect(items).toHaveLength(25);
    expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(25);
    const dates = items.map((item) => new Date(item.pubDate).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const confirmed = items.find((item) => item.title.startsWith('Confirmed: '))!;
    expect(confirmed.title).toBe('Confirmed: “The fire began with an electrical fault in the north loading bay”');
    expect(confirmed.link).toBe(absolute(`claims/${CAUSE}/#change-2`));
    expect(confirmed.pubDate).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
    // Plain text, HTML-escaped for readers that read descriptions as HTML, then XML-escaped.
    expect(confirmed.description).toContain('independently &#x26; published it &#x3C;in full>.');
    expect(confirmed.description).toContain('is now confirmed, was corroborated.');
    expect(confirmed['content:encoded']).toContain('<a href="https://insurer.example.com/assessments/harbour?id=7&#x26;lang=en">');
    expect(confirmed['content:encoded']).toContain(`<a href="${absolute('articles/harbour-fire-insurer/')}">`);
    expect(confirmed['content:encoded']).not.toMatch(/<in full>/);
    expect(items.filter((item) => item.title.startsWith('New claim: '))).toHaveLength(22);
    expect(text(readPage(dist, 'subscribe/index.html'))).toContain(absolute('claims/rss.xml'));
  });

  test('content pages stay free of scripts', () => {
    for (const file of listFiles(dist).filter((f) => f.startsWith('claims/') && f.endsWith('.html'))) {
      expect(readText(dist, file)).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });
});

describe('the W3C Nu HTML Checker on the claim pages', () => {
  test('finds no error', () => {
    const require = createRequire(import.meta.url);
    const jar = join(require.resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');
    const dist = join(process.cwd(), '.test-builds', 'claims');
    const files = listFiles(dist)
      .filter((file) => /^(claims|sources|articles)\/.*\.html$|^(method|subscribe)\//.test(file))
      .map((file) => join(dist, file));
    const result = spawnSync(process.env['JAVA'] ?? 'java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const messages = (JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string }[] }).messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  }, 120_000);
});

describe('a build whose claims link wrongly', () => {
  let result: BuildResult;
  beforeAll(() => {
    const base = (name: string, published: string, extra: string[], body: string) =>
      [
        '---',
        `title: ${name}`,
        'description: A description.',
        `published: ${published}`,
        'original:',
        '  outlet: Example',
        'sources:',
        '  ft:',
        '    name: Financial Times',
        '    kind: outlet',
        ...extra,
        '---',
        '',
        body,
        '',
      ].join('\n');
    const folder = writeContentFolder('claims-bad', {
      'first.md': base('First', '2026-11-02', ['updates:', '  - date: 2026-11-03', '    claim: fal', '    status: confirmed', '    note: Wrong id.'], ':claim[It fell]{#fall by=ft}.'),
      'second.md': base('Second', '2026-11-05', [], ':claim[It fell again]{#again by=ft same=frist/fall} and :claim[more]{#more by=ft same=first/fell} and :claim[later]{#later by=ft same=third/rise}.'),
      'third.md': base('Third', '2026-11-09', [], ':claim[It rose]{#rise by=ft}.'),
    });
    result = buildSite({ name: 'claims-bad', contentDir: folder });
  });

  test('fails, listing every cross-article problem at its file position, as `npm run check` does', () => {
    expect(result.exitCode).toBe(1);
    const path = (file: string) => `.test-builds/content/claims-bad/articles/${file}`;
    expect(result.output).toContain(
      `${path('first.md')}:13:12  error  unknown-update-claim  \`updates\` item 1 names claim \`fal\`, which is not a claim of this article. Did you mean \`fall\`?`,
    );
    expect(result.output).toContain(`${path('second.md')}:13:36  error  unknown-same-article  \`:claim\` same=\`frist/fall\` names article \`frist\`, which does not exist. Did you mean \`first\`?`);
    expect(result.output).toContain(`error  unknown-same-claim  \`:claim\` same=\`first/fell\` names claim \`fell\`, which is not a claim of \`first\`. Did you mean \`fall\`?`);
    expect(result.output).toContain('error  same-later-article  `:claim` same=`third/rise` names a later article: `third` was published 2026-11-09, this article 2026-11-05.');
  });
});
