/**
 * `:term[words]{kind=loaded note="…"}`: wording marked for the language lens. The handler
 * validates one term and records it; after the walk (and after hedges.ts added the hedges found
 * automatically) `finishTerms` numbers every term `t1`, `t2`… in reading order and marks it up
 * with its explanation, which the lens shows.
 */
/// <reference path="../mdast.d.ts" />
import type { TextDirective } from 'mdast-util-directive';
import { listValues } from '../../diagnostics/did-you-mean.ts';
import { TERM_KIND_LABELS, TERM_KINDS, type TermKind } from '../vocabulary.ts';
import type { Term } from '../model.ts';
import { termExplanationProperties, termProperties } from '../markup/contract.ts';
import type { AnnotationContext } from './context.ts';
import { checkLabel, inlineFormHint, readChoice, type ChoiceProblem } from './directive-checks.ts';
import type { AnnotationHandler } from './handlers.ts';

/** The kind a term gets when its `kind` is missing or unknown (the build fails anyway). */
const FALLBACK_TERM_KIND: TermKind = 'loaded';

const BAD_TERM_KIND: ChoiceProblem = { ruleId: 'bad-term-kind', noun: 'a kind of term', hint: `Use ${listValues(TERM_KINDS)}.` };

function readKind(context: AnnotationContext, node: TextDirective): TermKind {
  const rawKind = node.attributes?.['kind'];
  if (rawKind !== undefined && rawKind !== null && rawKind !== '') return readChoice(context, node, 'kind', TERM_KINDS, BAD_TERM_KIND) ?? FALLBACK_TERM_KIND;
  context.report(
    'missing-kind',
    context.position(node),
    '`:term[…]` has no `kind=`.',
    `Say what the wording is: ${listValues(TERM_KINDS)}, e.g. \`:term[words]{kind=loaded note="Why"}\`.`,
  );
  return FALLBACK_TERM_KIND;
}

export const TERM_HANDLER: AnnotationHandler<TextDirective> = {
  form: 'textDirective',
  formHint: inlineFormHint('term'),
  visit(node, context) {
    const text = checkLabel(context, node);
    const kind = readKind(context, node);
    const note = node.attributes?.['note']?.trim() || undefined;
    context.terms.push({ record: { id: '', number: 0, kind, text, note, automatic: false, ...context.position(node) }, node });
  },
};

/**
 * Numbers every term in reading order and marks it up: `<span class="sourced-term …">words<span
 * class="sourced-term__explain"> [Hedge: …]</span></span>`; insertions.ts then moves the
 * explanation out, after the annotated words.
 */
export function finishTerms(context: AnnotationContext): Term[] {
  context.terms.sort((a, b) => a.record.line - b.record.line || a.record.column - b.record.column);
  return context.terms.map(({ record, node }, position) => {
    record.number = position + 1;
    record.id = `t${record.number}`;
    const explanation = `${TERM_KIND_LABELS[record.kind]}${record.note ? `: ${record.note}` : ''}`;
    node.data = { hName: 'span', hProperties: termProperties(record.id, record.kind) };
    (node as TextDirective).children.push({
      type: 'sourcedTermExplanation',
      data: { hName: 'span', hProperties: termExplanationProperties(record.id), hChildren: [{ type: 'text', value: ` [${explanation}]` }] },
    } as never);
    return record;
  });
}
