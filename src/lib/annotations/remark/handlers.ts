/**
 * The handler table: which handler reads each of Sourced's directives (claim.ts, quote.ts,
 * note.ts, term.ts), and the checks every one of them goes through first. Adding a directive
 * means adding its name to the vocabulary (ANNOTATION_NAMES, ALLOWED_ATTRIBUTES) and a handler
 * here; directives with other names are left to leftovers.ts and the restoring plugin.
 */
/// <reference path="../mdast.d.ts" />
import type { Parent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { AnnotationName } from '../vocabulary.ts';
import type { AnnotationContext } from './context.ts';
import { checkAttributes, reportBare, reportWrongForm } from './directive-checks.ts';
import { isBare, type Directive } from './directive.ts';
import { markUsedSources } from './sources.ts';
import { CLAIM_HANDLER } from './claim.ts';
import { QUOTE_HANDLER } from './quote.ts';
import { NOTE_HANDLER } from './note.ts';
import { TERM_HANDLER } from './term.ts';

/** How one directive is read. */
export interface AnnotationHandler<Node extends TextDirective | ContainerDirective> {
  /** The form it must be written in: `:name[…]` (text) or a `:::name` block (container). */
  readonly form: Node['type'];
  /** How to write it, for a directive written in another form. */
  readonly formHint: string;
  /**
   * Reads one directive of this name and form, whose attributes were checked against
   * ALLOWED_ATTRIBUTES: validates it, records what it found in the context and marks the node up
   * (or leaves that to a step after the walk). `ancestors` go from the root to the parent.
   */
  visit(node: Node, context: AnnotationContext, ancestors: readonly Parent[]): void;
}

/** Directive name → handler. */
export const ANNOTATION_HANDLERS = {
  claim: CLAIM_HANDLER,
  quote: QUOTE_HANDLER,
  note: NOTE_HANDLER,
  term: TERM_HANDLER,
} as const satisfies Record<AnnotationName, AnnotationHandler<TextDirective> | AnnotationHandler<ContainerDirective>>;

/** Reads one of Sourced's directives: the checks every directive goes through, then its handler. */
export function visitAnnotation(node: Directive, name: AnnotationName, context: AnnotationContext, ancestors: readonly Parent[]): void {
  markUsedSources(context, node);
  const handler: AnnotationHandler<TextDirective> | AnnotationHandler<ContainerDirective> = ANNOTATION_HANDLERS[name];
  if (node.type !== handler.form) return reportWrongForm(context, node, handler.formHint);
  if (node.type === 'textDirective' && isBare(node, context.source)) return reportBare(context, node, ancestors.at(-1));
  checkAttributes(context, node, name);
  // The form was checked above: the node is the kind of directive the handler reads.
  (handler.visit as (node: Directive, context: AnnotationContext, ancestors: readonly Parent[]) => void)(node, context, ancestors);
}
