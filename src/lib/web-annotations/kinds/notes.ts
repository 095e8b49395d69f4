import { classifyingBody, describingBody, tagBody } from '../bodies.ts';
import type { AnnotationKind } from './kind.ts';
import { noteElementId } from '../../annotations/markup/contract.ts';

/**
 * Editor's notes: the target is the note's text (its label left out); motivation `classifying`
 * (the text is an editor's note of a kind); bodies: the tag `note`, the kind (`classifying`) and
 * the label readers see, with the note's title if it has one (`describing`).
 */
export const NOTE_ANNOTATIONS: AnnotationKind = {
  name: 'note',
  annotate({ annotations }) {
    return annotations.notes.map((note) => ({
      elementId: noteElementId(note.id),
      motivation: 'classifying',
      body: [tagBody('note'), classifyingBody(note.kind), describingBody(note.label.replace(/\s+/g, ' ').trim())],
    }));
  },
};
