import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readDeployConfig } from './lib/site/deploy-config';
import { articleSchema } from './lib/schemas/article';
import { sourceSchema } from './lib/schemas/source';
import { previewArticleSchema } from './lib/schemas/preview-article';
import { isAstroDev } from './lib/diagnostics/build-report';

const { contentDir } = readDeployConfig(process.env);

/** Articles: one Markdown file per article in `$CONTENT_DIR/articles` (files starting with `_` are ignored). */
const articles = defineCollection({
  // The store keeps neither the HTML nor the Markdown body: articles are rendered when the pages
  // need them (src/lib/render/deferred-render.ts explains why), from their files
  // (src/lib/render/article-source.ts).
  // The preview keeps the body: without it, an edit to an article's text leaves its stored entry
  // unchanged, and the preview would not render it again.
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/articles`, retainBody: isAstroDev() }),
  // The preview shows an article with wrong frontmatter (errors listed on the page) instead of
  // stopping; builds and `npm run check` validate strictly.
  schema: isAstroDev() ? previewArticleSchema : articleSchema,
});

/**
 * Site-wide sources: one YAML file per source in `$CONTENT_DIR/sources/<id>.yaml` (`name`, `kind`,
 * optional `role`, `url`); every article can name them with `by=<id>` / `via=<id>`. The Markdown
 * pipeline and `npm run check` read the same files (src/lib/sources/site-sources.ts).
 */
const sources = defineCollection({
  // A site without the folder has none (and no loader warning about a missing folder); create the
  // folder before starting `npm run dev`.
  loader: existsSync(`${contentDir}/sources`) ? glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/sources` }) : () => [],
  schema: sourceSchema,
});

export const collections = { articles, sources };
