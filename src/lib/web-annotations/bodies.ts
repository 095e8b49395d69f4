/**
 * The bodies of Sourced's annotations. Every body is either a `TextualBody` or a
 * `SpecificResource` (the two kinds of body the W3C model gives a `purpose`):
 *
 * | Body | `purpose` | Holds |
 * | --- | --- | --- |
 * | `TextualBody` | `tagging` | what Sourced calls the annotation: `claim`, `quote`, `note`, `term`; `automatic` for what the build found by itself |
 * | `TextualBody` | `classifying` | a keyword of Sourced's vocabulary: a claim's status (`disputed`), a note's or term's kind (`translation`, `loaded`) |
 * | `TextualBody` | `describing` | words for readers: a claim's sourcing (`Anonymous officials, via Financial Times`), a note's label (`Caveat: Who said this?`) |
 * | `TextualBody` | `commenting` | an editor's note on a claim or term |
 * | `SpecificResource` | `identifying` | `schema:roleName: by`: the source who says it, as an {@link AgentResource} |
 * | `SpecificResource` | `describing` | `schema:roleName: via`: the source it reached us through |
 * | `SpecificResource` | `linking` | `schema:roleName: claim` (a quote's claim) or `responds` (the claim a claim answers): the other annotation's id |
 *
 * Sources use the context's own terms (`Person`, `Organization`, `name`) and, for what it lacks,
 * schema.org terms through the context's `schema:` prefix, so the document needs no second context.
 */
import type { SourceRef } from '../annotations/model.ts';
import type { AgentResource, Motivation, SpecificResourceBody, TextualBody } from './model.ts';

/** The language of Sourced's own words (sourcing, labels, editor's notes). */
export const BODY_LANGUAGE = 'en';

/** Kinds of source that are organisations (a document counts as the body behind it, its `schema:category` says `document`); every other kind is a person or people. */
const ORGANIZATION_KINDS = new Set(['outlet', 'government', 'organization', 'document']);

/** A keyword naming what the annotation is (`claim`, `quote`, …). */
export function tagBody(value: string): TextualBody {
  return { type: 'TextualBody', purpose: 'tagging', value };
}

/** A keyword from Sourced's vocabulary classifying the text (a status, a kind). */
export function classifyingBody(value: string): TextualBody {
  return { type: 'TextualBody', purpose: 'classifying', value };
}

/** Words for readers describing the text. */
export function describingBody(text: string): TextualBody {
  return { type: 'TextualBody', purpose: 'describing', value: text, format: 'text/plain', language: BODY_LANGUAGE };
}

/** An editor's remark on the text. */
export function commentingBody(text: string): TextualBody {
  return { type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain', language: BODY_LANGUAGE };
}

/** A source as an agent, with its IRI. */
export function toAgent(source: SourceRef, id: string): AgentResource {
  return {
    id,
    type: ORGANIZATION_KINDS.has(source.kind) ? 'Organization' : 'Person',
    name: source.name,
    'schema:category': source.kind,
    ...(source.role ? { 'schema:description': source.role } : {}),
    ...(source.url ? { 'schema:url': source.url } : {}),
  };
}

/** A source playing a part: `by` (identifying who says it) or `via` (describing how it reached us). */
export function agentBody(role: 'by' | 'via', agent: AgentResource): SpecificResourceBody {
  const purpose: Motivation = role === 'by' ? 'identifying' : 'describing';
  return { type: 'SpecificResource', purpose, 'schema:roleName': role, source: agent };
}

/** A link to another annotation of the same article. */
export function linkBody(role: string, annotationId: string): SpecificResourceBody {
  return { type: 'SpecificResource', purpose: 'linking', 'schema:roleName': role, source: annotationId };
}
