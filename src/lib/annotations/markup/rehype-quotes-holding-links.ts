/**
 * rehypeQuotesHoldingLinks: a quote links to its entry in the quote sidebar
 * (`<a class="sourced-quote" href="#quote-entry-q1">`), unless its words hold a link of their
 * own: a Markdown link, an autolinked URL, a footnote reference or raw `<a>`. A link inside a
 * link is not HTML, and browsers end the outer one where the inner one starts, which would cut
 * the quote short on the page and in the Web Annotation export. Such a quote becomes a `<span>`
 * with the same class, id and data attributes (as a quote inside a link already is).
 *
 * Markdown in: `“:quote[see [the report](https://example.org) now]{by=x},” she said.`
 * HTML out:    `<p>“<span class="sourced-quote" id="quote-q1" data-quote="q1" data-speaker="x">see <a href="https://example.org">the report</a> now</span>,” she said.</p>`
 *
 * Register it before raw HTML is parsed: the parser already splits a link inside a link.
 */
import type { Element, Root } from 'hast';
import { forEachNode, someNode } from '../../util/for-each-node.ts';
import { HTML_CLASSES } from './contract.ts';

function isQuoteLink(node: Element): boolean {
  const className = node.properties['className'];
  return node.tagName === 'a' && Array.isArray(className) && className.includes(HTML_CLASSES.quote);
}

/** Raw HTML that opens a link (`<a href…>`, `<A>`), not yet parsed. */
const RAW_LINK = /<a[\s/>]/i;

/** Whether an element has a link anywhere inside it, as an element or in raw HTML. */
function holdsLink(node: Element): boolean {
  return node.children.some((child) =>
    someNode(child, (inner) => (inner.type === 'element' && (inner as Element).tagName === 'a') || (inner.type === 'raw' && RAW_LINK.test((inner as unknown as { value: string }).value))),
  );
}

export function rehypeQuotesHoldingLinks() {
  return (tree: Root): void => {
    forEachNode(tree, (node) => {
      if (node.type !== 'element') return;
      const element = node as Element;
      if (!isQuoteLink(element) || !holdsLink(element)) return;
      element.tagName = 'span';
      delete element.properties['href'];
    });
  };
}
