/**
 * `same=<article-slug>/<claim-id>` on a `:claim`: the claim appeared earlier in another article.
 * This file reads the attribute's form; whether that article and claim exist, and whether the
 * article is earlier, needs every article and is checked in claims/claim-links.ts.
 */
import type { TextDirective } from 'mdast-util-directive';
import { SLUG_PATTERN } from '../../schemas/slug.ts';
import type { ClaimReference } from '../model.ts';
import type { AnnotationContext } from './context.ts';

/** Splits `harbour-fire/cause` into its article and claim; undefined when it is not of that form. */
export function parseClaimReference(value: string): { article: string; claim: string } | undefined {
  const slash = value.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const article = value.slice(0, slash);
  const claim = value.slice(slash + 1);
  if (!SLUG_PATTERN.test(claim) || !article.split('/').every((part) => SLUG_PATTERN.test(part))) return undefined;
  return { article, claim };
}

/** The claim's `same=` reference, or undefined (reporting a malformed one). */
export function readSameAttribute(context: AnnotationContext, node: TextDirective): ClaimReference | undefined {
  const value = node.attributes?.['same'];
  if (value === undefined || value === null) return undefined;
  const at = context.attributePosition(node, 'same');
  const reference = parseClaimReference(value.trim());
  if (!reference) {
    context.report(
      'bad-same',
      at,
      value.trim() === '' ? '`:claim` has an empty `same=`.' : `\`:claim\` same=\`${value}\` is not of the form \`article-slug/claim-id\`.`,
      'Name the claim’s first appearance by its article’s slug (its file name without `.md`) and the claim’s id, e.g. `same=harbour-fire-initial/cause`.',
    );
    return undefined;
  }
  return { ...reference, ...at };
}
