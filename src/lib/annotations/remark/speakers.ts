/**
 * `by=lavrov,svr`: a claim made by several sources together (a minister and his intelligence
 * service issuing one denial). Each id is resolved and checked like a single `by=`; a quote and
 * `via=` take one source only.
 */
import type { SourceRef } from '../model.ts';
import type { AnnotationContext } from './context.ts';
import { directiveSyntax, type Directive } from './directive.ts';
import { resolveSource } from './sources.ts';

/** The ids a `by=` value names, in order: `lavrov, svr` → `lavrov`, `svr` (empty parts kept as `''`). */
export function splitSourceIds(value: string): string[] {
  return value.includes(',') ? value.split(',').map((part) => part.trim()) : [value];
}

/** The speakers of a claim (`by=a` or `by=a,b`), each resolved; reports empty parts, repeats and unknown ids. */
export function resolveSpeakers(context: AnnotationContext, node: Directive, required: boolean): SourceRef[] {
  const value = node.attributes?.['by'];
  if (value === undefined || value === null || !value.includes(',')) {
    const single = resolveSource(context, node, 'by', required);
    return single ? [single] : [];
  }
  const ids = splitSourceIds(value);
  const at = context.attributePosition(node, 'by');
  const syntax = directiveSyntax(node);
  if (ids.some((id) => id === '')) {
    context.report('bad-speakers', at, `\`${syntax}\` by=\`${value}\` has an empty source id between commas.`, 'Separate the source ids with single commas and no spaces, e.g. `by=lavrov,svr`.');
  }
  const seen = new Set<string>();
  const speakers: SourceRef[] = [];
  for (const id of ids.filter((part) => part !== '')) {
    if (seen.has(id)) {
      context.report('bad-speakers', at, `\`${syntax}\` by=\`${value}\` names \`${id}\` twice.`, `Name each source once: \`by=${[...new Set(ids.filter(Boolean))].join(',')}\`.`);
      continue;
    }
    seen.add(id);
    const source = resolveSource(context, { ...node, attributes: { ...node.attributes, by: id } } as Directive, 'by', required);
    if (source) speakers.push(source);
  }
  return speakers;
}
