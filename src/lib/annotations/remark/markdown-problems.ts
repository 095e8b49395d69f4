/**
 * Markdown that is valid but almost certainly not what the analyst meant, reported as warnings
 * (the page is still built): a link without words, a heading without words, and a footnote
 * reference with no footnote (`[^1]` with no `[^1]: …` line shows on the page as typed).
 */
import type { Heading, Link, Nodes, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { forEachNode } from '../../util/for-each-node.ts';

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

function missingFootnotes(text: Text, source: string): MarkdownFinding[] {
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  if (start === undefined || end === undefined || !text.value.includes('[^')) return [];
  // A text's value can be shorter than its source (`\*`, `&amp;`): each reference is found again
  // in the source itself, after the previous one.
  let from = start;
  return [...text.value.matchAll(FOOTNOTE_REFERENCE)].map((match) => {
    const written = source.indexOf(match[0], from);
    const offset = written >= 0 && written < end ? written : start;
    from = offset + match[0].length;
    return {
      ruleId: 'missing-footnote' as const,
      message: `The footnote \`${match[0]}\` has no definition, so it shows on the page as typed.`,
      hint: `Add a line \`[^${match[1]}]: The footnote's text.\` at the end of the article, or remove the reference.`,
      offset,
    };
  });
}

/** Every such problem in a Markdown tree parsed from `source`, in document order. */
export function findMarkdownProblems(tree: Root, source: string): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  forEachNode(tree, (node) => {
    const typed = node as Nodes;
    const found = typed.type === 'link' ? emptyLink(typed) : typed.type === 'heading' ? emptyHeading(typed) : undefined;
    if (found) findings.push(found);
    if (typed.type === 'text') findings.push(...missingFootnotes(typed, source));
  });
  return findings;
}
