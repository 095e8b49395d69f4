import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';

/**
 * The one ordered Markdown pipeline, shared by `astro.config.mjs` and the tests.
 *
 * Smartypants is off: Sourced publishes other people's words, so straight quotes, dashes
 * and ellipses must come out exactly as the analyst typed them.
 */
export function getMarkdownOptions(): UnifiedProcessorOptions {
  return {
    gfm: true,
    smartypants: false,
    remarkPlugins: [remarkDirective],
    rehypePlugins: [],
  };
}
