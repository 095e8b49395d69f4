import { escapeHtmlAttribute, escapeHtmlText } from '../../util/html-text.ts';
import { speakerSeparator, speakersOf } from '../sourcing.ts';
import { CLAIM_STATUS_LABELS } from '../vocabulary.ts';
import type { Claim } from '../model.ts';
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

/**
 * The callout for one claim, as HTML: who says it, how it is sourced, its status as a word, what
 * it answers and what answers it, and the editor's note.
 *
 * Written as a string (not a hast tree serialised with `hast-util-to-html`): pages and feeds fill
 * every article's callouts at build time, and building and serialising trees took most of that
 * time. The HTML is the same byte for byte (see `html-text.ts`).
 */
export function renderCallout(claim: Claim, claimsById: ReadonlyMap<string, Claim>): string {
  const hidden = (text: string): string => textElement('span', HTML_CLASSES.visuallyHidden, text);
  const head = element(
    'p',
    { class: HTML_CLASSES.calloutHead },
    `${element('a', { class: HTML_CLASSES.calloutNumber, href: `#${claimElementId(claim.id)}` }, hidden('Claim ') + escapeHtmlText(String(claim.number)))} ${textElement('span', statusClassName(claim.status), CLAIM_STATUS_LABELS[claim.status])}`,
  );
  // Every speaker of `by=a,b`, each name in bold with its role.
  const speakers = speakersOf(claim);
  const separator = (index: number): string => (index === 0 ? '' : speakerSeparator(speakers, index));
  const who = speakers.map((speaker, index) => escapeHtmlText(separator(index)) + textElement('strong', HTML_CLASSES.calloutName, speaker.name) + (speaker.role ? escapeHtmlText(`, ${speaker.role}`) : '')).join('');
  let lines =
    head +
    element('p', { class: `${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutSource}` }, hidden(speakers.length > 1 ? 'Sources: ' : 'Source: ') + who) +
    textElement('p', `${HTML_CLASSES.calloutLine} ${HTML_CLASSES.calloutKind}`, claim.sourcing);

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

  return element(
    'div',
    { class: `${HTML_CLASSES.callout} ${modifierClass(HTML_CLASSES.callout, claim.status)}`, id: calloutElementId(claim.id), role: 'note', [DATA_ATTRIBUTES.callout]: claim.id },
    lines,
  );
}
