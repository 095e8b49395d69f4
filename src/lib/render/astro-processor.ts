/**
 * Astro's `markdown.processor` (astro.config.mjs), which leaves articles to be rendered when the
 * pages need them (deferred-render.ts), and the renderer that renders them then: the renderer
 * Astro makes from the article processor, also used to render articles outside a build (tests).
 * Kept apart from render/pipeline.ts so `npm run check`, which needs only the Markdown-tree half,
 * does not load Astro's whole Markdown package.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { createDeferringProcessor } from './deferred-render.ts';
import { getMarkdownOptions } from './pipeline.ts';

/** The processor: unified with Sourced's plugins (see `getMarkdownOptions`). */
export function createArticleProcessor(): ReturnType<typeof unified> {
  return unified(getMarkdownOptions());
}

/**
 * The processor Astro is given: the article processor, except that the articles in
 * `articlesDir` are rendered when the pages need them (see deferred-render.ts).
 */
export function createSiteProcessor(articlesDir: string): ReturnType<typeof unified> {
  const folder = resolve(articlesDir) + sep;
  return createDeferringProcessor(createArticleProcessor(), (file) => file.protocol === 'file:' && fileURLToPath(file).startsWith(folder));
}

/** The renderer Astro creates from the processor, with the site's settings (no syntax highlighting). */
export function createArticleRenderer(): Promise<MarkdownRenderer> {
  return createArticleProcessor().createRenderer({ syntaxHighlight: false });
}
