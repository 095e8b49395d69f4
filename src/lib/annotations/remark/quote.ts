/**
 * `:quote[words]{by=source}`: a speaker's exact words, numbered `q1`, `q2`… in reading order.
 * The handler validates one quote and records it; after the walk `attachQuotes` ties each quote
 * to the claim it sits in and marks it up as a link to its entry in the quote sidebar (a
 * `<span>` inside a link, where a link cannot go).
 */
/// <reference path="../mdast.d.ts" />
import type { TextDirective } from 'mdast-util-directive';
import type { Quote } from '../model.ts';
import { quoteProperties } from '../markup/contract.ts';
import type { AnnotationContext } from './context.ts';
import { checkLabel, checkUnreadableAttributes, inlineFormHint } from './directive-checks.ts';
import type { AnnotationHandler } from './handlers.ts';
import { placementOf } from './placement.ts';
import { resolveSource, unknownSource } from './sources.ts';

/** Double marks at either end, or an opening single mark (a closing ’ may be an apostrophe). */
const QUOTATION_MARKS_INSIDE = /^["“”„«»‘]|["“”„«»]$/;

export const QUOTE_HANDLER: AnnotationHandler<TextDirective> = {
  form: 'textDirective',
  formHint: inlineFormHint('quote'),
  visit(node, context, ancestors) {
    const unreadable = checkUnreadableAttributes(context, node, ancestors.at(-1));
    const { parent, outerLink, block, claimNode, inQuote } = placementOf(ancestors);
    const at = context.position(node);
    if (inQuote) {
      context.report('nested-quote', at, 'A `:quote` sits inside another `:quote`.', 'Mark each quotation once; close the first `:quote` before the next.');
    }
    const text = checkLabel(context, node);
    if (QUOTATION_MARKS_INSIDE.test(text)) {
      context.report(
        'quote-marks-inside',
        at,
        `The quotation marks are inside \`:quote[${text.length > 30 ? `${text.slice(0, 30)}…` : text}]\`.`,
        'Keep the quotation marks in the prose, outside the directive: `“:quote[words]{by=x}”`.',
        'warning',
      );
    }
    const by = resolveSource(context, node, 'by', !unreadable);
    const number = context.quotes.length + 1;
    const record: Quote = { id: `q${number}`, number, text, by: by ?? unknownSource(node.attributes?.['by'] ?? ''), ...at };
    context.quotes.push({ record, node, claimNode, parent, outerLink, block });
  },
};

/** Once claims have their ids: records each quote in the claim around it, and marks every quote up. */
export function attachQuotes(context: AnnotationContext): void {
  const claimsByNode = new Map(context.claims.map((claim) => [claim.node, claim]));
  for (const found of context.quotes) {
    const owner = found.claimNode ? claimsByNode.get(found.claimNode) : undefined;
    if (owner) {
      found.record.claim = owner.record.id;
      owner.record.quotes.push(found.record.id);
    }
    // A link cannot hold a link: a quote inside one is a `<span>`.
    const linked = found.outerLink === undefined;
    found.node.data = { hName: linked ? 'a' : 'span', hProperties: quoteProperties(found.record.id, found.record.by.id, linked) };
  }
}
