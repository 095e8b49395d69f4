import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readDeployConfig } from './lib/site/deploy-config';
import { articleSchema } from './lib/schemas/article';

const { contentDir } = readDeployConfig(process.env);

/** Articles: one Markdown file per article in `$CONTENT_DIR/articles` (files starting with `_` are ignored). */
const articles = defineCollection({
  // The store keeps neither the HTML nor the Markdown body: articles are rendered when the pages
  // need them (src/lib/render/deferred-render.ts explains why), from their files
  // (src/lib/render/article-source.ts).
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/articles`, retainBody: false }),
  schema: articleSchema,
});

export const collections = { articles };
