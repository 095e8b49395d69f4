/**
 * The site's claims as open data: `/data/claims.json` and `/data/claims.csv`. The format is
 * versioned (`CLAIMS_DATA_VERSION`) and documented in the README ("Open data: claims"); add
 * fields freely, but change or remove one only with a new version.
 */
import { toIsoDate } from '../util/format-date.ts';
import type { SourceRef } from '../annotations/model.ts';
import type { ClaimRegistry, TrackedClaim } from './model.ts';

/** Version of the data format. */
export const CLAIMS_DATA_VERSION = 1;

/** Absolute URLs of the site's pages, given by the caller (claims/ does not know the site's base). */
export interface ClaimUrls {
  claim(key: string): string;
  article(slug: string): string;
}

const source = (ref: SourceRef) => ({ id: ref.id, name: ref.name, kind: ref.kind, ...(ref.role ? { role: ref.role } : {}) });

/** One claim as data. */
export function toClaimRecord(claim: TrackedClaim, urls: ClaimUrls) {
  return {
    id: claim.key,
    url: urls.claim(claim.key),
    text: claim.text,
    source: source(claim.by),
    via: claim.via ? source(claim.via) : null,
    sourcing: claim.sourcing,
    status: claim.status,
    statusSince: toIsoDate(claim.since),
    firstPublished: toIsoDate(claim.firstPublished),
    history: claim.history.map((change) => ({
      date: toIsoDate(change.date),
      status: change.status,
      article: urls.article(change.article),
      note: change.note ?? null,
      evidence: change.evidence ?? null,
    })),
    appearances: claim.appearances.map((appearance) => ({
      article: appearance.article,
      url: `${urls.article(appearance.article)}#claim-${appearance.claim.id}`,
      title: appearance.title,
      date: toIsoDate(appearance.published),
      claimId: appearance.claim.id,
      text: appearance.claim.text,
      source: source(appearance.claim.by),
    })),
    respondsTo: claim.responds,
    respondedBy: claim.respondedBy,
  };
}

/**
 * `/data/claims.json`: every claim, newest first. Dated by the newest change, never by the build's
 * clock, so builds are reproducible. Each claim is written compactly on a line of its own: the
 * file reads line by line in a terminal and diffs claim by claim, and the build turns one claim
 * at a time into JSON instead of holding every claim of the site as one tree of objects (at
 * 100,000 claims that tree and its indented text took several hundred MB at once). Yields the
 * text in pieces of `claimsPerChunk` claims, for a response that streams them.
 */
export function* claimsJsonChunks(registry: ClaimRegistry, urls: ClaimUrls & { home: string; self: string }, claimsPerChunk = 1000): Generator<string> {
  const latest = registry.claims.reduce<Date | undefined>((max, claim) => (!max || claim.lastChanged > max ? claim.lastChanged : max), undefined);
  const head = { version: CLAIMS_DATA_VERSION, site: urls.home, url: urls.self, updated: latest ? toIsoDate(latest) : null };
  const fields = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
  const count = registry.claims.length;
  yield `{\n${fields.join('')}  "claims": [${count > 0 ? '\n' : ''}`;
  for (let first = 0; first < count; first += claimsPerChunk) {
    const lines = registry.claims.slice(first, first + claimsPerChunk).map((claim, offset) => {
      const last = first + offset === count - 1;
      return `    ${JSON.stringify(toClaimRecord(claim, urls))}${last ? '\n' : ',\n'}`;
    });
    yield lines.join('');
  }
  yield `${count > 0 ? '  ' : ''}]\n}\n`;
}

/** `/data/claims.json` as one text (see {@link claimsJsonChunks}). */
export function buildClaimsJson(registry: ClaimRegistry, urls: ClaimUrls & { home: string; self: string }): string {
  return [...claimsJsonChunks(registry, urls)].join('');
}

/** Columns of `/data/claims.csv`, in order. */
export const CLAIMS_CSV_COLUMNS = [
  'id',
  'url',
  'text',
  'source_id',
  'source_name',
  'source_kind',
  'via_id',
  'status',
  'status_since',
  'first_published',
  'history',
  'appearances',
  'responds_to',
  'responded_by',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A text starting with `=`, `+`, `-`, `@` or a tab/return gets a leading `'` so spreadsheets do
 * not run it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `/data/claims.csv`: one row per claim; lists inside a field are separated by ` | `. */
export function buildClaimsCsv(registry: ClaimRegistry, urls: ClaimUrls): string {
  const header = CLAIMS_CSV_COLUMNS.map(csvField).join(',');
  // Row by row into text, so no table of every claim's fields is held at once.
  const rows = registry.claims.map((claim) => {
    const record = toClaimRecord(claim, urls);
    const fields = [
      record.id,
      record.url,
      record.text,
      record.source.id,
      record.source.name,
      record.source.kind,
      record.via?.id ?? '',
      record.status,
      record.statusSince,
      record.firstPublished,
      record.history.map((change) => `${change.date} ${change.status}`).join(' | '),
      record.appearances.map((appearance) => appearance.url).join(' | '),
      record.respondsTo.join(' | '),
      record.respondedBy.join(' | '),
    ];
    return fields.map(csvField).join(',');
  });
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
