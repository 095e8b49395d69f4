/**
 * Syntax that should never reach readers unremarked: directives Sourced does not know (a typo
 * such as `:claims[…]` is an error with the closest name; a stray `:30` in `10:30` stays text,
 * restored by restore-directives.ts), and directive syntax that did not parse at all (an
 * unclosed `[` or `{` leaves `:claim[` in the text), which is an error at its place in the file.
 */
/// <reference path="../mdast.d.ts" />
import type { Text } from 'mdast';
import { forEachNode } from '../../util/for-each-node.ts';
import { findClosest } from '../../diagnostics/did-you-mean.ts';
import { ANNOTATION_NAMES } from '../vocabulary.ts';
import type { AnnotationContext } from './context.ts';
import { directiveSyntax, type Directive } from './directive.ts';

/** A sequence from directive syntax that should never reach a reader. */
const LEFTOVER_PATTERN = /:(?:claim|quote)\[|:{2,}\s*note\b/g;

/**
 * A directive with another name: an error when it has brackets, braces or colons of its own and
 * its name is close to one of Sourced's, a warning when it has them and is not; nothing for a
 * bare `:name` (times, ports, `re:Invent`).
 */
export function reportForeignDirective(context: AnnotationContext, node: Directive): void {
  const bracketed = node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0 || node.type !== 'textDirective';
  if (!bracketed) return;
  const closest = findClosest(node.name, ANNOTATION_NAMES);
  if (closest !== undefined) {
    const colons = closest === 'note' ? ':::' : ':';
    context.report(
      'unknown-directive',
      context.position(node),
      `\`${directiveSyntax(node)}\` is not a Sourced annotation. Did you mean \`${colons}${closest}\`?`,
      `Sourced knows \`:claim\`, \`:quote\` and \`:::note\`; fix the name, or escape the colon as \`\\:\` if you meant the text.`,
    );
  } else {
    context.report(
      'unknown-directive',
      context.position(node),
      `\`${directiveSyntax(node)}\` is not a Sourced annotation and is kept as plain text.`,
      'If you meant an annotation, use `:claim`, `:quote` or `:::note`; if you meant the text, escape the colon as `\\:` to silence this warning.',
      'warning',
    );
  }
}

/** The offset in the body of the n-th `needle` of a text node's value, found again in its source. */
function locateInSource(source: string, node: Text, needle: string, indexInValue: number): number | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const slice = source.slice(start, end);
  let from = 0;
  let occurrence = node.value.slice(0, indexInValue).split(needle).length - 1;
  let found = slice.indexOf(needle, from);
  while (found >= 0 && occurrence > 0) {
    from = found + 1;
    occurrence--;
    found = slice.indexOf(needle, from);
  }
  return found >= 0 ? start + found : undefined;
}

/** Directive syntax that did not parse (an unclosed `[` or `{`) and would reach readers as text. */
export function reportLeftoverSyntax(context: AnnotationContext): void {
  forEachNode(context.tree, (any) => {
    if (any.type !== 'text') return;
    const node = any as Text;
    for (const match of node.value.matchAll(LEFTOVER_PATTERN)) {
      const offset = locateInSource(context.source, node, match[0], match.index);
      // `\\:claim[` is the author showing the syntax as text.
      if (offset !== undefined && context.source[offset - 1] === '\\') continue;
      const syntax = match[0].replace(/\[$/, '');
      context.report(
        'unclosed-directive',
        offset === undefined ? context.position(node) : context.offsetPosition(offset),
        `\`${match[0]}\` was not read as an annotation: its brackets or braces are not closed.`,
        syntax.includes('note')
          ? 'Write `:::note{kind=context}` alone on its line with the braces closed, and end the note with a `:::` line.'
          : `Close the words with \`]\` and the attributes with \`}\`: \`${syntax}[words]{by=source-id}\`.`,
      );
    }
  });
}
