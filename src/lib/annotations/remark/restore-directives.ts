/**
 * remarkRestoreDirectives: turns every directive Sourced does not claim back into the text the
 * author wrote. remark-directive reads `10:30`, `3:1`, `re:Invent` and `localhost:8080` as
 * directives (`:30`, `:Invent`…) and would drop them; this plugin, registered last, restores them.
 *
 * Markdown in: `The meeting at 10:30 on localhost:8080.`
 * HTML out:    `<p>The meeting at 10:30 on localhost:8080.</p>` (not `<p>The meeting at 10 on localhost.</p>`)
 *
 * Labels keep their Markdown (`:x[*a*]` gives `:x[<em>a</em>]`, as plain Markdown would); the
 * colons, brackets and attributes are sliced from the source, so they come back byte for byte.
 */
/// <reference path="../mdast.d.ts" />
import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { someNode } from '../../util/for-each-node.ts';
import { isAnnotationName } from '../vocabulary.ts';

type Directive = TextDirective | LeafDirective | ContainerDirective;

/** Options of {@link remarkRestoreDirectives}. */
export interface RemarkRestoreDirectivesOptions {
  /** Directive names to leave alone (they are handled elsewhere). Default: Sourced's annotation names. */
  isClaimed?: ((name: string) => boolean) | undefined;
}

function slice(source: string, start: number | undefined, end: number | undefined): string {
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** The label's children plus the raw text around them: `:name[` … `]{attrs}`. */
function restoreInline(node: TextDirective | LeafDirective, source: string): PhrasingContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const first = node.children[0];
  const last = node.children.at(-1);
  const labelStart = first?.position?.start.offset;
  const labelEnd = last?.position?.end.offset;
  if (!first || labelStart === undefined || labelEnd === undefined) {
    return [{ type: 'text', value: slice(source, start, end) || `:${node.name}` }];
  }
  return [
    { type: 'text', value: slice(source, start, labelStart) },
    ...node.children,
    { type: 'text', value: slice(source, labelEnd, end) },
  ];
}

/** A container keeps its content; its opening and closing fence lines come back as paragraphs. */
function restoreContainer(node: ContainerDirective, source: string): RootContent[] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const text = source.slice(start, end);
  const opening = text.split('\n', 1)[0] ?? `:::${node.name}`;
  const closingMatch = /\n[ \t]*(:{3,})[ \t]*$/.exec(text);
  const body = node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel));
  const fence = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
  return [fence(opening), ...(body as RootContent[]), ...(closingMatch?.[1] ? [fence(closingMatch[1])] : [])];
}

/** The restoring plugin; register it after every plugin that claims directives. */
export function remarkRestoreDirectives(options: RemarkRestoreDirectivesOptions = {}) {
  const isClaimed = options.isClaimed ?? isAnnotationName;
  return (tree: Root, file: VFile): void => {
    const isUnclaimed = (node: { type: string }) =>
      (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && !isClaimed((node as Directive).name);
    // Most articles have none: a cheap look first, the rewriting walk only when needed.
    if (!someNode(tree, isUnclaimed)) return;
    const source = String(file.value);
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node as Directive;
      if (isClaimed(directive.name) || parent === undefined || index === undefined) return;
      let replacement: RootContent[];
      if (directive.type === 'containerDirective') replacement = restoreContainer(directive, source);
      else if (directive.type === 'leafDirective') replacement = [{ type: 'paragraph', children: restoreInline(directive, source) }];
      else replacement = restoreInline(directive, source);
      parent.children.splice(index, 1, ...(replacement as never[]));
      // Revisit from the same index: restored children may hold more directives.
      return [SKIP, index];
    });
  };
}
