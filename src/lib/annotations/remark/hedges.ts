/**
 * Hedges the build marks by itself as terms of kind `hedge` (“apparently”, “is said to”), in
 * the article's text outside the terms the analyst marked (so a hedge is never marked twice),
 * inside claims and quotes too, never inside code. Each found hedge becomes a `:term` node
 * and a term record with `automatic: true`; term.ts numbers and marks them up with the others.
 */
/// <reference path="../mdast.d.ts" />
import type { Parent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { AnnotationContext } from './context.ts';
import { automaticHedgeNote, sentenceAround } from '../hedge-notes.ts';

/**
 * Hedges the build marks by itself: whole words only, so "reportedly" is found but nothing
 * inside longer words ("unapparently" is not a hit).
 */
export const AUTOMATIC_HEDGE = /\b(?:apparently|reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were) said to|(?:seems?|seemed|appears?|appeared) to)\b/gi;

/** What the lens says about an automatic hedge at `index` in `node`: attributed to the claim or quote it sits in, or to its sentence's source (hedge-notes.ts). */
function hedgeNote(context: AnnotationContext, parent: Parent, node: Text, index: number): string {
  const attributed = parent.type === 'textDirective' && ['claim', 'quote'].includes((parent as TextDirective).name) ? (parent as TextDirective) : undefined;
  const by = attributed?.attributes?.['by'];
  const text = toString(parent, { includeHtml: false });
  const at = text.indexOf(node.value) + index;
  return automaticHedgeNote(by ? (context.sources.get(by)?.name ?? by) : undefined, sentenceAround(text, Math.max(at, 0)));
}

/** Every automatic hedge in a text, with its offset. */
export function findHedges(text: string): { text: string; index: number }[] {
  return [...text.matchAll(AUTOMATIC_HEDGE)].map((match) => ({ text: match[0], index: match.index }));
}

/** Splits a text node around its hedges, each a new term; returns how many nodes replace it. */
function markHedges(context: AnnotationContext, node: Text, parent: Parent, index: number): number {
  const hedges = findHedges(node.value);
  if (hedges.length === 0) return 1;
  const pieces: (Text | TextDirective)[] = [];
  let cursor = 0;
  const start = node.position?.start;
  for (const hedge of hedges) {
    if (hedge.index > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, hedge.index) });
    const term: TextDirective = { type: 'textDirective', name: 'term', attributes: { kind: 'hedge' }, children: [{ type: 'text', value: hedge.text }] };
    pieces.push(term);
    const before = node.value.slice(0, hedge.index);
    const line = (start?.line ?? 1) + context.lineOffset + (before.match(/\n/g)?.length ?? 0);
    const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : (start?.column ?? 1) + hedge.index;
    context.terms.push({
      record: { id: '', number: 0, kind: 'hedge', text: hedge.text, note: hedgeNote(context, parent, node, hedge.index), automatic: true, line, column },
      node: term,
    });
    cursor = hedge.index + hedge.text.length;
  }
  if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
  parent.children.splice(index, 1, ...(pieces as never[]));
  return pieces.length;
}

/** Marks the automatic hedges in the text under `parent` (default: the whole article), outside terms the analyst marked. */
export function markAutomaticHedges(context: AnnotationContext, parent: Parent = context.tree): void {
  for (let index = 0; index < parent.children.length; index += 1) {
    const child = parent.children[index]!;
    if (child.type === 'text') index += markHedges(context, child, parent, index) - 1;
    else if ('children' in child && !(child.type === 'textDirective' && child.name === 'term')) markAutomaticHedges(context, child);
  }
}
