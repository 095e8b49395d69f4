/**
 * Astro's `markdown.processor` for articles (astro.config.mjs), and the renderer Astro makes
 * from it, for rendering articles outside a build exactly as the build does (tests).
 * Kept apart from markdown.ts so `npm run check`, which needs only the Markdown-tree half,
 * does not load Astro's whole Markdown package.
 */
import { unified } from '@astrojs/markdown-remark';
import type { MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { getMarkdownOptions } from './markdown.ts';

/** The processor: unified with Sourced's plugins (see `getMarkdownOptions`). */
export function createArticleProcessor(): ReturnType<typeof unified> {
  return unified(getMarkdownOptions());
}

/** The renderer Astro creates from the processor, with the site's settings (no syntax highlighting). */
export function createArticleRenderer(): Promise<MarkdownRenderer> {
  return createArticleProcessor().createRenderer({ syntaxHighlight: false });
}
