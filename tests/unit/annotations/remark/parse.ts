import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { annotateArticle, type AnnotateResult } from '../../../../src/lib/annotations/remark/annotate';

const parser = unified().use(remarkParse).use(remarkDirective);

/** The mdast tree of a Markdown body, with directives, as the annotation step receives it (without smartypants and GFM). */
export function parseMarkdown(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}

export const SOURCES = {
  ft: { name: 'Financial Times', kind: 'outlet' },
  tsang: { name: 'Steve Tsang', kind: 'expert' },
};

/** Parses and annotates a body; returns the changed tree with the result. */
export function annotate(source: string, frontmatter: Record<string, unknown> = { sources: SOURCES }, fileSource?: string): AnnotateResult & { tree: Root } {
  const tree = parseMarkdown(source);
  return { tree, ...annotateArticle(tree, { source, frontmatter, fileSource }) };
}

/** `line:column rule-id` for each diagnostic but unused sources. */
export function rules(result: AnnotateResult): string[] {
  return result.annotations.diagnostics.filter((d) => d.ruleId !== 'unused-source').map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}
