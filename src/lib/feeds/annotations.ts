import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { toCalloutText, type ArticleAnnotations, type Claim } from '../annotations/index.ts';
import type { FeedHtmlTransform } from './html.ts';

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

/** One footnote-style line for a claim: `[3] Russian government — Official denial. Status: denied. Answers [2].` */
function calloutLine(claim: Claim, byId: ReadonlyMap<string, Claim>): Element {
  const { details } = toCalloutText(claim, byId);
  const role = claim.by.role ? `, ${claim.by.role}` : '';
  return h('li', [`[${claim.number}] `, h('strong', claim.by.name), `${role} — ${details}`]);
}

/** Attributes that only serve the page's layout, styling or scripting. */
const LAYOUT_ATTRIBUTE = /^(className|id|role|style|aria[A-Z].*|data[A-Z].*)$/;

/**
 * Feed readers get the annotations as plain readable HTML: a claim keeps its words followed by
 * a `[n]` marker, its callout becomes a footnoted line under the paragraph, notes become labelled
 * blockquotes, quotes keep their words, and a list of quotes with their speakers ends the item.
 * No classes, ids, ARIA or data attributes survive, and nothing is hidden with CSS.
 */
export function buildFeedAnnotationTransform(annotations: ArticleAnnotations): FeedHtmlTransform {
  const byId = new Map(annotations.claims.map((claim) => [claim.id, claim]));
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const replace = (...nodes: RootContent[]): [typeof SKIP, number] => {
        parent.children.splice(index, 1, ...(nodes as ElementContent[]));
        return [SKIP, index];
      };
      if (hasClass(node, 'visually-hidden') || hasClass(node, 'sourced-term__explain')) return replace();
      if (hasClass(node, 'sourced-claim__ref')) {
        const claim = byId.get(String(node.properties['dataClaimRef']));
        return replace(h('sup', `[${claim?.number ?? '?'}]`));
      }
      if (hasClass(node, 'sourced-callouts')) {
        const claims = node.children
          .filter((child): child is Element => child.type === 'element')
          .map((child) => byId.get(String(child.properties['dataCallout'])))
          .filter((claim): claim is Claim => claim !== undefined);
        return replace(h('ul', claims.map((claim) => calloutLine(claim, byId))));
      }
      if (['sourced-claim', 'sourced-quote', 'sourced-term', 'sourced-group', 'sourced-group__rest'].some((name) => hasClass(node, name))) {
        return replace(...node.children);
      }
      if (hasClass(node, 'sourced-note__label')) {
        return replace(h('p', [h('strong', node.children)]));
      }
      if (hasClass(node, 'sourced-note')) {
        node.tagName = 'blockquote';
      }
      for (const key of Object.keys(node.properties)) {
        if (LAYOUT_ATTRIBUTE.test(key)) delete node.properties[key];
      }
      return undefined;
    });
    if (annotations.quotes.length > 0) {
      tree.children.push(
        h('h2', 'Quotes'),
        h(
          'ol',
          annotations.quotes.map((quote) =>
            h('li', [`“${quote.text}” — `, h('strong', quote.by.name), quote.by.role ? `, ${quote.by.role}` : '']),
          ),
        ),
      );
    }
  };
}
