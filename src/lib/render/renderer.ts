/**
 * The renderer of deferred articles (deferred-render.ts): Sourced's Markdown pipeline
 * (render/pipeline.ts) as Astro's renderer runs it, without the steps Astro adds that change nothing for
 * these articles, and with the article's plain text for the Web Annotation export.
 *
 * Astro's renderer (`createArticleRenderer`) runs, after Sourced's plugins:
 * - its image steps (`remarkCollectImages`, `rehypeImages`): they only act on Markdown images,
 *   and an article with one is rendered by Astro at sync, never deferred;
 * - its heading step (`rehypeHeadingIds`): every heading has its id from Sourced's step already
 *   (rehype-heading-ids.ts), which records the headings as Astro's would;
 * - `rehype-raw`, which sends the whole tree through an HTML parser again. Sourced's tree is
 *   what the parser gives already: raw HTML was parsed by rehype-raw-html.ts, and the elements
 *   the pipeline makes are nested as HTML allows (quotes holding links stop being links,
 *   callouts follow their paragraph). The one difference is attribute values: the parser reads
 *   `data-footnote-ref` as `data-footnote-ref=""`, which this renderer writes too.
 *
 * Together these took about a fifth of an annotated article's render time (a sixth of a plain
 * one's). The result is the one Astro's renderer gives, byte for byte: HTML, headings,
 * frontmatter (tested on every fixture and on generated articles).
 */
import type { MarkdownRenderer, MarkdownRenderOptions, MarkdownRenderResult } from '@astrojs/internal-helpers/markdown';
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { forEachNode } from '../util/for-each-node.ts';
import { getMarkdownOptions } from './pipeline.ts';

/** What a deferred render gives: Astro's result. */
export type DeferredRenderResult = MarkdownRenderResult;

/** Astro's renderer interface. */
export interface DeferredArticleRenderer extends MarkdownRenderer {
  render(content: string, options?: MarkdownRenderOptions): Promise<DeferredRenderResult>;
}

/** A data attribute set to `true` is written bare (`data-x`); the HTML parser reads it as `data-x=""`. */
function writeDataAttributesAsParsed(tree: HastRoot): void {
  forEachNode(tree, (node) => {
    if (node.type !== 'element') return;
    const { properties } = node as Element;
    for (const key in properties) {
      if (properties[key] === true && key.startsWith('data')) properties[key] = '';
    }
  });
}

/** The renderer; like Astro's, it can render many articles one after another. */
export function createDeferredArticleRenderer(): DeferredArticleRenderer {
  const options = getMarkdownOptions();
  // The order and settings of Astro's unified renderer (@astrojs/markdown-remark), minus the
  // steps above (GFM on and smartypants off, as render/pipeline.ts sets them; no syntax highlighting).
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use((options.remarkPlugins ?? []) as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [], ...options.remarkRehype })
    .use((options.rehypePlugins ?? []) as PluggableList)
    .use(rehypeStringify, { allowDangerousHtml: true });

  return {
    async render(content, renderOptions) {
      const file = new VFile({ value: content, path: renderOptions?.fileURL, data: { astro: { frontmatter: renderOptions?.frontmatter ?? {} } } });
      let tree: HastRoot;
      try {
        tree = (await processor.run(processor.parse(file) as MdastRoot, file)) as HastRoot;
      } catch (error) {
        // Logged and thrown as Astro's renderer does, for the caller to name the file.
        const failure = error instanceof Error ? error : new Error(String(error));
        failure.message = `Failed to parse Markdown file "${file.path}":\n${failure.message}`;
        console.error(failure);
        throw failure;
      }
      writeDataAttributesAsParsed(tree);
      const code = processor.stringify(tree, file);
      const astro = (file.data as { astro?: { headings?: MarkdownRenderResult['metadata']['headings']; frontmatter?: Record<string, unknown> } }).astro;
      return {
        code,
        metadata: {
          headings: astro?.headings ?? [],
          localImagePaths: [],
          remoteImagePaths: [],
          frontmatter: astro?.frontmatter ?? {},
        },
      };
    },
  };
}
