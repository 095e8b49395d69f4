/**
 * Keeps every annotation's words in one piece on the page.
 *
 * Sourced adds two things to the text: a claim's number (a link to its callout, after the claim)
 * and a term's explanation (“ [Hedge: …]”, shown by the language lens). Written where they
 * belong to, they could land inside other annotated words: the explanation of a term inside a
 * claim sat inside the claim, the number of a claim inside a term inside the term. A reader then
 * sees the claim's words cut in two, and a Web Annotation client, which finds an annotation by
 * its words in the page's text, cannot find them at all.
 *
 * `moveInsertionsOutOfAnnotations` moves each such insertion right after the outermost claim,
 * quote, term or link around it (a claim number cannot go inside a link), after the insertions
 * already there, in reading order: `<claim>…<term>said</term>…</claim><a>1</a><span> [Hedge: …]</span>`.
 * What they give readers stays: the explanation is still shown by the lens right after the
 * words, and the term names it with `aria-describedby` (contract.ts).
 *
 * Notes are blocks, not words in a sentence: an insertion inside a note stays in the note.
 */
/// <reference path="../mdast.d.ts" />
import type { Root } from 'mdast';
import { forEachNodeWithAncestors } from '../../util/for-each-node.ts';

/** The node types of insertions (claim.ts writes claim numbers, term.ts explanations). */
export const INSERTION_TYPES: ReadonlySet<string> = new Set(['sourcedClaimRef', 'sourcedTermExplanation']);

/** Directives whose words are annotated inline. */
const INLINE_ANNOTATIONS = new Set(['claim', 'quote', 'term']);

interface AnyNode {
  type: string;
  name?: string;
  children?: AnyNode[];
}

/** Whether an insertion cannot sit inside this node. */
function mustStayOutside(node: AnyNode): boolean {
  return node.type === 'link' || (node.type === 'textDirective' && INLINE_ANNOTATIONS.has(node.name ?? ''));
}

interface Move {
  node: AnyNode;
  from: AnyNode;
  anchor: AnyNode;
  host: AnyNode;
}

/** Moves claim numbers and term explanations out of annotated words and links (see above). */
export function moveInsertionsOutOfAnnotations(tree: Root): void {
  const moves: Move[] = [];
  forEachNodeWithAncestors(tree as AnyNode, (node, ancestors) => {
    if (!INSERTION_TYPES.has(node.type)) return;
    const outermost = ancestors.findIndex(mustStayOutside);
    if (outermost < 1) return;
    moves.push({ node, from: ancestors.at(-1)!, anchor: ancestors[outermost]!, host: ancestors[outermost - 1]! });
  });
  for (const { node, from, anchor, host } of moves) {
    const source = from.children!;
    source.splice(source.indexOf(node), 1);
    const siblings = host.children!;
    let index = siblings.indexOf(anchor) + 1;
    while (index < siblings.length && INSERTION_TYPES.has(siblings[index]!.type)) index += 1;
    siblings.splice(index, 0, node);
  }
}
