import { escapeHtmlAttribute, escapeHtmlText } from '../../util/html-text.ts';
import { CLAIM_STATUS_LABELS } from '../vocabulary.ts';
import type { Claim } from '../model.ts';

/** Element id of a claim in the text. */
export const claimElementId = (claimId: string): string => `claim-${claimId}`;
/** Element id of a claim's callout. */
export const calloutElementId = (claimId: string): string => `callout-${claimId}`;
/** Element id of a quote in the text. */
export const quoteElementId = (quoteId: string): string => `quote-${quoteId}`;
/** Element id of a quote's entry in the quote sidebar. */
export const quoteEntryElementId = (quoteId: string): string => `quote-entry-${quoteId}`;

/**
 * The properties of the empty element standing for a block's callouts in the stored HTML:
 * `data-callouts` lists its claim ids; `fillCallouts` puts the callouts in.
 */
export function calloutsPlaceholder(claims: readonly Claim[]): { className: string[]; dataCallouts: string } {
  return { className: ['sourced-callouts'], dataCallouts: claims.map((claim) => claim.id).join(' ') };
}

/** At most this many characters of a claim are repeated in another claim's callout. */
const EXCERPT_LENGTH = 48;

/** A claim's words shortened for a cross-reference, cut at a word boundary. */
export function toExcerpt(text: string, length = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** An element as HTML: `attributes` are written in order, values escaped; `content` is HTML already. */
function element(tagName: string, attributes: Readonly<Record<string, string>>, content: string): string {
  let open = `<${tagName}`;
  for (const [name, value] of Object.entries(attributes)) open += ` ${name}="${escapeHtmlAttribute(value)}"`;
  return `${open}>${content}</${tagName}>`;
}

/** An element with only a class and text. */
const textElement = (tagName: string, className: string, text: string): string => element(tagName, { class: className }, escapeHtmlText(text));

const claimLink = (claim: Claim): string => element('a', { href: `#${claimElementId(claim.id)}` }, escapeHtmlText(`claim ${claim.number}`));

function crossReference(label: string, claims: readonly Claim[], className: string): string {
  let content = `${textElement('span', 'sourced-callout__label', label)} `;
  claims.forEach((other, index) => {
    if (index > 0) content += '; ';
    content += claimLink(other) + escapeHtmlText(` (${CLAIM_STATUS_LABELS[other.status].toLowerCase()}): “${toExcerpt(other.text)}”`);
  });
  return element('p', { class: `sourced-callout__line ${className}` }, content);
}

/** True when two claims rest on the same source, reached the same way (their sourcing lines are the same). */
const sameSourcing = (a: Claim, b: Claim): boolean => a.by.id === b.by.id && a.via?.id === b.via?.id && a.sourcing === b.sourcing;

/**
 * The callout for one claim, as HTML: a `<details>` whose summary is what a reader needs at a
 * glance (number, status, who: its accessible name reads "Claim 3, Unverified: Steve Tsang") and
 * whose body says how it is sourced, what it answers and what answers it, the editor's note and a
 * link back to the claim in the text. Phones show the summary (the reader opens it in place); wide
 * screens show the whole callout in the margin (see callouts-margin.css).
 *
 * `earlier` are the claims whose callouts come before this one in the same block: when one of them
 * has the same source and sourcing, the body says "Same source as claim N" instead of repeating it.
 *
 * The body carries the callout's id (`callout-…`, the target of the claim's number in the text and
 * of its `aria-describedby`): following a link to it opens the `<details>` (browsers reveal a
 * fragment's closed `<details>` ancestors), and its visually hidden first words name the source so
 * the description of the claim is whole.
 *
 * Written as a string (not a hast tree serialised with `hast-util-to-html`): pages and feeds fill
 * every article's callouts at build time, and building and serialising trees took most of that
 * time.
 */
export function renderCallout(claim: Claim, claimsById: ReadonlyMap<string, Claim>, earlier: readonly Claim[] = []): string {
  const hidden = (text: string): string => textElement('span', 'visually-hidden', text);
  const status = CLAIM_STATUS_LABELS[claim.status];
  const summary = element(
    'summary',
    { class: 'sourced-callout__summary' },
    element('span', { class: 'sourced-callout__number' }, hidden('Claim ') + escapeHtmlText(String(claim.number))) +
      hidden(', ') +
      textElement('span', `sourced-status sourced-status--${claim.status}`, status) +
      hidden(': ') +
      textElement('span', 'sourced-callout__name', claim.by.name),
  );
  const same = earlier.find((other) => sameSourcing(other, claim));
  let lines = hidden(`${claim.by.name}. `);
  if (same) {
    lines += element(
      'p',
      { class: 'sourced-callout__line sourced-callout__same' },
      escapeHtmlText('Same source as ') + element('a', { href: `#${calloutElementId(same.id)}` }, escapeHtmlText(`claim ${same.number}`)),
    );
  } else {
    if (claim.by.role) lines += textElement('p', 'sourced-callout__line sourced-callout__role', claim.by.role);
    lines += textElement('p', 'sourced-callout__line sourced-callout__kind', claim.sourcing);
  }

  const answered = claim.responds ? claimsById.get(claim.responds) : undefined;
  if (answered) lines += crossReference('Answers', [answered], 'sourced-callout__responds');
  const answers = claim.respondedBy.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  if (answers.length > 0) lines += crossReference('Answered by', answers, 'sourced-callout__responses');
  if (claim.note) {
    lines += element(
      'p',
      { class: 'sourced-callout__line sourced-callout__note' },
      textElement('span', 'sourced-callout__label', 'Editor’s note:') + escapeHtmlText(` ${claim.note}`),
    );
  }
  lines += element(
    'p',
    { class: 'sourced-callout__line sourced-callout__back' },
    element('a', { class: 'sourced-callout__back-link', href: `#${claimElementId(claim.id)}` }, `<span aria-hidden="true">↑ </span>${escapeHtmlText(`Back to claim ${claim.number}`)}${hidden(' in the text')}`),
  );

  return element(
    'details',
    { class: `sourced-callout sourced-callout--${claim.status}`, 'data-callout': claim.id },
    summary + element('div', { class: 'sourced-callout__body', id: calloutElementId(claim.id) }, lines),
  );
}
