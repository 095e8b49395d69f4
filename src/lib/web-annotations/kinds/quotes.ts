import { claimElementId, quoteElementId } from '../../annotations/markup/contract.ts';
import { agentBody, linkBody, tagBody } from '../bodies.ts';
import type { AnnotationKind } from './kind.ts';

/**
 * Quotes: motivation `identifying` (the words are a direct quotation of a speaker); bodies: the
 * tag `quote`, the speaker (`by`) and, for a quote inside a claim, that claim (`claim`).
 */
export const QUOTE_ANNOTATIONS: AnnotationKind = {
  name: 'quote',
  annotate({ annotations, agent, annotationId }) {
    const claims = new Set(annotations.claims.map((claim) => claim.id));
    return annotations.quotes.map((quote) => ({
      elementId: quoteElementId(quote.id),
      motivation: 'identifying',
      body: [
        tagBody('quote'),
        agentBody('by', agent(quote.by)),
        ...(quote.claim && claims.has(quote.claim) ? [linkBody('claim', annotationId(claimElementId(quote.claim)))] : []),
      ],
    }));
  },
};
