import { readFileSync } from 'node:fs';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import { remarkAnnotations } from './annotations/remark-annotations';
import { remarkRestoreDirectives } from './annotations/remark-restore-directives';
import { remarkStripControlCharacters } from './remark-strip-control-characters';
import { getSanitizeSchema } from './sanitize-schema';

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
 * after conversion to HTML, raw HTML from the article is parsed and sanitised with an allow-list.
 *
 * Smartypants is off: Sourced publishes other people's words, so straight quotes, dashes
 * and ellipses must come out exactly as the analyst typed them.
 */
export function getMarkdownOptions(): UnifiedProcessorOptions {
  return {
    gfm: true,
    smartypants: false,
    remarkPlugins: [remarkStripControlCharacters, remarkDirective, [remarkAnnotations, { readFile: readArticleFile }], remarkRestoreDirectives],
    rehypePlugins: [rehypeRaw, [rehypeSanitize, getSanitizeSchema()]],
  };
}
