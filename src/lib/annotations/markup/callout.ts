import { escapeHtmlAttribute, escapeHtmlText } from '../../util/html-text.ts';
import { describeSpeakers, speakersOf } from '../sourcing.ts';
import { CLAIM_STATUS_LABELS } from '../vocabulary.ts';
import type { Claim } from '../model.ts';
import { renderTrackedStatus } from './tracked-status.ts';
import { calloutElementId, claimElementId, DATA_ATTRIBUTES, HTML_CLASSES, modifierClass, statusClassName } from './contract.ts';

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
  let content = `${textElement('span', HTML_CLASSES.calloutLabel, label)} `;
  claims.forEach((other, index) => {
    if (index > 0) content += '; ';
    content += claimLink(other) + escapeHtmlText(` (${CLAIM_STATUS_LABELS[other.status].toLowerCase()}): “${toExcerpt(other.text)}”`);
  });
  return element('p', { class: `${HTML_CLASSES.calloutLine} ${className}` }, content);
}

/** True when two claims rest on the same source, reached the same way (their sourcing lines are the same). */
const sameSourcing = (a: Claim, b: Claim): boolean =>
  speakersOf(a).map((speaker) => speaker.id).join(',') === speakersOf(b).map((speaker) => speaker.id).join(',') && a.via?.id === b.via?.id && a.sourcing === b.sourcing;

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
  const hidden = (text: string): string => textElement('span', HTML_CLASSES.visuallyHidden, text);
  const status = CLAIM_STATUS_LABELS[claim.status];
  // Every speaker of `by=a,b` ("Sergei Lavrov and SVR").
  const speakers = speakersOf(claim);
  const names = describeSpeakers(speakers);
  const summary = element(
    'summary',
    { class: HTML_CLASSES.calloutSummary },
    element('span', { class: HTML_CLASSES.calloutNumber }, hidden('Claim ') + escapeHtmlText(String(claim.number))) +
      hidden(', ') +
      textElement('span', statusClassName(claim.status), status) +
      hidden(': ') +
      textElement('span', HTML_CLASSES.calloutName, names),
  );
  const same = earlier.find((other) => sameSourcing(other, claim));
  let lines = hidden(`${names}. `);
  if (same) {
    lines += element(
      'p',
      { class: `${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutSame}` },
      escapeHtmlText('Same source as ') + element('a', { href: `#${calloutElementId(same.id)}` }, escapeHtmlText(`claim ${same.number}`)),
    );
  } else {
    // One speaker: its role; several: each speaker with a role, named.
    const roles = speakers.length > 1 ? speakers.filter((speaker) => speaker.role).map((speaker) => `${speaker.name}, ${speaker.role}`) : claim.by.role ? [claim.by.role] : [];
    for (const role of roles) lines += textElement('p', `${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutRole}`, role);
    lines += textElement('p', `${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutKind}`, claim.sourcing);
  }
  lines += renderTrackedStatus(claim);

  const answered = claim.responds ? claimsById.get(claim.responds) : undefined;
  if (answered) lines += crossReference('Answers', [answered], HTML_CLASSES.calloutResponds);
  const answers = claim.respondedBy.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  if (answers.length > 0) lines += crossReference('Answered by', answers, HTML_CLASSES.calloutResponses);
  if (claim.note) {
    lines += element(
      'p',
      { class: `${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutNote}` },
      textElement('span', HTML_CLASSES.calloutLabel, 'Editor’s note:') + escapeHtmlText(` ${claim.note}`),
    );
  }
  lines += element(
    'p',
    { class: `${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutBack}` },
    element('a', { class: HTML_CLASSES.calloutBackLink, href: `#${claimElementId(claim.id)}` }, `<span aria-hidden="true">↑ </span>${escapeHtmlText(`Back to claim ${claim.number}`)}${hidden(' in the text')}`),
  );

  return element(
    'details',
    { class: `${HTML_CLASSES.callout} ${modifierClass(HTML_CLASSES.callout, claim.status)}`, [DATA_ATTRIBUTES.callout]: claim.id },
    summary + element('div', { class: HTML_CLASSES.calloutBody, id: calloutElementId(claim.id) }, lines),
  );
}
