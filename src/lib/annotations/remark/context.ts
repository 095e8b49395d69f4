/**
 * The state the steps of annotating one article share: the Markdown the tree was parsed from
 * and how to turn its positions into file lines and columns, the diagnostics reported so far,
 * the sources the frontmatter declares and those the annotations use, and the claims, quotes,
 * notes and terms found by the walk (annotate.ts). Steps never throw: every problem becomes a
 * {@link Diagnostic}.
 */
/// <reference path="../mdast.d.ts" />
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { getBodyLineOffset, toLineColumn } from '../../diagnostics/positions.ts';
import type { Claim, Note, Quote, SourceRef, Term } from '../model.ts';
import type { Directive } from './directive.ts';

/** A 1-based line and column of the article's file (of its body when the file is not known). */
export interface FilePosition {
  line: number;
  column: number;
}

/** A claim or quote found by the walk, before ids are final, with where its directive sits. */
export interface Found<T> {
  record: T;
  node: TextDirective;
  /** For a quote: the claim directive it sits in, if any. */
  claimNode?: TextDirective | undefined;
  parent: Parent;
  /** The outermost link around the directive, if any: refs go after it (links cannot nest). */
  outerLink: Link | undefined;
  /** The top-level block that holds the directive: callouts follow it. */
  block: RootContent;
}

/** A term, marked by the analyst (`:term`) or found automatically (a hedge), and its node. */
export interface FoundTerm {
  record: Term;
  node: TextDirective | Text;
}

/** What the steps of annotating one article share. */
export class AnnotationContext {
  readonly tree: Root;
  /** The Markdown the tree was parsed from: the article's body. */
  readonly source: string;
  /** The sources annotations may name: the frontmatter's, in its order, then the site-wide ones (`$CONTENT_DIR/sources/`). */
  readonly sources: ReadonlyMap<string, SourceRef>;
  /** Ids of the sources the article's own frontmatter declares (the others are site-wide). */
  readonly declaredHere: ReadonlySet<string>;
  /** The article's whole file (frontmatter included), when known: positions are then file lines. */
  readonly fileSource: string | undefined;
  /** How many lines of the file come before the body. */
  readonly lineOffset: number;
  /** Ids of declared sources some annotation names (`by=`, `via=`). */
  readonly usedSources = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];
  readonly claims: Found<Claim>[] = [];
  readonly quotes: Found<Quote>[] = [];
  readonly notes: Note[] = [];
  readonly terms: FoundTerm[] = [];

  constructor(tree: Root, source: string, sources: ReadonlyMap<string, SourceRef>, fileSource: string | undefined, declaredHere?: ReadonlySet<string>) {
    this.tree = tree;
    this.source = source;
    this.sources = sources;
    this.declaredHere = declaredHere ?? new Set(sources.keys());
    this.fileSource = fileSource;
    this.lineOffset = fileSource === undefined ? 0 : getBodyLineOffset(fileSource, source);
  }

  /** Where a node starts, in the file. */
  position(node: { position?: { start: { line: number; column: number } } | undefined }): FilePosition {
    const start = node.position?.start ?? { line: 1, column: 1 };
    return { line: start.line + this.lineOffset, column: start.column };
  }

  /** Where an offset into the body is, in the file. */
  offsetPosition(offset: number): FilePosition {
    const { line, column } = toLineColumn(this.source, offset);
    return { line: line + this.lineOffset, column };
  }

  /** Position of `name=` (`#` for the id, `.` for a class) inside a directive's source, falling back to the directive's start. */
  attributePosition(node: Directive, name: string): FilePosition {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      const text = this.source.slice(start, end);
      const brace = text.lastIndexOf('{');
      const pattern = name === 'id' ? /#/ : name === 'class' ? /\./ : new RegExp(`(?:^|[\\s{])(${name.replace(/[^\w-]/g, '')})(?==|[\\s}])`);
      const match = brace >= 0 ? pattern.exec(text.slice(brace)) : null;
      if (match) return this.offsetPosition(start + brace + match.index + (match[0].length - (match[1]?.length ?? match[0].length)));
    }
    return this.position(node);
  }

  report(ruleId: string, at: FilePosition, message: string, hint?: string, severity: Diagnostic['severity'] = 'error'): void {
    this.diagnostics.push({ ruleId, severity, message, hint, line: at.line, column: at.column });
  }
}
