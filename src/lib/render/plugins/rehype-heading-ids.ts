/**
 * Gives the article's headings their ids the way Astro does (GitHub's slugs of the heading's
 * text, with `-1`, `-2`… for repeats), except that an id the article's page already uses is
 * never given again: a heading "Main", "Claim signal" or "Sources heading" becomes `main-1`,
 * `claim-signal-1`, `sources-heading-1` instead of a second `main`, `claim-signal`… (see
 * page-element-ids.ts), and a heading without words gets `heading` (Astro would give it an
 * empty id). Every other heading gets exactly the id Astro would have given it.
 *
 * Runs after the sanitiser, so the ids the body's own elements end with (claims, quotes, notes,
 * terms, footnotes, sanitised raw HTML) are known, and before Astro's own heading step, which
 * keeps the ids it finds. Records the headings (`file.data.astro.headings`) as that step does.
 */
import type { Element, Root } from 'hast';
import GithubSlugger, { slug } from 'github-slugger';
import type { VFile } from 'vfile';
import { forEachNode } from '../../util/for-each-node.ts';
import { articlePageIdsOf } from '../article-data.ts';

const HEADING = /^h[1-6]$/;

/** The text Astro slugs for a heading (see `rehypeHeadingIds` in @astrojs/markdown-remark). */
export function headingSlugText(heading: Element): string {
  let text = '';
  const walk = (parent: Element): void => {
    for (const child of parent.children) {
      if (child.type === 'element') walk(child);
      else if (child.type === 'text') text += parent.tagName === 'code' || parent.tagName === 'pre' ? child.value : child.value.replace(/\{/g, '${');
      else if ((child as { type: string }).type === 'raw') {
        const { value } = child as unknown as { value: string };
        if (!/^\n?<.*>\n?$/.test(value)) text += value.replace(/\{/g, '${');
      }
    }
  };
  walk(heading);
  return text;
}

/** A heading as Astro records it in `rendered.metadata.headings`. */
export interface RecordedHeading {
  depth: number;
  slug: string;
  text: string;
}

export function rehypeHeadingIds() {
  return (tree: Root, file: VFile): void => {
    // One walk: the headings, and the ids the body's elements already have.
    const headings: Element[] = [];
    const bodyIds: string[] = [];
    forEachNode(tree, (node) => {
      if (node.type !== 'element') return;
      const element = node as Element;
      const id = element.properties['id'];
      if (typeof id === 'string') bodyIds.push(id);
      if (HEADING.test(element.tagName)) headings.push(element);
    });
    const texts = headings.map(headingSlugText);
    let slugger: GithubSlugger | undefined;
    headings.forEach((heading, index) => {
      if (typeof heading.properties['id'] === 'string') return;
      if (!slugger) {
        slugger = new GithubSlugger();
        // A taken id counts as already given: the slugger then moves on to `-1`, `-2`…
        for (const id of [...bodyIds, ...articlePageIdsOf(file)]) slugger.occurrences[id] = 0;
      }
      // A heading with no words a slug keeps ("##", "## 😀") would get an empty id, which HTML forbids.
      const text = texts[index]!;
      heading.properties['id'] = slugger.slug(slug(text) === '' ? 'heading' : text);
    });
    // Recorded as Astro's heading step records them (it runs after this one in Astro's renderer
    // and records the same; the deferred renderer, which skips it, keeps this record).
    const astro = ((file.data as Record<string, unknown>)['astro'] ??= {}) as { headings?: RecordedHeading[] };
    astro.headings = headings.map((heading, index) => ({ depth: Number(heading.tagName.slice(1)), slug: String(heading.properties['id']), text: texts[index]! }));
  };
}
