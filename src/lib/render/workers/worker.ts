/**
 * A worker thread that renders articles with the deferred renderer (render/renderer.ts),
 * so a build renders on more than one core (render/workers/pool.ts starts it). Messages in: a
 * {@link RenderRequest}; out: a {@link RenderReply} with the same `id`.
 *
 * Loaded by Node directly (not bundled): it must only import modules Node can run as they are.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { DeferredRenderResult } from '../renderer.ts';
import type { JobReply } from '../../util/job-worker.ts';

/** An article to render: its Markdown body, raw frontmatter and file (as a `file:` URL). */
export interface RenderRequest {
  id: number;
  content: string;
  frontmatter: Record<string, unknown>;
  fileURL?: string | undefined;
}

/** The render's result, or the message of the error it failed with (already logged here). */
export type RenderReply = JobReply<DeferredRenderResult>;

// Node's compile cache (as `npm run check` uses) roughly halves the time the pipeline takes to load.
enableCompileCache(join(import.meta.dirname, '../../../../node_modules/.cache/node-compile'));
const { createDeferredArticleRenderer } = await import('../renderer.ts');
const renderer = createDeferredArticleRenderer();

parentPort?.on('message', (request: RenderRequest) => {
  const options = { frontmatter: request.frontmatter, ...(request.fileURL ? { fileURL: new URL(request.fileURL) } : {}) };
  renderer.render(request.content, options).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies RenderReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies RenderReply),
  );
});
