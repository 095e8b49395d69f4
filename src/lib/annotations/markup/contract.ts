/**
 * The HTML contract: every element id, class name and data attribute Sourced writes into an
 * article's HTML, defined once. The annotation plugin (annotations/remark/), the callouts filled
 * in by pages and feeds (callout.ts, fill-callouts.ts), the Web Annotation export, the feeds and
 * the components around the body all take them from here; the stylesheets keep their own
 * selectors, so a name changed here must be changed in src/styles/ too. Readers' links
 * (`/articles/x/#claim-aid`) point at these ids: changing an id maker breaks links.
 *
 * What the annotation plugin writes for a paragraph with a claim (the callouts element is an
 * empty placeholder that fill-callouts.ts fills from the annotation model):
 *
 *     <div class="sourced-group">
 *       <p>… <span class="sourced-claim sourced-claim--unverified" id="claim-aid" data-claim="aid"
 *         data-status="unverified" aria-describedby="callout-aid">China offered aid</span><a
 *         class="sourced-claim__ref" href="#callout-aid" data-claim-ref="aid"><span
 *         class="visually-hidden">Claim </span>1</a> …</p>
 *       <div class="sourced-callouts" data-callouts="aid"></div>
 *       <div class="sourced-group__rest">… the blocks up to the next block with claims …</div>
 *     </div>
 *
 * Properties are returned as hast properties (`dataClaim` for `data-claim`), in the order the
 * attributes appear in the HTML.
 */
import type { Properties } from 'hast';
import type { ClaimStatus, NoteKind, TermKind } from '../vocabulary.ts';

// ---- element ids ----

/** Element id of a claim in the text: `claim-aid`. */
export const claimElementId = (claimId: string): string => `claim-${claimId}`;
/** Element id of a claim's callout: `callout-aid`. */
export const calloutElementId = (claimId: string): string => `callout-${claimId}`;
/** Element id of a quote in the text: `quote-q1`. */
export const quoteElementId = (quoteId: string): string => `quote-${quoteId}`;
/** Element id of a quote's entry in the quote sidebar: `quote-entry-q1`. */
export const quoteEntryElementId = (quoteId: string): string => `quote-entry-${quoteId}`;
/** Element id of an editor's note: `note-n1`. */
export const noteElementId = (noteId: string): string => `note-${noteId}`;
/** Element id of a term of the language lens: `term-t1`. */
export const termElementId = (termId: string): string => `term-${termId}`;
/** Element id of a term's explanation, which sits after the annotated words (see remark/insertions.ts): `term-t1-explanation`. */
export const termExplanationElementId = (termId: string): string => `term-${termId}-explanation`;

// ---- class names ----

/** The prefix of every class Sourced adds to article HTML (besides {@link HTML_CLASSES.visuallyHidden}). */
export const CLASS_PREFIX = 'sourced-';

/** Every class Sourced puts in article HTML. */
export const HTML_CLASSES = {
  /** A claim's words in the text. */
  claim: 'sourced-claim',
  /** The claim number after a claim, linking to its callout. */
  claimRef: 'sourced-claim__ref',
  /** The block holding the callouts of the claims in the block before it. */
  callouts: 'sourced-callouts',
  /** One claim's callout, and its parts. */
  callout: 'sourced-callout',
  /** The line a collapsed callout shows (number, status, who) and the rest of it. */
  calloutSummary: 'sourced-callout__summary',
  calloutBody: 'sourced-callout__body',
  calloutNumber: 'sourced-callout__number',
  calloutName: 'sourced-callout__name',
  calloutLine: 'sourced-callout__line',
  calloutRole: 'sourced-callout__role',
  calloutKind: 'sourced-callout__kind',
  /** "Same source as claim N", instead of repeating a source within a block. */
  calloutSame: 'sourced-callout__same',
  /** The link back to the claim in the text. */
  calloutBack: 'sourced-callout__back',
  calloutBackLink: 'sourced-callout__back-link',
  calloutResponds: 'sourced-callout__responds',
  calloutResponses: 'sourced-callout__responses',
  calloutNote: 'sourced-callout__note',
  calloutLabel: 'sourced-callout__label',
  /** The callout line with the claim's current status, since when, and the link to its page. */
  calloutSince: 'sourced-callout__since',
  /** A quote's words in the text. */
  quote: 'sourced-quote',
  /** An editor's note, and its label (“Caveat: …”). */
  note: 'sourced-note',
  noteLabel: 'sourced-note__label',
  /** Wording marked for the language lens, and its explanation (shown by the lens). */
  term: 'sourced-term',
  termExplain: 'sourced-term__explain',
  /** A block with claims, its callouts and the plain blocks after it; and those plain blocks. */
  group: 'sourced-group',
  groupRest: 'sourced-group__rest',
  /** A claim status written as a word (callouts, ledger, method page). */
  status: 'sourced-status',
  /** Text for screen readers only. */
  visuallyHidden: 'visually-hidden',
} as const;

/** A modifier of a class: `sourced-claim--denied`. */
export const modifierClass = (className: string, modifier: string): string => `${className}--${modifier}`;

/** The classes of a status written as a word: `sourced-status sourced-status--denied`. */
export const statusClassName = (status: ClaimStatus): string => `${HTML_CLASSES.status} ${modifierClass(HTML_CLASSES.status, status)}`;

// ---- data attributes ----

/** Every data attribute Sourced puts in article HTML. */
export const DATA_ATTRIBUTES = {
  /** On a claim: its id. */
  claim: 'data-claim',
  /** On a claim: its status. */
  status: 'data-status',
  /** On a claim number: the claim's id. */
  claimRef: 'data-claim-ref',
  /** On a callouts block: the ids of its claims (placeholder), or how many callouts it holds (filled). */
  callouts: 'data-callouts',
  /** On a callout: its claim's id. */
  callout: 'data-callout',
  /** On a quote: its id. */
  quote: 'data-quote',
  /** On a quote: the speaker's source id. */
  speaker: 'data-speaker',
  /** On a note: its kind. */
  note: 'data-note',
  /** On a term: its kind. */
  term: 'data-term',
} as const;

/** The hast property name of a data attribute: `data-claim-ref` → `dataClaimRef`. */
export function dataProperty(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase());
}

// ---- the elements the annotation plugin writes, as hast properties ----

/** A claim's words: `<span class="sourced-claim sourced-claim--unverified" id="claim-aid" …>`. */
export function claimProperties(claimId: string, status: ClaimStatus): Properties {
  return {
    className: [HTML_CLASSES.claim, modifierClass(HTML_CLASSES.claim, status)],
    id: claimElementId(claimId),
    [dataProperty(DATA_ATTRIBUTES.claim)]: claimId,
    [dataProperty(DATA_ATTRIBUTES.status)]: status,
    ariaDescribedBy: [calloutElementId(claimId)],
  };
}

/** The claim number after a claim: `<a class="sourced-claim__ref" href="#callout-aid" data-claim-ref="aid">`. */
export function claimRefProperties(claimId: string): Properties {
  return { className: [HTML_CLASSES.claimRef], href: `#${calloutElementId(claimId)}`, [dataProperty(DATA_ATTRIBUTES.claimRef)]: claimId };
}

/** Text for screen readers only: `<span class="visually-hidden">`. */
export function visuallyHiddenProperties(): Properties {
  return { className: [HTML_CLASSES.visuallyHidden] };
}

/** The empty block standing for callouts: `<div class="sourced-callouts" data-callouts="aid c2">`. */
export function calloutsPlaceholderProperties(claimIds: readonly string[]): Properties {
  return { className: [HTML_CLASSES.callouts], [dataProperty(DATA_ATTRIBUTES.callouts)]: claimIds.join(' ') };
}

/**
 * A quote's words: `<a class="sourced-quote" id="quote-q1" data-quote="q1" data-speaker="tsang"
 * href="#quote-entry-q1">` linking to its sidebar entry, or without `href` (for a `<span>`) when
 * it cannot be a link.
 */
export function quoteProperties(quoteId: string, speakerId: string, linked: boolean): Properties {
  const properties: Properties = {
    className: [HTML_CLASSES.quote],
    id: quoteElementId(quoteId),
    [dataProperty(DATA_ATTRIBUTES.quote)]: quoteId,
    [dataProperty(DATA_ATTRIBUTES.speaker)]: speakerId,
  };
  if (linked) properties['href'] = `#${quoteEntryElementId(quoteId)}`;
  return properties;
}

/** An editor's note: `<div class="sourced-note sourced-note--caveat" id="note-n1" role="note" data-note="caveat">`. */
export function noteProperties(noteId: string, kind: NoteKind): Properties {
  return {
    className: [HTML_CLASSES.note, modifierClass(HTML_CLASSES.note, kind)],
    id: noteElementId(noteId),
    role: 'note',
    [dataProperty(DATA_ATTRIBUTES.note)]: kind,
  };
}

/** A note's label paragraph: `<p class="sourced-note__label">`. */
export function noteLabelProperties(): Properties {
  return { className: [HTML_CLASSES.noteLabel] };
}

/**
 * Wording of the language lens: `<span class="sourced-term sourced-term--hedge" id="term-t1"
 * data-term="hedge" aria-describedby="term-t1-explanation">`.
 */
export function termProperties(termId: string, kind: TermKind): Properties {
  return {
    className: [HTML_CLASSES.term, modifierClass(HTML_CLASSES.term, kind)],
    id: termElementId(termId),
    [dataProperty(DATA_ATTRIBUTES.term)]: kind,
    ariaDescribedBy: [termExplanationElementId(termId)],
  };
}

/**
 * A term's explanation, shown by the language lens: `<span class="sourced-term__explain"
 * id="term-t1-explanation">`. It follows the annotated words the term is part of, never sits
 * inside them (remark/insertions.ts).
 */
export function termExplanationProperties(termId: string): Properties {
  return { className: [HTML_CLASSES.termExplain], id: termExplanationElementId(termId) };
}

/** A group of blocks (`sourced-group`), or the plain blocks inside one after the callouts (`sourced-group__rest`). */
export function groupProperties(part: 'group' | 'rest'): Properties {
  return { className: [part === 'group' ? HTML_CLASSES.group : HTML_CLASSES.groupRest] };
}
