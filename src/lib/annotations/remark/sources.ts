/**
 * The sources an article's annotations name with `by=` and `via=`: read from the frontmatter
 * (not yet validated: the schema reports its own errors), resolved for each annotation with a
 * suggestion when an id is unknown, and declared sources no annotation uses reported as warnings.
 */
import { SLUG_PATTERN } from '../../schemas/slug.ts';
import { stripControlCharactersDeep } from '../../util/control-characters.ts';
import { slugify } from '../../util/slugify.ts';
import { findSourceKey } from '../../diagnostics/positions.ts';
import { didYouMean, listValues } from '../../diagnostics/did-you-mean.ts';
import type { SourceRef } from '../model.ts';
import type { AnnotationContext } from './context.ts';
import { directiveSyntax, type Directive } from './directive.ts';

/** The attributes that name a source. */
const SOURCE_ATTRIBUTES = ['by', 'via'] as const;

/** Reads `sources` from raw (not yet validated) frontmatter, by id in its order. */
export function readSources(frontmatter: Record<string, unknown>): Map<string, SourceRef> {
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

/**
 * The sources annotations may name: the article's own (first, in their order; an article's own
 * declaration wins for its `role`) and the site-wide ones it does not redeclare.
 */
export function withSiteSources(declared: ReadonlyMap<string, SourceRef>, site: ReadonlyMap<string, SourceRef> | undefined): Map<string, SourceRef> {
  const all = new Map(declared);
  for (const [id, source] of site ?? []) if (!all.has(id)) all.set(id, source);
  return all;
}

/** Placeholder for a claim's or quote's source when `by` is missing or unknown (the build fails anyway). */
export function unknownSource(id: string): SourceRef {
  return { id, name: 'Unknown source', kind: 'person' };
}

/** Counts the declared sources an annotation names as used, even when the annotation has other problems. */
export function markUsedSources(context: AnnotationContext, node: Directive): void {
  for (const key of SOURCE_ATTRIBUTES) {
    for (const id of (node.attributes?.[key] ?? '').split(',').map((part) => part.trim())) {
      if (id && context.sources.has(id)) context.usedSources.add(id);
    }
  }
}

/** The declared source an attribute names; reports a missing (when `required`) or unknown one. */
export function resolveSource(context: AnnotationContext, node: Directive, attribute: (typeof SOURCE_ATTRIBUTES)[number], required: boolean): SourceRef | undefined {
  const value = node.attributes?.[attribute];
  const syntax = directiveSyntax(node);
  const ids = [...context.declaredHere];
  const siteWide = context.sources.size - context.declaredHere.size;
  const elsewhere = siteWide > 0 ? `, one of the ${siteWide} site-wide sources (\`npm run sources\` lists them)` : '';
  if (value === undefined || value === null || value === '') {
    if (required) {
      context.report(
        'missing-by',
        context.position(node),
        `\`${syntax}[…]\` has no \`by=\`: every ${node.name} needs the id of who says it.`,
        ids.length > 0
          ? `Add \`by=\` with one of the sources declared in the frontmatter: ${listValues(ids)}${elsewhere}.`
          : siteWide > 0
            ? `Add \`by=\` with the id of a site-wide source (\`npm run sources\` lists them), or declare the source under \`sources:\` in the frontmatter.`
            : 'Declare the source under `sources:` in the frontmatter, then add `by=` with its id.',
      );
    }
    return undefined;
  }
  if (value.includes(',')) {
    context.report(
      'bad-speakers',
      context.attributePosition(node, attribute),
      `\`${syntax}\` ${attribute}=\`${value}\` names several sources; ${attribute === 'via' ? 'a claim reaches the report through one source' : 'a quote has one speaker'}.`,
      attribute === 'via' ? 'Keep the source the report relays, e.g. `via=ft`.' : 'Mark each speaker’s words with their own `:quote`, or wrap the joint statement in a `:claim[…]{by=a,b}`.',
    );
    return undefined;
  }
  const source = context.sources.get(value);
  if (source) {
    context.usedSources.add(value);
    return source;
  }
  // `by="Steve Tsang"` or `by=financial-times` name a declared source by its name: suggest its id.
  const candidates = [...context.sources.keys()];
  const byName = [...context.sources.values()].find((s) => s.name.toLowerCase() === value.toLowerCase() || slugify(s.name) === slugify(value));
  const suggestion = byName ? ` Did you mean \`${byName.id}\`?` : didYouMean(value, candidates);
  const where = siteWide > 0 ? "this article's frontmatter or in the site's `sources/` folder" : "this article's frontmatter";
  const declare = siteWide > 0 ? ` under \`sources:\` or in \`sources/${value}.yaml\`` : ' under `sources:`';
  context.report(
    'unknown-source',
    context.attributePosition(node, attribute),
    `\`${syntax}\` ${attribute}=\`${value}\` is not a source declared in ${where}.${suggestion}`,
    ids.length > 0
      ? `Use one of ${listValues(ids)}${elsewhere}, or declare \`${value}\`${declare} with a name and kind.`
      : siteWide > 0
        ? `Use a site-wide source (\`npm run sources\` lists them), or declare \`${value}\`${declare} with a name and kind.`
        : `Declare \`${value}\` under \`sources:\` in the frontmatter with a name and kind.`,
  );
  return undefined;
}

/** Warns about each declared source no claim or quote uses, at its key in the frontmatter. */
export function reportUnusedSources(context: AnnotationContext): void {
  for (const id of context.declaredHere) {
    // An id that is not a slug is already a frontmatter error, and cannot be written as `by=`.
    if (context.usedSources.has(id) || !SLUG_PATTERN.test(id)) continue;
    context.report(
      'unused-source',
      context.fileSource ? findSourceKey(context.fileSource, id) : { line: 1, column: 1 },
      `Source \`${id}\` is declared in the frontmatter but no claim or quote uses it.`,
      `Attribute a claim or quote to it with \`by=${id}\` or \`via=${id}\`, or remove it from \`sources:\`.`,
      'warning',
    );
  }
}
