/**
 * remarkAnnotations: turns Sourced's three directives into marked-up claims, quotes and notes,
 * validates them, and stores the article's annotation model for the pages.
 *
 * Markdown in:
 *
 *     US officials say :claim[China offered aid]{#aid by=us-officials via=ft}.
 *     “:quote[I doubt it]{by=tsang},” Tsang said.
 *
 * HTML out (callouts follow the block that holds their claims):
 *
 *     <p>US officials say <span class="sourced-claim sourced-claim--unverified" id="claim-aid"
 *       data-claim="aid" aria-describedby="callout-aid">China offered aid</span><a
 *       class="sourced-claim__ref" href="#callout-aid">1</a>.</p>
 *     <div class="sourced-callouts"><div class="sourced-callout" id="callout-aid" role="note">…</div></div>
 *     <p>“<a class="sourced-quote" id="quote-q1" data-quote="q1" href="#quote-entry-q1">I doubt it</a>,” Tsang said.</p>
 *
 * The plugin never throws: every problem becomes a {@link Diagnostic} (file line and column)
 * in the stored model, so a build can report all of them at once.
 */
/// <reference path="../mdast.d.ts" />
import type { ElementContent } from 'hast';
import type { Link, Nodes, Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { forEachNode, forEachNodeWithAncestors, someNode } from '../../util/for-each-node.ts';
import type { VFile } from 'vfile';
import { stripControlCharactersDeep } from '../../util/control-characters.ts';
import { SLUG_PATTERN } from '../../schemas/slug.ts';
import { slugify } from '../../util/slugify.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { compareDiagnostics } from '../../diagnostics/diagnostic.ts';
import { findSourceKey, getBodyLineOffset, toLineColumn } from '../../diagnostics/positions.ts';
import { didYouMean, findClosest, listValues } from '../../diagnostics/did-you-mean.ts';
import {
  ALLOWED_ATTRIBUTES,
  ANNOTATION_NAMES,
  CLAIM_STATUSES,
  DEFAULT_CLAIM_STATUS,
  DEFAULT_NOTE_KIND,
  isAnnotationName,
  isClaimStatus,
  isNoteKind,
  NOTE_KINDS,
  NOTE_KIND_LABELS,
  type AnnotationName,
  type ClaimStatus,
} from '../vocabulary.ts';
import { ANNOTATIONS_KEY, type ArticleAnnotations, type Claim, type Note, type Quote, type SourceRef, type Term } from '../model.ts';
import { findHedges, isTermKind, TERM_KIND_LABELS, TERM_KINDS, type TermKind } from '../terms.ts';
import { calloutElementId, calloutsPlaceholder, claimElementId, quoteElementId, quoteEntryElementId } from '../markup/callout.ts';
import { describeSourcing } from '../sourcing.ts';
import { findMarkdownProblems } from './markdown-problems.ts';
import { automaticHedgeNote, sentenceAround } from '../hedge-notes.ts';

/** Key of `file.data` where a caller that already read the article file can hand its text over. */
export const FILE_SOURCE_KEY = 'sourcedFileSource';

/**
 * Key of `file.data` where the plugin leaves the ids of the sources the frontmatter declares, for
 * the later steps of the pipeline (the frontmatter itself is replaced by the model).
 */
export const DECLARED_SOURCES_KEY = 'sourcedDeclaredSources';

/** Options of {@link remarkAnnotations}. */
export interface RemarkAnnotationsOptions {
  /**
   * Reads the article's whole file (frontmatter included) so positions can be reported as file
   * lines. Default: none, and positions count from the first line of the body.
   */
  readFile?: ((path: string) => string | undefined) | undefined;
}

type Directive = TextDirective | LeafDirective | ContainerDirective;

/** A claim or quote found during the walk, before ids are final. */
interface Found<T> {
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

/** Placeholder source for a claim whose `by` is missing or unknown (the build fails anyway). */
const UNKNOWN_SOURCE: SourceRef = { id: '', name: 'Unknown source', kind: 'person' };

/** A sequence from directive syntax that should never reach a reader. */
const LEFTOVER_PATTERN = /:(?:claim|quote)\[|:{2,}\s*note\b/g;

function isDirective(node: Nodes): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

function directiveSyntax(node: Directive): string {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  return `${colons}${node.name}`;
}

/** Reads `sources` from raw (not yet validated) frontmatter. */
function readSources(frontmatter: Record<string, unknown>): Map<string, SourceRef> {
  const sources = new Map<string, SourceRef>();
  const raw = stripControlCharactersDeep(frontmatter['sources']);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return sources;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const entry = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    sources.set(id, {
      id,
      name: typeof entry['name'] === 'string' && entry['name'].trim() ? entry['name'].trim() : id,
      kind: typeof entry['kind'] === 'string' ? entry['kind'] : 'person',
      role: typeof entry['role'] === 'string' ? entry['role'] : undefined,
      url: typeof entry['url'] === 'string' ? entry['url'] : undefined,
    });
  }
  return sources;
}

/** Collects, validates and marks up the annotations of one article. */
class ArticleAnnotator {
  readonly diagnostics: Diagnostic[] = [];
  readonly claims: Found<Claim>[] = [];
  readonly quotes: Found<Quote>[] = [];
  readonly notes: Note[] = [];
  private readonly terms: { record: Term; node: TextDirective | Text }[] = [];
  private readonly source: string;
  private readonly lineOffset: number;
  private readonly sources: Map<string, SourceRef>;
  private readonly usedSources = new Set<string>();
  private readonly fileSource: string | undefined;

  private readonly tree: Root;

  constructor(
    tree: Root,
    file: VFile,
    frontmatter: Record<string, unknown>,
    options: RemarkAnnotationsOptions,
  ) {
    this.tree = tree;
    this.source = String(file.value);
    const given = (file.data as Record<string, unknown>)[FILE_SOURCE_KEY];
    this.fileSource = typeof given === 'string' ? given : file.path && options.readFile ? options.readFile(file.path) : undefined;
    this.lineOffset = this.fileSource === undefined ? 0 : getBodyLineOffset(this.fileSource, this.source);
    this.sources = readSources(frontmatter);
  }

  /** The ids of the sources the frontmatter declares, in its order. */
  declaredSourceIds(): string[] {
    return [...this.sources.keys()];
  }

  /** Runs every step and returns the model. */
  annotate(): ArticleAnnotations {
    this.reportMarkdownProblems();
    this.walk();
    const claims = this.finishClaims();
    const quotes = this.finishQuotes(claims);
    this.findLeftovers();
    this.reportUnusedSources();
    this.renderClaims(claims);
    this.insertCallouts(claims);
    return {
      claims: claims.map((found) => found.record),
      quotes: quotes.map((found) => found.record),
      notes: this.notes,
      terms: this.finishTerms(),
      diagnostics: this.diagnostics.sort(compareDiagnostics),
    };
  }

  // ---- positions and reporting ----

  private position(node: { position?: { start: { line: number; column: number } } | undefined }): {
    line: number;
    column: number;
  } {
    const start = node.position?.start ?? { line: 1, column: 1 };
    return { line: start.line + this.lineOffset, column: start.column };
  }

  /** Position of `name=` inside a directive's source, falling back to the directive's start. */
  private attributePosition(node: Directive, name: string): { line: number; column: number } {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      const text = this.source.slice(start, end);
      const brace = text.lastIndexOf('{');
      const pattern = name === 'id' ? /#/ : name === 'class' ? /\./ : new RegExp(`(?:^|[\\s{])(${name.replace(/[^\w-]/g, '')})(?==|[\\s}])`);
      const match = brace >= 0 ? pattern.exec(text.slice(brace)) : null;
      if (match) {
        const offset = start + brace + match.index + (match[0].length - (match[1]?.length ?? match[0].length));
        const { line, column } = toLineColumn(this.source, offset);
        return { line: line + this.lineOffset, column };
      }
    }
    return this.position(node);
  }

  /** Valid Markdown that is probably a slip (annotations/remark/markdown-problems.ts), as warnings. */
  private reportMarkdownProblems(): void {
    for (const finding of findMarkdownProblems(this.tree, this.source)) {
      const { line, column } = toLineColumn(this.source, finding.offset);
      this.report(finding.ruleId, { line: line + this.lineOffset, column }, finding.message, finding.hint, 'warning');
    }
  }

  private report(
    ruleId: string,
    at: { line: number; column: number },
    message: string,
    hint?: string,
    severity: Diagnostic['severity'] = 'error',
  ): void {
    this.diagnostics.push({ ruleId, severity, message, hint, line: at.line, column: at.column });
  }

  // ---- the walk ----

  private walk(): void {
    forEachNodeWithAncestors(this.tree as Nodes, (node, ancestors) => {
      if (!isDirective(node)) return;
      if (isAnnotationName(node.name)) this.visitAnnotation(node, node.name, ancestors as Parent[]);
      else this.visitForeignDirective(node);
    });
  }

  private visitAnnotation(node: Directive, name: AnnotationName, ancestors: Parent[]): void {
    // Sources named by an annotation count as used even when it has other problems.
    for (const key of ['by', 'via']) {
      const id = node.attributes?.[key];
      if (id && this.sources.has(id)) this.usedSources.add(id);
    }
    const expected = name === 'note' ? 'containerDirective' : 'textDirective';
    if (name === 'term' && node.type === 'textDirective' && !this.isBare(node)) {
      this.checkAttributes(node, name);
      this.visitTerm(node);
      return;
    }
    if (node.type !== expected) {
      this.report(
        'wrong-form',
        this.position(node),
        `\`${directiveSyntax(node)}\` is written with the wrong number of colons.`,
        name === 'note'
          ? 'A note is a block: put `:::note{kind=context}` on its own line, the note text below it, and `:::` on a line after it.'
          : `Write \`:${name}[words]{by=source-id}\` with one colon, inside the sentence.`,
      );
      return;
    }
    if (node.type === 'textDirective' && this.isBare(node)) {
      this.reportBare(node, ancestors.at(-1));
      return;
    }
    this.checkAttributes(node, name);
    if (node.type === 'containerDirective') this.visitNote(node);
    else if (node.type === 'textDirective') {
      const unreadable = this.checkUnreadableAttributes(node, ancestors.at(-1));
      if (name === 'claim') this.visitClaim(node, ancestors, unreadable);
      else this.visitQuote(node, ancestors, unreadable);
    }
  }

  /** `:claim` with no `[` at all: usually an unclosed `[` (then the rest of the line is plain text). */
  private isBare(node: TextDirective): boolean {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start !== undefined && end !== undefined && !this.source.slice(start, end).includes('[');
  }

  private reportBare(node: TextDirective, parent: Parent | undefined): void {
    const next = parent?.children[parent.children.indexOf(node) + 1];
    const unclosed = next?.type === 'text' && next.value.startsWith('[');
    this.report(
      unclosed ? 'unclosed-directive' : 'empty-label',
      this.position(node),
      unclosed
        ? `\`:${node.name}[\` is not closed: the words need a closing \`]\` before the attributes.`
        : `\`:${node.name}\` has no words: write them in brackets right after the name.`,
      `Write \`:${node.name}[words]{by=source-id}\`.`,
    );
    // Keep the author's text visible instead of an empty element.
    const text = node as unknown as Text;
    Object.assign(text, { type: 'text', value: `:${node.name}` });
    for (const key of ['name', 'attributes', 'children'] as const) delete (node as Partial<TextDirective>)[key];
  }

  private visitForeignDirective(node: Directive): void {
    const bracketed = node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0 || node.type !== 'textDirective';
    if (!bracketed) return;
    const closest = findClosest(node.name, ANNOTATION_NAMES);
    if (closest !== undefined) {
      const colons = closest === 'note' ? ':::' : ':';
      this.report(
        'unknown-directive',
        this.position(node),
        `\`${directiveSyntax(node)}\` is not a Sourced annotation. Did you mean \`${colons}${closest}\`?`,
        `Sourced knows \`:claim\`, \`:quote\` and \`:::note\`; fix the name, or escape the colon as \`\\:\` if you meant the text.`,
      );
    } else {
      this.report(
        'unknown-directive',
        this.position(node),
        `\`${directiveSyntax(node)}\` is not a Sourced annotation and is kept as plain text.`,
        'If you meant an annotation, use `:claim`, `:quote` or `:::note`; if you meant the text, escape the colon as `\\:` to silence this warning.',
        'warning',
      );
    }
  }

  private checkAttributes(node: Directive, name: AnnotationName): void {
    const allowed = ALLOWED_ATTRIBUTES[name];
    for (const key of Object.keys(node.attributes ?? {})) {
      if (allowed.includes(key)) continue;
      const shown = key === 'class' ? '.class' : key === 'id' ? '#id' : key;
      const suggestion = didYouMean(key, allowed);
      this.report(
        'unknown-attribute',
        this.attributePosition(node, key),
        `\`${directiveSyntax(node)}\` has no attribute \`${shown}\`.${suggestion}`,
        `Allowed: ${listValues(allowed.map((a) => (a === 'id' ? '#id' : a)))}.`,
      );
    }
  }

  /**
   * `:claim[words]{by=x` (no closing brace) or `{by=}` (an empty value) does not parse: the claim
   * comes without attributes, followed by the text `{…`. Returns true when that happened.
   */
  private checkUnreadableAttributes(node: TextDirective, parent: Parent | undefined): boolean {
    if (!parent) return false;
    const next = parent.children[parent.children.indexOf(node) + 1];
    if (next?.type !== 'text' || !next.value.startsWith('{') || Object.keys(node.attributes ?? {}).length > 0) return false;
    const shown = next.value.split('\n')[0]?.slice(0, 40) ?? '{';
    const closed = shown.includes('}');
    this.report(
      closed ? 'bad-attributes' : 'unclosed-directive',
      this.position(next),
      closed
        ? `The attributes after \`${directiveSyntax(node)}[…]\` could not be read: \`${shown}\`.`
        : `The attributes after \`${directiveSyntax(node)}[…]\` are not closed: \`${shown}\`.`,
      closed
        ? 'Give every attribute a value (`by=source-id`), put values with spaces in straight double quotes (`note="two words"`), and use `&quot;` for a double quote inside a value.'
        : 'Close them with `}`, e.g. `{by=source-id}`.',
    );
    return true;
  }

  private resolveSource(node: Directive, attribute: 'by' | 'via', required: boolean): SourceRef | undefined {
    const value = node.attributes?.[attribute];
    const syntax = directiveSyntax(node);
    if (value === undefined || value === null || value === '') {
      if (required) {
        const ids = [...this.sources.keys()];
        this.report(
          'missing-by',
          this.position(node),
          `\`${syntax}[…]\` has no \`by=\`: every ${node.name} needs the id of who says it.`,
          ids.length > 0
            ? `Add \`by=\` with one of the sources declared in the frontmatter: ${listValues(ids)}.`
            : 'Declare the source under `sources:` in the frontmatter, then add `by=` with its id.',
        );
      }
      return undefined;
    }
    const source = this.sources.get(value);
    if (source) {
      this.usedSources.add(value);
      return source;
    }
    const ids = [...this.sources.keys()];
    // `by="Steve Tsang"` or `by=financial-times` name a declared source by its name: suggest its id.
    const byName = [...this.sources.values()].find((s) => s.name.toLowerCase() === value.toLowerCase() || slugify(s.name) === slugify(value));
    const suggestion = byName ? ` Did you mean \`${byName.id}\`?` : didYouMean(value, ids);
    this.report(
      'unknown-source',
      this.attributePosition(node, attribute),
      `\`${syntax}\` ${attribute}=\`${value}\` is not a source declared in this article's frontmatter.${suggestion}`,
      ids.length > 0
        ? `Use one of ${listValues(ids)}, or declare \`${value}\` under \`sources:\` with a name and kind.`
        : `Declare \`${value}\` under \`sources:\` in the frontmatter with a name and kind.`,
    );
    return undefined;
  }

  private checkLabel(node: TextDirective): string {
    // Raw HTML does not count: the sanitiser may remove it, and readers never see its source.
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    if (text === '') {
      this.report(
        'empty-label',
        this.position(node),
        `\`${directiveSyntax(node)}[]\` has no words inside the brackets.`,
        `Put the ${node.name === 'claim' ? 'claimed statement' : node.name === 'quote' ? "speaker's exact words" : 'words'} between \`[\` and \`]\`.`,
      );
    }
    return text;
  }

  private context(ancestors: Parent[]): { outerLink: Link | undefined; block: RootContent; inClaim: boolean; inQuote: boolean } {
    const outerLink = ancestors.find((a): a is Link => a.type === 'link');
    const inClaim = ancestors.some((a) => a.type === 'textDirective' && (a as TextDirective).name === 'claim');
    const inQuote = ancestors.some((a) => a.type === 'textDirective' && (a as TextDirective).name === 'quote');
    return { outerLink, block: ancestors[1] as RootContent, inClaim, inQuote };
  }

  private visitClaim(node: TextDirective, ancestors: Parent[], unreadable = false): void {
    const { outerLink, block, inClaim, inQuote } = this.context(ancestors);
    const at = this.position(node);
    if (inClaim) {
      this.report('nested-claim', at, 'A `:claim` sits inside another `:claim`.', 'Close the first claim before starting the next; claims cannot nest.');
    }
    if (inQuote) {
      this.report(
        'claim-in-quote',
        at,
        'A `:claim` sits inside a `:quote`.',
        'Put the `:quote` inside the `:claim` instead: `:claim[he said “:quote[words]{by=x}”]{by=x}`.',
      );
    }
    const text = this.checkLabel(node);
    const attributes = node.attributes ?? {};
    const by = this.resolveSource(node, 'by', !unreadable);
    const via = this.resolveSource(node, 'via', false);
    let status: ClaimStatus = DEFAULT_CLAIM_STATUS;
    const rawStatus = attributes['status'];
    if (rawStatus !== undefined && rawStatus !== null) {
      if (isClaimStatus(rawStatus)) status = rawStatus;
      else {
        this.report(
          'bad-status',
          this.attributePosition(node, 'status'),
          `\`:claim\` status=\`${rawStatus}\` is not a status.${didYouMean(rawStatus, CLAIM_STATUSES)}`,
          `Use ${listValues(CLAIM_STATUSES)} (default \`${DEFAULT_CLAIM_STATUS}\`).`,
        );
      }
    }
    const id = attributes['id'] ?? '';
    if (attributes['id'] !== undefined && !SLUG_PATTERN.test(id)) {
      this.report(
        'bad-id',
        this.attributePosition(node, 'id'),
        `\`:claim\` id \`#${id}\` is not a valid id.`,
        'Use lowercase letters, digits and single hyphens, e.g. `#russia-request`.',
      );
    }
    const note = attributes['note']?.trim() || undefined;
    if (attributes['note'] !== undefined && !note) {
      this.report('empty-note', this.attributePosition(node, 'note'), '`:claim` has an empty `note=`.', 'Write the remark in quotes, e.g. `note="Not confirmed by the State Department"`, or remove it.');
    }
    const record: Claim = {
      id,
      number: this.claims.length + 1,
      text,
      by: by ?? { ...UNKNOWN_SOURCE, id: attributes['by'] ?? '' },
      via,
      status,
      responds: attributes['responds'] || undefined,
      respondedBy: [],
      sourcing: '',
      note,
      quotes: [],
      ...at,
    };
    record.sourcing = describeSourcing(record.by, via, status);
    if (attributes['responds'] === '') {
      this.report('unknown-claim', this.attributePosition(node, 'responds'), '`:claim` has an empty `responds=`.', 'Give the `#id` of the claim this one answers, e.g. `responds=russia-request`.');
    }
    this.claims.push({ record, node, parent: ancestors.at(-1) as Parent, outerLink, block });
  }

  private visitQuote(node: TextDirective, ancestors: Parent[], unreadable = false): void {
    const { outerLink, block, inQuote } = this.context(ancestors);
    const at = this.position(node);
    if (inQuote) {
      this.report('nested-quote', at, 'A `:quote` sits inside another `:quote`.', 'Mark each quotation once; close the first `:quote` before the next.');
    }
    const text = this.checkLabel(node);
    // Double marks at either end, or an opening single mark: a closing ’ may be an apostrophe.
    if (/^["“”„«»‘]|["“”„«»]$/.test(text)) {
      this.report(
        'quote-marks-inside',
        at,
        `The quotation marks are inside \`:quote[${text.length > 30 ? `${text.slice(0, 30)}…` : text}]\`.`,
        'Keep the quotation marks in the prose, outside the directive: `“:quote[words]{by=x}”`.',
        'warning',
      );
    }
    const by = this.resolveSource(node, 'by', !unreadable);
    const number = this.quotes.length + 1;
    const record: Quote = {
      id: `q${number}`,
      number,
      text,
      by: by ?? { ...UNKNOWN_SOURCE, id: node.attributes?.['by'] ?? '' },
      ...at,
    };
    const claimNode = ancestors.findLast((a): a is TextDirective => a.type === 'textDirective' && (a as TextDirective).name === 'claim');
    this.quotes.push({ record, node, claimNode, parent: ancestors.at(-1) as Parent, outerLink, block });
  }

  private visitTerm(node: TextDirective): void {
    const text = this.checkLabel(node);
    const rawKind = node.attributes?.['kind'];
    let kind: TermKind = 'loaded';
    if (rawKind === undefined || rawKind === null || rawKind === '') {
      this.report(
        'missing-kind',
        this.position(node),
        '`:term[…]` has no `kind=`.',
        `Say what the wording is: ${listValues(TERM_KINDS)}, e.g. \`:term[words]{kind=loaded note="Why"}\`.`,
      );
    } else if (isTermKind(rawKind)) kind = rawKind;
    else {
      this.report(
        'bad-term-kind',
        this.attributePosition(node, 'kind'),
        `\`:term\` kind=\`${rawKind}\` is not a kind of term.${didYouMean(rawKind, TERM_KINDS)}`,
        `Use ${listValues(TERM_KINDS)}.`,
      );
    }
    const note = node.attributes?.['note']?.trim() || undefined;
    this.terms.push({ record: { id: '', number: 0, kind, text, note, automatic: false, ...this.position(node) }, node });
  }

  /** Marks the common hedges the analyst did not mark, then numbers and renders every term. */
  private finishTerms(): Term[] {
    this.markHedgesIn(this.tree);
    this.terms.sort((a, b) => a.record.line - b.record.line || a.record.column - b.record.column);
    return this.terms.map(({ record, node }, position) => {
      record.number = position + 1;
      record.id = `t${record.number}`;
      const explanation = `${TERM_KIND_LABELS[record.kind]}${record.note ? `: ${record.note}` : ''}`;
      node.data = {
        hName: 'span',
        hProperties: { className: ['sourced-term', `sourced-term--${record.kind}`], id: `term-${record.id}`, dataTerm: record.kind },
      };
      (node as TextDirective).children.push({
        type: 'sourcedTermExplanation',
        data: { hName: 'span', hProperties: { className: ['sourced-term__explain'] }, hChildren: [{ type: 'text', value: ` [${explanation}]` }] },
      } as never);
      return record;
    });
  }

  /** Marks the automatic hedges in the text under `parent`, outside terms the analyst marked. */
  private markHedgesIn(parent: Parent): void {
    for (let index = 0; index < parent.children.length; index += 1) {
      const child = parent.children[index]!;
      if (child.type === 'text') index += this.markHedges(child, parent, index) - 1;
      else if ('children' in child && !(child.type === 'textDirective' && child.name === 'term')) this.markHedgesIn(child);
    }
  }

  /** What the lens says about an automatic hedge at `index` in `node` (see hedge-notes.ts). */
  private hedgeNote(parent: Parent, node: Text, index: number): string {
    const attributed = parent.type === 'textDirective' && ['claim', 'quote'].includes((parent as TextDirective).name) ? (parent as TextDirective) : undefined;
    const by = attributed?.attributes?.['by'];
    const text = toString(parent, { includeHtml: false });
    const at = text.indexOf(node.value) + index;
    return automaticHedgeNote(by ? (this.sources.get(by)?.name ?? by) : undefined, sentenceAround(text, Math.max(at, 0)));
  }

  /** Splits a text node around its hedges, each a new term; returns how many nodes replace it. */
  private markHedges(node: Text, parent: Parent, index: number): number {
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
      const line = (start?.line ?? 1) + this.lineOffset + (before.match(/\n/g)?.length ?? 0);
      const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : (start?.column ?? 1) + hedge.index;
      this.terms.push({
        record: { id: '', number: 0, kind: 'hedge', text: hedge.text, note: this.hedgeNote(parent, node, hedge.index), automatic: true, line, column },
        node: term,
      });
      cursor = hedge.index + hedge.text.length;
    }
    if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
    parent.children.splice(index, 1, ...(pieces as never[]));
    return pieces.length;
  }

  private visitNote(node: ContainerDirective): void {
    const rawKind = node.attributes?.['kind'];
    let kind = DEFAULT_NOTE_KIND;
    if (rawKind !== undefined && rawKind !== null) {
      if (isNoteKind(rawKind)) kind = rawKind;
      else {
        this.report(
          'bad-note-kind',
          this.attributePosition(node, 'kind'),
          `\`:::note\` kind=\`${rawKind}\` is not a kind of note.${didYouMean(rawKind, NOTE_KINDS)}`,
          `Use ${listValues(NOTE_KINDS)} (default \`${DEFAULT_NOTE_KIND}\`).`,
        );
      }
    }
    const labelIndex = node.children.findIndex((child) => child.type === 'paragraph' && child.data?.directiveLabel);
    const title = labelIndex >= 0 ? toString(node.children[labelIndex] as Paragraph, { includeHtml: false }).trim() : '';
    if (labelIndex >= 0) node.children.splice(labelIndex, 1);
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    if (text === '') {
      this.report('empty-note', this.position(node), '`:::note` has no text.', 'Write the note between the `:::note` line and the closing `:::` line.');
    }
    const number = this.notes.length + 1;
    const id = `n${number}`;
    const label = title ? `${NOTE_KIND_LABELS[kind]}: ${title}` : NOTE_KIND_LABELS[kind];
    this.notes.push({ id, number, kind, label, text, ...this.position(node) });
    node.children.unshift({ type: 'paragraph', data: { hProperties: { className: ['sourced-note__label'] } }, children: [{ type: 'text', value: label }] });
    node.data = {
      ...node.data,
      hName: 'div',
      hProperties: { className: ['sourced-note', `sourced-note--${kind}`], id: `note-${id}`, role: 'note', dataNote: kind },
    };
  }

  // ---- after the walk ----

  private finishClaims(): Found<Claim>[] {
    const seen = new Map<string, Found<Claim>>();
    for (const found of this.claims) {
      const { id } = found.record;
      if (!id) continue;
      const first = seen.get(id);
      if (first) {
        this.report(
          'duplicate-id',
          this.attributePosition(found.node, 'id'),
          `\`:claim\` id \`#${id}\` is already used by the claim on line ${first.record.line}.`,
          'Give each claim its own id, or remove the id to have one generated.',
        );
      } else seen.set(id, found);
    }
    let next = 1;
    for (const found of this.claims) {
      if (found.record.id && seen.get(found.record.id) === found) continue;
      while (seen.has(`c${next}`)) next++;
      found.record.id = `c${next}`;
      seen.set(found.record.id, found);
    }
    const byId = new Map(this.claims.map((found) => [found.record.id, found.record]));
    for (const found of this.claims) {
      const { responds } = found.record;
      if (!responds) continue;
      const target = byId.get(responds);
      if (!target) {
        const suggestion = didYouMean(responds, [...byId.keys()]);
        this.report(
          'unknown-claim',
          this.attributePosition(found.node, 'responds'),
          `\`:claim\` responds=\`${responds}\` names no claim in this article.${suggestion}`,
          'Give the claim being answered an id (`{#its-id …}`) and use that id in `responds=`.',
        );
        found.record.responds = undefined;
      } else if (target === found.record) {
        this.report('unknown-claim', this.attributePosition(found.node, 'responds'), `\`:claim\` #${responds} responds to itself.`, '`responds=` takes the id of another claim.');
        found.record.responds = undefined;
      } else target.respondedBy.push(found.record.id);
    }
    return this.claims;
  }

  private finishQuotes(claims: Found<Claim>[]): Found<Quote>[] {
    const claimsByNode = new Map(claims.map((claim) => [claim.node, claim]));
    for (const found of this.quotes) {
      const owner = found.claimNode ? claimsByNode.get(found.claimNode) : undefined;
      if (owner) {
        found.record.claim = owner.record.id;
        owner.record.quotes.push(found.record.id);
      }
      const { id } = found.record;
      const properties = {
        className: ['sourced-quote'],
        id: quoteElementId(id),
        dataQuote: id,
        dataSpeaker: found.record.by.id,
      };
      found.node.data = found.outerLink
        ? { hName: 'span', hProperties: properties }
        : { hName: 'a', hProperties: { ...properties, href: `#${quoteEntryElementId(id)}` } };
    }
    return this.quotes;
  }

  /** Directive syntax that did not parse (an unclosed `[` or `{`) and would reach readers as text. */
  private findLeftovers(): void {
    forEachNode(this.tree, (any) => {
      if (any.type !== 'text') return;
      const node = any as Text;
      for (const match of node.value.matchAll(LEFTOVER_PATTERN)) {
        const offset = this.locateInSource(node, match[0], match.index);
        // `\\:claim[` is the author showing the syntax as text.
        if (offset !== undefined && this.source[offset - 1] === '\\') continue;
        const at = offset === undefined ? this.position(node) : { ...toLineColumn(this.source, offset) };
        if (offset !== undefined) at.line += this.lineOffset;
        const syntax = match[0].replace(/\[$/, '');
        this.report(
          'unclosed-directive',
          at,
          `\`${match[0]}\` was not read as an annotation: its brackets or braces are not closed.`,
          syntax.includes('note')
            ? 'Write `:::note{kind=context}` alone on its line with the braces closed, and end the note with a `:::` line.'
            : `Close the words with \`]\` and the attributes with \`}\`: \`${syntax}[words]{by=source-id}\`.`,
        );
      }
    });
  }

  private locateInSource(node: Text, needle: string, indexInValue: number): number | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const slice = this.source.slice(start, end);
    let from = 0;
    let occurrence = node.value.slice(0, indexInValue).split(needle).length - 1;
    let found = slice.indexOf(needle, from);
    while (found >= 0 && occurrence > 0) {
      from = found + 1;
      occurrence--;
      found = slice.indexOf(needle, from);
    }
    return found >= 0 ? start + found : undefined;
  }

  private reportUnusedSources(): void {
    for (const id of this.sources.keys()) {
      // An id that is not a slug is already a frontmatter error, and cannot be written as `by=`.
      if (this.usedSources.has(id) || !SLUG_PATTERN.test(id)) continue;
      this.report(
        'unused-source',
        this.fileSource ? findSourceKey(this.fileSource, id) : { line: 1, column: 1 },
        `Source \`${id}\` is declared in the frontmatter but no claim or quote uses it.`,
        `Attribute a claim or quote to it with \`by=${id}\` or \`via=${id}\`, or remove it from \`sources:\`.`,
        'warning',
      );
    }
  }

  private renderClaims(claims: Found<Claim>[]): void {
    for (const { record, node, parent, outerLink } of claims) {
      node.data = {
        hName: 'span',
        hProperties: {
          className: ['sourced-claim', `sourced-claim--${record.status}`],
          id: claimElementId(record.id),
          dataClaim: record.id,
          dataStatus: record.status,
          ariaDescribedBy: [calloutElementId(record.id)],
        },
      };
      const ref = {
        type: 'sourcedClaimRef',
        data: {
          hName: 'a',
          hProperties: {
            className: ['sourced-claim__ref'],
            href: `#${calloutElementId(record.id)}`,
            dataClaimRef: record.id,
          },
          hChildren: [
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Claim ' }] },
            { type: 'text', value: String(record.number) },
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ': see sourcing' }] },
          ] satisfies ElementContent[],
        },
      } as unknown as RootContent;
      const anchor: Nodes = outerLink ?? node;
      const host = outerLink ? findParent(this.tree, outerLink) : parent;
      if (!host) continue;
      host.children.splice(host.children.indexOf(anchor as never) + 1, 0, ref as never);
    }
  }

  /**
   * Groups each block that holds claims with its callouts and the plain blocks that follow it:
   * `<div class="sourced-group">` block, callouts, `<div class="sourced-group__rest">`…`</div></div>`.
   * Reading order stays block → callouts → rest (narrow screens show it so); on wide screens the
   * stylesheet puts the callouts in the margin beside the block and the rest, so a long callout
   * runs down beside the following paragraphs instead of opening a gap in the text.
   */
  private insertCallouts(claims: Found<Claim>[]): void {
    const byBlock = new Map<RootContent, Claim[]>();
    for (const { record, block } of claims) {
      const list = byBlock.get(block) ?? [];
      list.push(record);
      byBlock.set(block, list);
    }
    if (byBlock.size === 0) return;
    const result: RootContent[] = [];
    let group: { children: RootContent[]; rest: RootContent[] } | undefined;
    const close = () => {
      if (!group) return;
      if (group.rest.length > 0) group.children.push(wrapper(['sourced-group__rest'], group.rest));
      result.push(wrapper(['sourced-group'], group.children));
      group = undefined;
    };
    for (const child of this.tree.children) {
      const blockClaims = byBlock.get(child);
      if (blockClaims) {
        close();
        // Filled in by pages and feeds from the model (see fill-callouts.ts), not stored here.
        const callouts = {
          type: 'sourcedCallouts',
          data: { hName: 'div', hProperties: calloutsPlaceholder(blockClaims), hChildren: [] },
        } as unknown as RootContent;
        group = { children: [child, callouts], rest: [] };
      } else if (group) group.rest.push(child);
      else result.push(child);
    }
    close();
    this.tree.children = result;
  }
}

/** A `<div>` around blocks, as an mdast node the HTML step understands. */
function wrapper(className: string[], children: RootContent[]): RootContent {
  return { type: 'sourcedGroup', children, data: { hName: 'div', hProperties: { className } } } as unknown as RootContent;
}

function findParent(tree: Root, child: Nodes): Parent | undefined {
  let parent: Parent | undefined;
  someNode(tree, (node) => {
    if ((node as Parent).children?.includes(child as RootContent)) parent = node as Parent;
    return parent !== undefined;
  });
  return parent;
}

/** Reads the model the plugin stored in an entry's rendered frontmatter. */
export function getStoredAnnotations(frontmatter: Record<string, unknown> | undefined): ArticleAnnotations {
  const stored = frontmatter?.[ANNOTATIONS_KEY] as ArticleAnnotations | undefined;
  return stored ?? { claims: [], quotes: [], notes: [], terms: [], diagnostics: [] };
}

/** The remark plugin: claims `:claim`, `:quote` and `:::note`; leaves every other directive to the restorer. */
export function remarkAnnotations(options: RemarkAnnotationsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const astro = ((file.data as Record<string, unknown>)['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    const annotator = new ArticleAnnotator(tree, file, frontmatter, options);
    const model = annotator.annotate();
    (file.data as Record<string, unknown>)[DECLARED_SOURCES_KEY] = annotator.declaredSourceIds();
    // Astro stores this object with every article (`rendered.metadata.frontmatter`). The fields
    // are stored already (as the entry's `data`), so only the model is kept: a new object, so the
    // frontmatter Astro handed in is left as it was.
    astro.frontmatter = { [ANNOTATIONS_KEY]: model };
  };
}
