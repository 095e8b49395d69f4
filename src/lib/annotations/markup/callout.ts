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

/**
 * The callout for one claim, as HTML: who says it, how it is sourced, its status as a word, what
 * it answers and what answers it, and the editor's note.
 *
 * Written as a string (not a hast tree serialised with `hast-util-to-html`): pages and feeds fill
 * every article's callouts at build time, and building and serialising trees took most of that
 * time. The HTML is the same byte for byte (see `html-text.ts`).
 */
export function renderCallout(claim: Claim, claimsById: ReadonlyMap<string, Claim>): string {
  const hidden = (text: string): string => textElement('span', 'visually-hidden', text);
  const head = element(
    'p',
    { class: 'sourced-callout__head' },
    `${element('a', { class: 'sourced-callout__number', href: `#${claimElementId(claim.id)}` }, hidden('Claim ') + escapeHtmlText(String(claim.number)))} ${textElement('span', `sourced-status sourced-status--${claim.status}`, CLAIM_STATUS_LABELS[claim.status])}`,
  );
  const name = textElement('strong', 'sourced-callout__name', claim.by.name);
  const role = claim.by.role ? escapeHtmlText(`, ${claim.by.role}`) : '';
  let lines =
    head +
    element('p', { class: 'sourced-callout__line sourced-callout__source' }, hidden('Source: ') + name + role) +
    textElement('p', 'sourced-callout__line sourced-callout__kind', claim.sourcing);

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

  return element(
    'div',
    { class: `sourced-callout sourced-callout--${claim.status}`, id: calloutElementId(claim.id), role: 'note', 'data-callout': claim.id },
    lines,
  );
}
