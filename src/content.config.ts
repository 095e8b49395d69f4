import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readDeployConfig } from './lib/deploy-config';
import { articleSchema } from './lib/schemas/article';

const { contentDir } = readDeployConfig(process.env);

/** Articles: one Markdown file per article in `$CONTENT_DIR/articles` (files starting with `_` are ignored). */
const articles = defineCollection({
  // The raw Markdown is not kept in the data store: pages use the rendered HTML, and the store
  // (serialised, bundled and loaded again at build) grows with every byte kept.
  loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/articles`, retainBody: false }),
  schema: articleSchema,
});

export const collections = { articles };
