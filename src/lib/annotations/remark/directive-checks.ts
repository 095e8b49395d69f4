/**
 * Checks every annotation directive goes through, whatever its name: the form it is written in
 * (colons), a missing `[`, the attributes it accepts, attributes that did not parse, and words
 * in the label. Each reports a {@link Diagnostic} through the context and never throws.
 */
/// <reference path="../mdast.d.ts" />
import type { Parent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { didYouMean, listValues } from '../../diagnostics/did-you-mean.ts';
import { ALLOWED_ATTRIBUTES, type AnnotationName } from '../vocabulary.ts';
import type { AnnotationContext } from './context.ts';
import { directiveSyntax, type Directive } from './directive.ts';

/** How to write an inline annotation, for a `wrong-form` report. */
export function inlineFormHint(name: AnnotationName): string {
  return `Write \`:${name}[words]{by=source-id}\` with one colon, inside the sentence.`;
}

/** A directive written with the wrong number of colons (`::claim`, `:note`). */
export function reportWrongForm(context: AnnotationContext, node: Directive, hint: string): void {
  context.report('wrong-form', context.position(node), `\`${directiveSyntax(node)}\` is written with the wrong number of colons.`, hint);
}

/** Reports `:claim` without `[` (see `isBare`) and turns the node back into its text, so readers see what the author wrote. */
export function reportBare(context: AnnotationContext, node: TextDirective, parent: Parent | undefined): void {
  const next = parent?.children[parent.children.indexOf(node) + 1];
  const unclosed = next?.type === 'text' && next.value.startsWith('[');
  context.report(
    unclosed ? 'unclosed-directive' : 'empty-label',
    context.position(node),
    unclosed
      ? `\`:${node.name}[\` is not closed: the words need a closing \`]\` before the attributes.`
      : `\`:${node.name}\` has no words: write them in brackets right after the name.`,
    `Write \`:${node.name}[words]{by=source-id}\`.`,
  );
  // Keep the author's text visible instead of an empty element.
  const text = node as unknown as Text;
  Object.assign(text, { type: 'text', value: `:${node.name}` });
  for (const key of ['name', 'attributes', 'children'] as const) delete (node as Partial<TextDirective>)[key];
}

/** Reports each attribute the directive does not accept, with the closest one it does. */
export function checkAttributes(context: AnnotationContext, node: Directive, name: AnnotationName): void {
  const allowed = ALLOWED_ATTRIBUTES[name];
  for (const key of Object.keys(node.attributes ?? {})) {
    if (allowed.includes(key)) continue;
    const shown = key === 'class' ? '.class' : key === 'id' ? '#id' : key;
    const suggestion = didYouMean(key, allowed);
    context.report(
      'unknown-attribute',
      context.attributePosition(node, key),
      `\`${directiveSyntax(node)}\` has no attribute \`${shown}\`.${suggestion}`,
      `Allowed: ${listValues(allowed.map((a) => (a === 'id' ? '#id' : a)))}.`,
    );
  }
}

/**
 * `:claim[words]{by=x` (no closing brace) or `{by=}` (an empty value) does not parse: the claim
 * comes without attributes, followed by the text `{…`. Reports it; returns true when that happened.
 */
export function checkUnreadableAttributes(context: AnnotationContext, node: TextDirective, parent: Parent | undefined): boolean {
  if (!parent) return false;
  const next = parent.children[parent.children.indexOf(node) + 1];
  if (next?.type !== 'text' || !next.value.startsWith('{') || Object.keys(node.attributes ?? {}).length > 0) return false;
  const shown = next.value.split('\n')[0]?.slice(0, 40) ?? '{';
  const closed = shown.includes('}');
  context.report(
    closed ? 'bad-attributes' : 'unclosed-directive',
    context.position(next),
    closed
      ? `The attributes after \`${directiveSyntax(node)}[…]\` could not be read: \`${shown}\`.`
      : `The attributes after \`${directiveSyntax(node)}[…]\` are not closed: \`${shown}\`.`,
    closed
      ? 'Give every attribute a value (`by=source-id`), put values with spaces in straight double quotes (`note="two words"`), and use `&quot;` for a double quote inside a value.'
      : 'Close them with `}`, e.g. `{by=source-id}`.',
  );
  return true;
}

/** What {@link readChoice} says about a value that is not one of the choices. */
export interface ChoiceProblem {
  ruleId: string;
  /** What a valid value is: `a status`, `a kind of note`. */
  noun: string;
  hint: string;
}

/**
 * The value of an attribute that takes one of `values` (`status=`, `kind=`), or undefined when
 * it is absent or not one of them; another value is reported with the closest valid one.
 */
export function readChoice<T extends string>(context: AnnotationContext, node: Directive, attribute: string, values: readonly T[], problem: ChoiceProblem): T | undefined {
  const raw = node.attributes?.[attribute];
  if (raw === undefined || raw === null) return undefined;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  context.report(
    problem.ruleId,
    context.attributePosition(node, attribute),
    `\`${directiveSyntax(node)}\` ${attribute}=\`${raw}\` is not ${problem.noun}.${didYouMean(raw, values)}`,
    problem.hint,
  );
  return undefined;
}

/** The label's words as plain text; reports a label without any. */
export function checkLabel(context: AnnotationContext, node: TextDirective): string {
  // Raw HTML does not count: the sanitiser may remove it, and readers never see its source.
  const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
  if (text === '') {
    context.report(
      'empty-label',
      context.position(node),
      `\`${directiveSyntax(node)}[]\` has no words inside the brackets.`,
      `Put the ${node.name === 'claim' ? 'claimed statement' : node.name === 'quote' ? "speaker's exact words" : 'words'} between \`[\` and \`]\`.`,
    );
  }
  return text;
}
