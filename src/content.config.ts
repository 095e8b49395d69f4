import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readDeployConfig } from './lib/site/deploy-config';
import { articleSchema } from './lib/schemas/article';

const { contentDir } = readDeployConfig(process.env);

/** Articles: one Markdown file per article in `$CONTENT_DIR/articles` (files starting with `_` are ignored). */
const articles = defineCollection({
  // The store keeps the Markdown body, not the HTML: articles are rendered when the pages need
  // them (src/lib/render/deferred-render.ts explains why).
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };
