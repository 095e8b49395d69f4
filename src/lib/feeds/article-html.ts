/**
 * An article's HTML for feed readers, built in one pass from what the pipeline stored (the
 * article's HTML with empty callout placeholders) and the annotation model:
 *
 * - a claim keeps its words followed by a `[n]` marker; each callouts placeholder becomes a list
 *   of footnote-style lines written from the model (a claim's line comes once, at the first
 *   placeholder naming it), so callouts are never rendered for the page and stripped again;
 * - notes become labelled blockquotes, quotes and terms keep their words, and a list of quotes
 *   with their speakers ends the item;
 * - no classes, ids, ARIA, role or data attributes survive, and nothing is hidden with CSS
 *   (visually hidden words and lens explanations are left out);
 * - aligned table cells carry `align`: the page expresses alignment as a class for its
 *   stylesheet, which feed readers do not load (see render/plugins/rehype-table-alignment.ts);
 * - every URL is absolute, resolved against the article's own URL (feed readers have no base).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { DATA_ATTRIBUTES, dataProperty, HTML_CLASSES, speakersOf, toCalloutText, type ArticleAnnotations, type Claim } from '../annotations/index.ts';
import { speakerSeparator } from '../annotations/sourcing.ts';
import { absolutiseUrls } from './absolute-urls.ts';
import { hasAnyClass } from '../util/hast-classes.ts';

const hasClass = (node: Element, name: string): boolean => hasAnyClass(node, [name]);

/** One footnote-style line for a claim: `[3] Russian government — Official denial. Status: denied. Answers [2].` */
function calloutLine(claim: Claim, byId: ReadonlyMap<string, Claim>): Element {
  const { details } = toCalloutText(claim, byId);
  const speakers = speakersOf(claim);
  const names = speakers.flatMap((speaker, index) => [...(index === 0 ? [] : [speakerSeparator(speakers, index)]), h('strong', speaker.name), ...(speaker.role ? [`, ${speaker.role}`] : [])]);
  return h('li', [`[${claim.number}] `, ...names, ` — ${details}`]);
}

/** Attributes that only serve the page's layout, styling or scripting. */
const LAYOUT_ATTRIBUTE = /^(className|id|role|style|aria[A-Z].*|data[A-Z].*)$/;
/** Elements whose words stay and whose markup goes. */
const UNWRAPPED = [HTML_CLASSES.claim, HTML_CLASSES.quote, HTML_CLASSES.term, HTML_CLASSES.group, HTML_CLASSES.groupRest];
/** Elements left out with their words: screen-reader-only text and lens explanations. */
const LEFT_OUT = [HTML_CLASSES.visuallyHidden, HTML_CLASSES.termExplain];
/** The page's alignment classes for table cells (render/plugins/rehype-table-alignment.ts). */
const ALIGNMENT_CLASS = /^align-(left|center|right)$/;

/** The alignment a table cell's classes give it, if any. */
function cellAlignment(node: Element): string | undefined {
  if (node.tagName !== 'td' && node.tagName !== 'th') return undefined;
  const classes = node.properties['className'];
  return Array.isArray(classes) ? classes.map((name) => ALIGNMENT_CLASS.exec(String(name))?.[1]).find(Boolean) : undefined;
}

/** The list of quotes with their speakers that ends an item. */
function quoteList(annotations: ArticleAnnotations): Element[] {
  if (annotations.quotes.length === 0) return [];
  return [
    h('h2', 'Quotes'),
    h(
      'ol',
      annotations.quotes.map((quote) => h('li', [`“${quote.text}” — `, h('strong', quote.by.name), quote.by.role ? `, ${quote.by.role}` : ''])),
    ),
  ];
}

/**
 * The feed HTML of an article: `storedHtml` is the HTML the pipeline stored (callouts as empty
 * placeholders), `pageUrl` the article's absolute URL.
 */
export function toFeedArticleHtml(storedHtml: string, annotations: ArticleAnnotations, pageUrl: string): string {
  const tree: Root = fromHtml(storedHtml, { fragment: true });
  const byId = new Map(annotations.claims.map((claim) => [claim.id, claim]));
  const listed = new Set<string>();
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const replace = (...nodes: RootContent[]): [typeof SKIP, number] => {
      parent.children.splice(index, 1, ...(nodes as ElementContent[]));
      return [SKIP, index];
    };
    if (hasAnyClass(node, LEFT_OUT)) return replace();
    if (hasClass(node, HTML_CLASSES.claimRef)) {
      const claim = byId.get(String(node.properties[dataProperty(DATA_ATTRIBUTES.claimRef)]));
      return replace(h('sup', `[${claim?.number ?? '?'}]`));
    }
    if (hasClass(node, HTML_CLASSES.callouts)) {
      const claims = String(node.properties[dataProperty(DATA_ATTRIBUTES.callouts)] ?? '')
        .split(' ')
        .filter((id) => byId.has(id) && !listed.has(id) && listed.add(id))
        .map((id) => byId.get(id) as Claim);
      return replace(h('ul', claims.map((claim) => calloutLine(claim, byId))));
    }
    if (hasAnyClass(node, UNWRAPPED)) return replace(...node.children);
    if (hasClass(node, HTML_CLASSES.noteLabel)) return replace(h('p', [h('strong', node.children)]));
    if (hasClass(node, HTML_CLASSES.note)) node.tagName = 'blockquote';
    const alignment = cellAlignment(node);
    for (const key of Object.keys(node.properties)) {
      if (LAYOUT_ATTRIBUTE.test(key)) delete node.properties[key];
    }
    if (alignment) node.properties['align'] = alignment;
    absolutiseUrls(node, pageUrl);
    return undefined;
  });
  tree.children.push(...quoteList(annotations));
  return toHtml(tree);
}
