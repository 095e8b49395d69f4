import { claimElementId } from '../../annotations/markup/contract.ts';
import { agentBody, classifyingBody, commentingBody, describingBody, linkBody, tagBody } from '../bodies.ts';
import type { AnnotationKind } from './kind.ts';
import { speakersOf } from '../../annotations/sourcing.ts';

/**
 * Claims: motivation `describing`; bodies: the tag `claim`, the status (`classifying`), the
 * sourcing in words (`describing`), each source (`by`, one body per speaker of `by=a,b`) and the source it came through (`via`),
 * the claim it answers (`responds`) and the editor's note (`commenting`).
 */
export const CLAIM_ANNOTATIONS: AnnotationKind = {
  name: 'claim',
  annotate({ annotations, agent, annotationId }) {
    const ids = new Set(annotations.claims.map((claim) => claim.id));
    return annotations.claims.map((claim) => ({
      elementId: claimElementId(claim.id),
      motivation: 'describing',
      body: [
        tagBody('claim'),
        classifyingBody(claim.status),
        describingBody(claim.sourcing),
        ...speakersOf(claim).map((speaker) => agentBody('by', agent(speaker))),
        ...(claim.via ? [agentBody('via', agent(claim.via))] : []),
        ...(claim.responds && ids.has(claim.responds) ? [linkBody('responds', annotationId(claimElementId(claim.responds)))] : []),
        ...(claim.note ? [commentingBody(claim.note)] : []),
      ],
    }));
  },
};
