import { readFileSync } from 'node:fs';
import type { RemarkPlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type PluggableList, type Processor } from 'unified';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import { remarkAnnotations } from './plugins/remark-annotations.ts';
import { remarkRestoreDirectives } from '../annotations/remark/restore-directives.ts';
import { rehypeQuotesHoldingLinks } from '../annotations/markup/rehype-quotes-holding-links.ts';
import { annotationNodeToHast } from '../annotations/markup/to-hast.ts';
import { rehypeHeadingIds } from './plugins/rehype-heading-ids.ts';
import { rehypeEmptyLinks } from './plugins/rehype-empty-links.ts';
import { rehypeRawHtml } from './plugins/rehype-raw-html.ts';
import { rehypeTableAlignment } from './plugins/rehype-table-alignment.ts';
import { rehypeTaskListLabels } from './plugins/rehype-task-list-labels.ts';
import { remarkStripControlCharacters } from './plugins/remark-strip-control-characters.ts';
import { getSanitizeSchema } from './plugins/sanitize-schema.ts';

/** Reads an article file for position mapping; a file that cannot be read gives body-relative positions. */
function readArticleFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The one ordered Markdown pipeline, shared by `astro.config.mjs` and the tests:
 * directive syntax, then Sourced's annotations, then every other directive restored to text;
 * after conversion to HTML, quotes whose words hold a link stop being links themselves, then raw
 * HTML from the article is parsed and sanitised with an allow-list, aligned table cells get a
 * class instead of the obsolete `align`, task-list checkboxes and links without words get
 * accessible names, and headings get ids that no other element of the article's page has.
 *
 * Smartypants is off: Sourced publishes other people's words, so straight quotes, dashes
 * and ellipses must come out exactly as the analyst typed them.
 */
export function getMarkdownOptions(): UnifiedProcessorOptions {
  return {
    gfm: true,
    smartypants: false,
    remarkPlugins: getRemarkPlugins(),
    remarkRehype: { unknownHandler: annotationNodeToHast },
    rehypePlugins: [rehypeQuotesHoldingLinks, rehypeRawHtml, [rehypeSanitize, getSanitizeSchema()], rehypeTableAlignment, rehypeTaskListLabels, rehypeEmptyLinks, rehypeHeadingIds],
  };
}

/** The remark (Markdown-tree) stage of the pipeline, in order; everything the annotation checks need. */
export function getRemarkPlugins(): RemarkPlugins {
  return [remarkStripControlCharacters, remarkDirective, [remarkAnnotations, { readFile: readArticleFile }], remarkRestoreDirectives];
}

/**
 * The Markdown-tree half of the pipeline alone (parse, GFM, the remark plugins above), without
 * HTML output: what `npm run check` and the build's article check run, several times faster
 * than a full render and with the same annotation results.
 */
export function createRemarkProcessor(): Processor<Root, Root, Root> {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(getRemarkPlugins() as PluggableList) as unknown as Processor<Root, Root, Root>;
}
