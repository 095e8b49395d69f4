import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { CLAIM_STATUS_LABELS } from './kinds.ts';
import type { Claim } from './model.ts';

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

function claimLink(claim: Claim): Element {
  return h('a', { href: `#${claimElementId(claim.id)}` }, `claim ${claim.number}`);
}

function crossReference(label: string, claims: readonly Claim[], className: string): Element {
  const children: ElementContent[] = [h('span', { className: ['sourced-callout__label'] }, label), { type: 'text', value: ' ' }];
  claims.forEach((other, index) => {
    if (index > 0) children.push({ type: 'text', value: '; ' });
    children.push(
      claimLink(other),
      { type: 'text', value: ` (${CLAIM_STATUS_LABELS[other.status].toLowerCase()}): “${toExcerpt(other.text)}”` },
    );
  });
  return h('p', { className: ['sourced-callout__line', className] }, children);
}

/**
 * The callout for one claim: who says it, how it is sourced, its status as a word, what it
 * answers and what answers it, and the editor's note.
 */
export function buildCallout(claim: Claim, claimsById: ReadonlyMap<string, Claim>): Element {
  const status = CLAIM_STATUS_LABELS[claim.status];
  const source: ElementContent[] = [h('strong', { className: ['sourced-callout__name'] }, claim.by.name)];
  if (claim.by.role) source.push({ type: 'text', value: `, ${claim.by.role}` });

  const lines: Element[] = [
    h('p', { className: ['sourced-callout__head'] }, [
      h('a', { className: ['sourced-callout__number'], href: `#${claimElementId(claim.id)}` }, [
        h('span', { className: ['visually-hidden'] }, 'Claim '),
        String(claim.number),
      ]),
      ' ',
      h('span', { className: ['sourced-status', `sourced-status--${claim.status}`] }, status),
    ]),
    h('p', { className: ['sourced-callout__line', 'sourced-callout__source'] }, [
      h('span', { className: ['visually-hidden'] }, 'Source: '),
      ...source,
    ]),
    h('p', { className: ['sourced-callout__line', 'sourced-callout__kind'] }, claim.sourcing),
  ];

  const answered = claim.responds ? claimsById.get(claim.responds) : undefined;
  if (answered) lines.push(crossReference('Answers', [answered], 'sourced-callout__responds'));
  const answers = claim.respondedBy.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  if (answers.length > 0) lines.push(crossReference('Answered by', answers, 'sourced-callout__responses'));
  if (claim.note) {
    lines.push(
      h('p', { className: ['sourced-callout__line', 'sourced-callout__note'] }, [
        h('span', { className: ['sourced-callout__label'] }, 'Editor’s note:'),
        ` ${claim.note}`,
      ]),
    );
  }

  return h(
    'div',
    {
      className: ['sourced-callout', `sourced-callout--${claim.status}`],
      id: calloutElementId(claim.id),
      role: 'note',
      dataCallout: claim.id,
    },
    lines,
  );
}
