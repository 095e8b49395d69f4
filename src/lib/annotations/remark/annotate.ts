/**
 * annotateArticle: reads Sourced's four directives in an article's Markdown tree, validates
 * them, marks them up for the HTML step and returns the article's annotation model.
 *
 * In: the mdast tree as remark-parse, remark-directive, GFM and smartypants left it; the Markdown
 * body it was parsed from (for exact positions); the article's raw frontmatter (its `sources`);
 * and, when known, the whole file (so diagnostics give file lines, not body lines).
 *
 * Out: the tree, changed in place (the annotations carry `data.hName`/`hProperties` as the HTML
 * contract in markup/contract.ts defines; blocks with claims are grouped with an empty callouts
 * placeholder; hedges are marked as terms; unknown directives are left for
 * restore-directives.ts), and the model ({@link ArticleAnnotations}: claims, quotes, notes,
 * terms and diagnostics sorted by position) with the ids of the declared sources.
 *
 * The steps, in order: Markdown slips (markdown-problems.ts); one walk in which each directive
 * goes to its handler (handlers.ts) or, if unknown, to leftovers.ts; claim ids (grouping.ts) and
 * responses (claim.ts); quotes tied to their claims (quote.ts); leftover syntax; unused sources;
 * claim markup and numbers; callout placeholders and groups; automatic hedges; terms numbered;
 * claim numbers and term explanations moved out of annotated words (insertions.ts).
 * Nothing throws: every problem becomes a diagnostic with the file's line and column.
 */
/// <reference path="../mdast.d.ts" />
import type { Nodes, Parent, Root } from 'mdast';
import { forEachNodeWithAncestors } from '../../util/for-each-node.ts';
import { compareDiagnostics } from '../../diagnostics/diagnostic.ts';
import { isAnnotationName } from '../vocabulary.ts';
import type { ArticleAnnotations, SourceRef } from '../model.ts';
import { AnnotationContext } from './context.ts';
import { isDirective } from './directive.ts';
import { visitAnnotation } from './handlers.ts';
import { linkResponses, markUpClaims } from './claim.ts';
import { attachQuotes } from './quote.ts';
import { finishTerms } from './term.ts';
import { moveInsertionsOutOfAnnotations } from './insertions.ts';
import { markAutomaticHedges } from './hedges.ts';
import { assignClaimIds, insertCallouts } from './grouping.ts';
import { reportForeignDirective, reportLeftoverSyntax } from './leftovers.ts';
import { readSources, reportUnusedSources, withSiteSources } from './sources.ts';
import { findMarkdownProblems } from './markdown-problems.ts';
import { reportPlaceholders } from './placeholders.ts';

/** What {@link annotateArticle} needs besides the tree. */
export interface AnnotateInput {
  /** The Markdown the tree was parsed from (the article's body, as the processor got it). */
  source: string;
  /** The article's frontmatter, not yet validated: only `sources` is read. */
  frontmatter: Record<string, unknown>;
  /** The article's whole file, frontmatter included; without it, lines count from the body's first line. */
  fileSource?: string | undefined;
  /** The site-wide sources (`$CONTENT_DIR/sources/<id>.yaml`) annotations may name without declaring them. Default: none. */
  siteSources?: ReadonlyMap<string, SourceRef> | undefined;
}

export interface AnnotateResult {
  annotations: ArticleAnnotations;
  /** The ids of the sources the frontmatter declares, in its order, then the site-wide sources the annotations use. */
  declaredSourceIds: string[];
}

/** Valid Markdown that is probably a slip (markdown-problems.ts), as warnings. */
function reportMarkdownProblems(context: AnnotationContext): void {
  for (const finding of findMarkdownProblems(context.tree, context.source)) {
    context.report(finding.ruleId, context.offsetPosition(finding.offset), finding.message, finding.hint, 'warning');
  }
}

export function annotateArticle(tree: Root, input: AnnotateInput): AnnotateResult {
  const declared = readSources(input.frontmatter);
  const context = new AnnotationContext(tree, input.source, withSiteSources(declared, input.siteSources), input.fileSource, new Set(declared.keys()));
  reportMarkdownProblems(context);
  forEachNodeWithAncestors(tree as Nodes, (node, ancestors) => {
    if (!isDirective(node)) return;
    if (isAnnotationName(node.name)) visitAnnotation(node, node.name, context, ancestors as Parent[]);
    else reportForeignDirective(context, node);
  });
  assignClaimIds(context);
  linkResponses(context);
  attachQuotes(context);
  reportLeftoverSyntax(context);
  reportUnusedSources(context);
  reportPlaceholders(context, input.frontmatter);
  markUpClaims(context);
  insertCallouts(context);
  markAutomaticHedges(context);
  const terms = finishTerms(context);
  if (terms.length > 0) moveInsertionsOutOfAnnotations(tree);
  return {
    annotations: {
      claims: context.claims.map((found) => found.record),
      quotes: context.quotes.map((found) => found.record),
      notes: context.notes,
      terms,
      diagnostics: context.diagnostics.sort(compareDiagnostics),
    },
    declaredSourceIds: [...declared.keys(), ...[...context.usedSources].filter((id) => !declared.has(id))],
  };
}
