/**
 * Callouts are not kept in the stored HTML of an article. The Markdown pipeline leaves an empty
 * `<div class="sourced-callouts" data-callouts="c1 c2"></div>` where each block's callouts go,
 * naming its claims; pages and feeds fill it from the annotation model with `fillCallouts`.
 *
 * Why: callouts were about two thirds of an annotated article's HTML, and everything in them is
 * in the model. Left out of the Markdown pipeline, they skip its slowest steps (Astro's final
 * re-parse of the whole tree and its serialisation), and written as strings from the model they
 * cost a fraction of that. (They were first moved out when Astro's content store still held every
 * article's HTML, see deferred-render.ts.) The filled HTML is byte for byte what the pipeline
 * used to produce.
 */
import type { ArticleAnnotations, Claim } from '../model.ts';
import { renderCallout } from './callout.ts';
import { DATA_ATTRIBUTES, HTML_CLASSES } from './contract.ts';

/** An empty callouts element as the pipeline writes it (`calloutsPlaceholderProperties`; claim ids are slugs, so no escaping). */
const PLACEHOLDER = new RegExp(`<div class="${HTML_CLASSES.callouts}" ${DATA_ATTRIBUTES.callouts}="([a-z0-9 -]*)"></div>`, 'g');

/**
 * The article's HTML with every callouts placeholder replaced by the callouts of its claims.
 * Each claim's callout is written once, at the first placeholder that names it.
 */
export function fillCallouts(html: string, annotations: ArticleAnnotations): string {
  if (annotations.claims.length === 0) return html;
  const claimsById = new Map(annotations.claims.map((claim) => [claim.id, claim]));
  const written = new Set<string>();
  return html.replace(PLACEHOLDER, (_placeholder, ids: string) => {
    const claims: Claim[] = [];
    for (const id of ids.split(' ')) {
      const claim = claimsById.get(id);
      if (!claim || written.has(id)) continue;
      written.add(id);
      claims.push(claim);
    }
    return `<div class="${HTML_CLASSES.callouts}" ${DATA_ATTRIBUTES.callouts}="${claims.length}">${claims.map((claim, index) => renderCallout(claim, claimsById, claims.slice(0, index))).join('')}</div>`;
  });
}
