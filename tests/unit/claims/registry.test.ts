import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/annotations/index';
import { buildClaimRegistry } from '../../../src/lib/claims/registry';
import { checkClaimLinks, type LinkedArticle } from '../../../src/lib/claims/claim-links';
import { buildTimeline } from '../../../src/lib/claims/timeline';
import { buildClaimsCsv, buildClaimsJson, csvField } from '../../../src/lib/claims/claims-data';
import { buildClaimFeedItems } from '../../../src/lib/claims/claim-feed';
import { buildTrackRecord, describeTrackRecord } from '../../../src/lib/claims/track-record';
import { restatusClaimElements, withTrackedStatuses } from '../../../src/lib/claims/live-annotations';
import type { ClaimArticle } from '../../../src/lib/claims/model';

const source = { id: 'ft', name: 'Financial Times', kind: 'outlet' };
let number = 0;
function claim(id: string, more: Partial<Claim> = {}): Claim {
  return { id, number: ++number, text: `Words of ${id}`, by: source, speakers: [more.by ?? source], status: 'unverified', respondedBy: [], sourcing: "Another outlet's report", quotes: [], line: 1, column: 1, ...more };
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const same = (article: string, claimId: string) => ({ article, claim: claimId, line: 9, column: 40 });

const ARTICLES: ClaimArticle[] = [
  // Given out of order: the registry sorts by publication date.
  {
    id: 'third',
    title: 'Third',
    published: day('2026-12-01'),
    updates: [{ date: day('2026-12-02'), claim: 'again', status: 'denied', note: 'A denial <b>.' }],
    claims: [claim('again', { same: same('second', 'repeat') })],
  },
  {
    id: 'first',
    title: 'First',
    published: day('2026-11-02'),
    updates: [{ date: day('2026-11-10'), claim: 'cause', status: 'corroborated', note: 'Report.', evidence: 'https://example.org/r?a=1&b=2' }],
    claims: [claim('cause'), claim('answer', { responds: 'cause', status: 'disputed' })],
  },
  {
    id: 'second',
    title: 'Second',
    published: day('2026-11-18'),
    updates: [{ date: day('2026-11-25'), claim: 'repeat', status: 'confirmed', note: 'Same finding.' }],
    claims: [claim('repeat', { same: same('first', 'cause'), text: 'Other words' }), claim('new')],
  },
];

describe('the claim registry', () => {
  const registry = buildClaimRegistry(ARTICLES);

  test('gives a repeated claim (through a chain of same=) one identity: its first appearance', () => {
    expect(registry.claims.map((c) => c.key)).toEqual(['second/new', 'first/cause', 'first/answer']);
    expect(registry.keyOf('third', 'again')).toBe('first/cause');
    expect(registry.keyOf('second', 'repeat')).toBe('first/cause');
    const cause = registry.byKey.get('first/cause')!;
    expect(cause.appearances.map((a) => [a.article, a.claim.id, a.claim.text])).toEqual([
      ['first', 'cause', 'Words of cause'],
      ['second', 'repeat', 'Other words'],
      ['third', 'again', 'Words of again'],
    ]);
  });

  test('orders the history by date, whichever article records an update; the last is the current status', () => {
    const cause = registry.byKey.get('first/cause')!;
    expect(cause.history.map((c) => [c.date.toISOString().slice(0, 10), c.status, c.article, c.initial])).toEqual([
      ['2026-11-02', 'unverified', 'first', true],
      ['2026-11-10', 'corroborated', 'first', false],
      ['2026-11-25', 'confirmed', 'second', false],
      ['2026-12-02', 'denied', 'third', false],
    ]);
    expect(cause.status).toBe('denied');
    expect(cause.since).toEqual(day('2026-12-02'));
    expect(cause.lastChanged).toEqual(day('2026-12-02'));
  });

  test('links answers across the registry', () => {
    expect(registry.byKey.get('first/answer')!.responds).toEqual(['first/cause']);
    expect(registry.byKey.get('first/cause')!.respondedBy).toEqual(['first/answer']);
  });

  test('an update repeating the current status does not restart “since”', () => {
    const again = buildClaimRegistry([
      { id: 'a', title: 'A', published: day('2026-01-01'), claims: [claim('x')], updates: [
        { date: day('2026-01-05'), claim: 'x', status: 'disputed', note: 'n' },
        { date: day('2026-01-09'), claim: 'x', status: 'disputed', note: 'again' },
      ] },
    ]);
    expect(again.byKey.get('a/x')!.since).toEqual(day('2026-01-05'));
  });

  test('gives every appearance the current status and its page, and rewrites changed claim elements', () => {
    const stored = { claims: [...ARTICLES[2]!.claims], quotes: [], notes: [], terms: [], diagnostics: [] };
    const live = withTrackedStatuses('second', stored, registry, (key) => `/claims/${key}/`);
    expect(live.claims.map((c) => [c.id, c.status, c.tracked])).toEqual([
      ['repeat', 'denied', { since: '2026-12-02', changed: true, page: '/claims/first/cause/' }],
      ['new', 'unverified', { since: '2026-11-18', changed: false, page: '/claims/second/new/' }],
    ]);
    const html = '<span class="sourced-claim sourced-claim--unverified" id="claim-repeat" data-claim="repeat" data-status="unverified" aria-describedby="callout-repeat">';
    expect(restatusClaimElements(html, stored.claims, live.claims)).toBe(
      '<span class="sourced-claim sourced-claim--denied" id="claim-repeat" data-claim="repeat" data-status="denied" aria-describedby="callout-repeat">',
    );
  });

  test('counts a source’s own claims once each, by current status', () => {
    const record = buildTrackRecord(registry, 'ft');
    expect(record.total).toBe(3);
    expect(describeTrackRecord(record)).toBe('Of its 3 claims, now: 0 confirmed, 0 corroborated, 1 disputed, 1 denied, 1 unverified.');
    expect(describeTrackRecord(buildTrackRecord(registry, 'nobody'))).toBe('No claims made by this source itself.');
  });

  test('draws the history as spans from the first status to a margin after the last change', () => {
    const timeline = buildTimeline(registry.byKey.get('first/cause')!.history);
    expect(timeline.spans.map((s) => s.status)).toEqual(['unverified', 'corroborated', 'confirmed', 'denied']);
    expect(timeline.spans[0]!.x).toBe(0);
    const end = timeline.spans.at(-1)!;
    expect(end.x + end.width).toBeCloseTo(600, 1);
    expect(timeline.description).toBe('Unverified from 2 November 2026; corroborated from 10 November 2026; confirmed from 25 November 2026; denied from 2 December 2026 (current).');
  });

  test('the feed has one item per new claim and per update, newest first, with escaped descriptions', () => {
    const items = buildClaimFeedItems(registry, { claim: (key) => `https://x.test/claims/${key}/`, article: (slug) => `https://x.test/articles/${slug}/` });
    expect(items.map((i) => [i.published.toISOString().slice(0, 10), i.url])).toEqual([
      ['2026-12-02', 'https://x.test/claims/first/cause/#change-3'],
      ['2026-11-25', 'https://x.test/claims/first/cause/#change-2'],
      ['2026-11-18', 'https://x.test/claims/second/new/'],
      ['2026-11-10', 'https://x.test/claims/first/cause/#change-1'],
      ['2026-11-02', 'https://x.test/claims/first/cause/'],
      ['2026-11-02', 'https://x.test/claims/first/answer/'],
    ]);
    expect(items[0]!.summary).toBe('“Words of cause” (Financial Times) is now denied, was confirmed. A denial <b>.');
    expect(items[0]!.contentHtml).toContain('<p>A denial &#x3C;b>.</p>');
    expect(items[3]!.contentHtml).toContain('<a href="https://example.org/r?a=1&#x26;b=2">');
  });

  test('claims.json is valid JSON with each claim on a line of its own, and valid with no claim at all', () => {
    const urls = { claim: (key: string) => `u/${key}`, article: (slug: string) => `a/${slug}`, home: 'h/', self: 'h/data/claims.json' };
    const json = buildClaimsJson(registry, urls);
    const data = JSON.parse(json) as { version: number; updated: string; claims: { id: string; text: string }[] };
    expect(data.version).toBe(1);
    expect(data.updated).toBe('2026-12-02');
    expect(data.claims.map((c) => c.id)).toEqual(registry.claims.map((c) => c.key));
    const claimLines = json.split('\n').filter((line) => line.startsWith('    {'));
    expect(claimLines).toHaveLength(registry.claims.length);
    expect(JSON.parse(claimLines[0]!.replace(/,$/, '')).id).toBe(registry.claims[0]!.key);
    const empty = JSON.parse(buildClaimsJson({ ...registry, claims: [] }, urls)) as { claims: unknown[]; updated: null };
    expect(empty).toMatchObject({ claims: [], updated: null });
  });

  test('CSV fields are quoted per RFC 4180 and formulas are defused', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-2')).toBe("'-2");
    const csv = buildClaimsCsv(registry, { claim: (key) => `u/${key}`, article: (slug) => `a/${slug}` });
    expect(csv.split('\r\n')[2]).toBe(
      'first/cause,u/first/cause,Words of cause,ft,Financial Times,outlet,,denied,2026-12-02,2026-11-02,2026-11-02 unverified | 2026-11-10 corroborated | 2026-11-25 confirmed | 2026-12-02 denied,a/first#claim-cause | a/second#claim-repeat | a/third#claim-again,,first/answer',
    );
  });
});

describe('the cross-article claim checks', () => {
  const article = (id: string, published: string, claims: LinkedArticle['claims'], more: Partial<LinkedArticle> = {}): LinkedArticle => ({
    id,
    path: `content/articles/${id}.md`,
    published: day(published),
    draft: false,
    claims,
    updates: [],
    ...more,
  });
  const lines = (articles: LinkedArticle[]) => checkClaimLinks(articles).map((p) => `${p.path}:${p.diagnostic.line}:${p.diagnostic.column} ${p.diagnostic.ruleId}: ${p.diagnostic.message}`);

  test('accept a same= naming an earlier (or same-day) article’s claim', () => {
    expect(lines([article('a', '2026-11-02', [{ id: 'x' }]), article('b', '2026-11-02', [{ id: 'y', same: same('a', 'x') }])])).toEqual([]);
  });

  test('report every problem with its position', () => {
    const articles = [
      article('first', '2026-11-02', [{ id: 'cause' }], { updates: [{ item: 1, claim: 'caus', line: 13, column: 12 }] }),
      article('draft', '2026-11-01', [{ id: 'd' }], { draft: true }),
      article('later', '2026-12-01', [{ id: 'rise' }]),
      article('second', '2026-11-10', [
        { id: 'a', same: same('frist', 'cause') },
        { id: 'b', same: same('first', 'cuase') },
        { id: 'c', same: same('later', 'rise') },
        { id: 'd', same: same('draft', 'd') },
        { id: 'e', same: same('second', 'a') },
      ]),
    ];
    expect(lines(articles)).toEqual([
      'content/articles/first.md:13:12 unknown-update-claim: `updates` item 1 names claim `caus`, which is not a claim of this article. Did you mean `cause`?',
      'content/articles/second.md:9:40 unknown-same-article: `:claim` same=`frist/cause` names article `frist`, which does not exist. Did you mean `first`?',
      'content/articles/second.md:9:40 unknown-same-claim: `:claim` same=`first/cuase` names claim `cuase`, which is not a claim of `first`. Did you mean `cause`?',
      'content/articles/second.md:9:40 same-later-article: `:claim` same=`later/rise` names a later article: `later` was published 2026-12-01, this article 2026-11-10.',
      'content/articles/second.md:9:40 same-draft-article: `:claim` same=`draft/d` names a claim of `draft`, which is a draft.',
      'content/articles/second.md:9:40 same-own-article: `:claim` same=`second/a` names a claim of this same article.',
    ]);
  });
});
