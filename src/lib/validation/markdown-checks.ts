/**
 * Markdown that is valid but almost certainly not what the analyst meant, reported as warnings
 * (the page is still built): a link without words, a heading without words, and a footnote
 * reference with no footnote (`[^1]` with no `[^1]: …` line shows on the page as typed).
 */
import type { Heading, Link, Nodes, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { forEachNode } from '../for-each-node.ts';

/** One problem, at an offset into the Markdown the tree was parsed from. */
export interface MarkdownFinding {
  ruleId: 'empty-link' | 'empty-heading' | 'missing-footnote';
  message: string;
  hint: string;
  offset: number;
}

const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\]/g;

function emptyLink(link: Link): MarkdownFinding | undefined {
  if (toString(link).trim() !== '' || link.position?.start.offset === undefined) return undefined;
  return {
    ruleId: 'empty-link',
    message: `The link to \`${link.url}\` has no words, so the page shows its address instead.`,
    hint: `Put the words readers should click inside the brackets, e.g. \`[the ministry's statement](${link.url})\`.`,
    offset: link.position.start.offset,
  };
}

function emptyHeading(heading: Heading): MarkdownFinding | undefined {
  if (toString(heading).trim() !== '' || heading.position?.start.offset === undefined) return undefined;
  return {
    ruleId: 'empty-heading',
    message: `A level-${heading.depth} heading has no words.`,
    hint: 'Write the heading after the `#` marks, or remove the line.',
    offset: heading.position.start.offset,
  };
}

function missingFootnotes(text: Text): MarkdownFinding[] {
  const start = text.position?.start.offset;
  if (start === undefined || !text.value.includes('[^')) return [];
  // The text of a node can differ from its source (escapes, entities): report only what is found as written.
  return [...text.value.matchAll(FOOTNOTE_REFERENCE)].map((match) => ({
    ruleId: 'missing-footnote' as const,
    message: `The footnote \`${match[0]}\` has no definition, so it shows on the page as typed.`,
    hint: `Add a line \`[^${match[1]}]: The footnote's text.\` at the end of the article, or remove the reference.`,
    offset: start + (match.index ?? 0),
  }));
}

/** Every such problem in a Markdown tree, in document order. */
export function findMarkdownProblems(tree: Root): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  forEachNode(tree, (node) => {
    const typed = node as Nodes;
    const found = typed.type === 'link' ? emptyLink(typed) : typed.type === 'heading' ? emptyHeading(typed) : undefined;
    if (found) findings.push(found);
    if (typed.type === 'text') findings.push(...missingFootnotes(typed));
  });
  return findings;
}
