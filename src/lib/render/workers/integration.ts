/**
 * Starts the render workers (render/workers/pool.ts) as a build starts, so they load the Markdown
 * pipeline while Astro syncs the content and bundles the pages, and stops any left when it ends.
 */
import type { AstroIntegration } from 'astro';
import { findArticleFiles } from '../article-files.ts';
import { closeUntakenRenderWorkers, prestartRenderWorkers } from './pool.ts';

export function renderWorkers(options: { contentDir: string; root: string }): AstroIntegration {
  return {
    name: 'sourced:render-workers',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') prestartRenderWorkers(findArticleFiles(options.contentDir).length, options.root);
      },
      'astro:build:done': async () => {
        await closeUntakenRenderWorkers();
      },
    },
  };
}
