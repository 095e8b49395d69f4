import type { Element, ElementContent } from 'hast';
import { NOTE_KIND_LABELS } from '../../annotations/kinds.ts';
import { classifyingBody, describingBody, tagBody } from '../bodies.ts';
import type { AnnotationKind } from './kind.ts';

/** The element id of an editor's note. */
export const noteElementId = (noteId: string): string => `note-${noteId}`;

function textContent(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textContent).join('') : '';
}

/** The note's label as readers see it (`Caveat: Who said this?`), from the rendered note. */
function labelOf(note: Element | undefined): string | undefined {
  const label = note?.children.find(
    (child): child is Element =>
      child.type === 'element' && Array.isArray(child.properties['className']) && child.properties['className'].includes('sourced-note__label'),
  );
  const text = label ? textContent(label).replace(/\s+/g, ' ').trim() : '';
  return text || undefined;
}

/**
 * Editor's notes: the target is the note's text (its label left out); motivation `classifying`
 * (the text is an editor's note of a kind); bodies: the tag `note`, the kind (`classifying`) and
 * the label readers see, with the note's title if it has one (`describing`).
 */
export const NOTE_ANNOTATIONS: AnnotationKind = {
  name: 'note',
  annotate({ annotations, element }) {
    return annotations.notes.map((note) => {
      const elementId = noteElementId(note.id);
      return {
        elementId,
        motivation: 'classifying',
        body: [tagBody('note'), classifyingBody(note.kind), describingBody(labelOf(element(elementId)) ?? NOTE_KIND_LABELS[note.kind])],
      };
    });
  },
};
