import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { readDeployConfig } from './deploy-config.ts';
import type { ArticleAnnotations, SourceRef } from '../annotations/model.ts';
import { speakersOf } from '../annotations/sourcing.ts';
import type { Source } from '../schemas/source.ts';

/** A source as pages show it (the frontmatter's shape). */
export type ShownSource = Omit<SourceRef, 'id'>;

let siteSources: Promise<Map<string, Source>> | undefined;

/** The site-wide sources (`$CONTENT_DIR/sources/<id>.yaml`), by id, from the `sources` collection. */
export function getSiteSources(): Promise<Map<string, Source>> {
  // Without the folder there is no collection to ask (Astro would warn that it is empty).
  siteSources ??= existsSync(join(readDeployConfig(process.env).contentDir, 'sources'))
    ? getCollection('sources').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])))
    : Promise.resolve(new Map());
  return siteSources;
}

/** Every source id an article's annotations name, in reading order: speakers, relays, quote speakers. */
export function namedSourceIds(annotations: Pick<ArticleAnnotations, 'claims' | 'quotes'>): string[] {
  const ids = new Set<string>();
  for (const claim of annotations.claims) {
    for (const speaker of speakersOf(claim)) ids.add(speaker.id);
    if (claim.via) ids.add(claim.via.id);
  }
  for (const quote of annotations.quotes) ids.add(quote.by.id);
  return [...ids];
}

/**
 * The sources of one article as its page, feeds and data show them: those its frontmatter
 * declares, in their order, then the site-wide sources its annotations name (as the site declares
 * them), in reading order.
 */
export function mergeArticleSources(
  declared: Readonly<Record<string, ShownSource>>,
  annotations: Pick<ArticleAnnotations, 'claims' | 'quotes'>,
  site: ReadonlyMap<string, ShownSource>,
): Record<string, ShownSource> {
  const merged: Record<string, ShownSource> = { ...declared };
  for (const id of namedSourceIds(annotations)) {
    const source = site.get(id);
    if (!(id in merged) && source) merged[id] = source;
  }
  return merged;
}
