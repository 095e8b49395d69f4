/**
 * `:::note{kind=caveat}` … `:::`: an editor's note, a block numbered `n1`, `n2`… in reading
 * order. An optional title in brackets (`:::note[Who said this?]{kind=caveat}`) joins the kind's
 * label (“Caveat: Who said this?”), which the note shows as its first paragraph.
 */
/// <reference path="../mdast.d.ts" />
import type { Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { listValues } from '../../diagnostics/did-you-mean.ts';
import { DEFAULT_NOTE_KIND, NOTE_KIND_LABELS, NOTE_KINDS } from '../vocabulary.ts';
import { noteLabelProperties, noteProperties } from '../markup/contract.ts';
import { readChoice, type ChoiceProblem } from './directive-checks.ts';
import type { AnnotationHandler } from './handlers.ts';

const BAD_NOTE_KIND: ChoiceProblem = {
  ruleId: 'bad-note-kind',
  noun: 'a kind of note',
  hint: `Use ${listValues(NOTE_KINDS)} (default \`${DEFAULT_NOTE_KIND}\`).`,
};

export const NOTE_HANDLER: AnnotationHandler<ContainerDirective> = {
  form: 'containerDirective',
  formHint: 'A note is a block: put `:::note{kind=context}` on its own line, the note text below it, and `:::` on a line after it.',
  visit(node, context) {
    const kind = readChoice(context, node, 'kind', NOTE_KINDS, BAD_NOTE_KIND) ?? DEFAULT_NOTE_KIND;
    const labelIndex = node.children.findIndex((child) => child.type === 'paragraph' && child.data?.directiveLabel);
    const title = labelIndex >= 0 ? toString(node.children[labelIndex] as Paragraph, { includeHtml: false }).trim() : '';
    if (labelIndex >= 0) node.children.splice(labelIndex, 1);
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    if (text === '') {
      context.report('empty-note', context.position(node), '`:::note` has no text.', 'Write the note between the `:::note` line and the closing `:::` line.');
    }
    const number = context.notes.length + 1;
    const id = `n${number}`;
    const label = title ? `${NOTE_KIND_LABELS[kind]}: ${title}` : NOTE_KIND_LABELS[kind];
    context.notes.push({ id, number, kind, label, text, ...context.position(node) });
    node.children.unshift({ type: 'paragraph', data: { hProperties: noteLabelProperties() }, children: [{ type: 'text', value: label }] });
    node.data = { ...node.data, hName: 'div', hProperties: noteProperties(id, kind) };
  },
};
