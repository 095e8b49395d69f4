import { TERM_KIND_LABELS } from '../../annotations/vocabulary.ts';
import { classifyingBody, commentingBody, describingBody, tagBody } from '../bodies.ts';
import type { AnnotationKind } from './kind.ts';
import { termElementId } from '../../annotations/markup/contract.ts';

/**
 * Terms of the language lens (not in the default kinds; pass it in `kinds` to include them):
 * motivation `classifying`; bodies: the tag `term` (and `automatic` for hedges the build found),
 * the kind (`classifying`), its label (`describing`) and the note (`commenting`).
 */
export const TERM_ANNOTATIONS: AnnotationKind = {
  name: 'term',
  annotate({ annotations }) {
    return annotations.terms.map((term) => ({
      elementId: termElementId(term.id),
      motivation: 'classifying',
      body: [
        tagBody('term'),
        ...(term.automatic ? [tagBody('automatic')] : []),
        classifyingBody(term.kind),
        describingBody(TERM_KIND_LABELS[term.kind]),
        ...(term.note ? [commentingBody(term.note)] : []),
      ],
    }));
  },
};
