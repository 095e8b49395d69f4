/**
 * Raw HTML written in an article, parsed into the tree (rehype-raw) so that the sanitiser after it
 * sees real elements. Only when the article has some: rehype-raw re-parses the whole tree through
 * an HTML parser even when there is nothing to parse, and for an article without raw HTML that
 * costs a large share of its render time and gives back the same tree.
 *
 * An id written in raw HTML is kept (a Markdown link may point at it) unless something else
 * already has it: the page around the article (`main`, a source's entry… see
 * page-element-ids.ts), an element from the Markdown (a claim, a quote, a footnote) or an
 * earlier raw element. Then it gets `-1`, `-2`… like a repeated heading, so every id on the page
 * stays unique and the page's own links and the skip link land where they should. An empty id
 * is dropped and white space inside one becomes `-` (neither is a valid id), and an
 * `aria-describedby` naming an id the page does not have loses that name.
 */
import { randomUUID } from 'node:crypto';
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import { forEachNode, someNode } from '../../util/for-each-node.ts';
import { articlePageIdsOf } from '../article-data.ts';

/** Marks, through the HTML parser, the elements that had an id before the raw HTML was parsed. */
const MARK = 'dataSourcedFromMarkdown';

/** Whether any node of the tree is raw HTML. */
export function containsRawHtml(tree: Root): boolean {
  return someNode(tree, (node) => node.type === 'raw');
}

/** The first id from `wanted`, `wanted-1`, `wanted-2`… that is not taken; it is taken then. */
function claimId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let count = 1; taken.has(id); count += 1) id = `${wanted}-${count}`;
  taken.add(id);
  return id;
}

/**
 * After parsing: elements from the Markdown keep their ids (unless the parser copied one, as it
 * may when it repairs nesting), then raw elements get theirs, each unique on the page.
 */
function settleIds(tree: Root, mark: string, pageIds: readonly string[]): void {
  const fromMarkdown: Element[] = [];
  const fromRaw: Element[] = [];
  forEachNode(tree, (node) => {
    if (node.type !== 'element') return;
    const element = node as Element;
    const marked = element.properties[MARK] === mark;
    delete element.properties[MARK];
    if (marked) fromMarkdown.push(element);
    else if (element.properties['id'] !== undefined && element.properties['id'] !== null) fromRaw.push(element);
  });
  const taken = new Set<string>();
  for (const element of fromMarkdown) element.properties['id'] = claimId(String(element.properties['id']), taken);
  for (const id of pageIds) taken.add(id);
  for (const element of fromRaw) {
    const written = String(element.properties['id']).trim().replace(/[\t\n\f\r ]+/g, '-');
    if (written === '') delete element.properties['id'];
    else element.properties['id'] = claimId(written, taken);
  }
  dropDanglingDescriptions(tree, taken);
}

/** `aria-describedby` may only name ids on the page: names of others are dropped (raw HTML can write any). */
function dropDanglingDescriptions(tree: Root, ids: ReadonlySet<string>): void {
  forEachNode(tree, (node) => {
    if (node.type !== 'element') return;
    const { properties } = node as Element;
    const described = properties['ariaDescribedBy'];
    if (described === undefined || described === null) return;
    const kept = (Array.isArray(described) ? described : String(described).split(/\s+/)).map(String).filter((id) => ids.has(id));
    if (kept.length > 0) properties['ariaDescribedBy'] = kept;
    else delete properties['ariaDescribedBy'];
  });
}

/**
 * Parses the raw HTML of a tree (rehype-raw: the whole tree goes through the HTML parser), then
 * settles the ids as described above.
 */
export function createRawHtmlParser(): (tree: Root, file: VFile) => Root {
  const parseRaw = rehypeRaw();
  return (tree, file) => {
    // A mark raw HTML cannot forge: it is new for every article and never reaches the page.
    const mark = randomUUID();
    forEachNode(tree, (node) => {
      if (node.type === 'element' && (node as Element).properties['id'] !== undefined) (node as Element).properties[MARK] = mark;
    });
    const parsed = parseRaw(tree, file) as Root;
    settleIds(parsed, mark, articlePageIdsOf(file));
    return parsed;
  };
}

export function rehypeRawHtml() {
  const parse = createRawHtmlParser();
  return (tree: Root, file: VFile): Root | undefined => (containsRawHtml(tree) ? parse(tree, file) : undefined);
}
