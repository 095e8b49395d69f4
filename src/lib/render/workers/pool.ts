/**
 * Worker threads that render articles beside the main thread (render/workers/worker.ts), so a build
 * uses more than one core for what takes most of its time. Each worker is a renderer like the
 * main thread's: same pipeline, same result, handed back by structured clone.
 *
 * How many: one fewer than the machine's cores (the main thread renders too), at most 3, and
 * none for fewer than {@link MIN_ARTICLES_PER_WORKER} articles per thread, where starting a
 * worker (loading the Markdown pipeline: a quarter to half a second) costs more than it saves.
 * `SOURCED_RENDER_WORKERS=<n>` sets the number (0: render on the main thread only).
 *
 * When: a build starts them as it starts (render/workers/integration.ts), so they have loaded the
 * pipeline by the time the pages need the articles; the pages' code takes them from a registry
 * on `globalThis` (the integration and the pages are bundled apart, so they share no module), or
 * starts its own (`astro dev`). A worker keeps the process alive only while it has articles.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { startJobWorker } from '../../util/job-worker.ts';
import type { DeferredArticleRenderer, DeferredRenderResult } from '../renderer.ts';
import type { RenderRequest } from './worker.ts';

/** Below this many articles per thread, workers are not worth starting. */
export const MIN_ARTICLES_PER_WORKER = 50;

/** The most workers a build starts. */
const MAX_WORKERS = 3;

/** Thrown for the articles a worker had when it stopped; the caller renders them itself. */
export class RenderWorkerLostError extends Error {
  override name = 'RenderWorkerLostError';
}

/** A worker as a renderer; `close` stops it. */
export interface WorkerRenderer extends DeferredArticleRenderer {
  close(): Promise<void>;
}

/** How many workers to start for `articles` articles (see the module documentation). */
export function workerCount(articles: number, environment: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const wanted = environment['SOURCED_RENDER_WORKERS'];
  if (wanted !== undefined && wanted.trim() !== '' && Number.isInteger(Number(wanted))) return Math.max(0, Number(wanted));
  return Math.max(0, Math.min(cores - 1, MAX_WORKERS, Math.floor(articles / MIN_ARTICLES_PER_WORKER) - 1));
}

/** The worker's script in the project at `root`. */
export function workerScript(root: string): string {
  return join(root, 'src/lib/render/workers/worker.ts');
}

function startWorker(script: string): WorkerRenderer {
  const worker = startJobWorker<Omit<RenderRequest, 'id'>, DeferredRenderResult>(script, {
    name: 'A render worker',
    lost: (message) => new RenderWorkerLostError(message),
  });
  return {
    render: (content, options) => worker.run({ content, frontmatter: options?.frontmatter ?? {}, fileURL: options?.fileURL?.href }),
    close: () => worker.close(),
  };
}

/** The workers for rendering `articles` articles of the project at `root` (none when not worth it or not possible). */
export function startRenderWorkers(articles: number, root: string): WorkerRenderer[] {
  const count = workerCount(articles);
  const script = workerScript(root);
  if (count === 0 || !existsSync(script)) return [];
  return Array.from({ length: count }, () => startWorker(script));
}

/** Where workers started ahead wait to be taken (one registry per process, whatever the bundle). */
const REGISTRY = Symbol.for('sourced.render-workers');
type Registry = { [REGISTRY]?: WorkerRenderer[] };

/** Starts the workers for `articles` articles ahead of rendering; {@link takeRenderWorkers} gets them. */
export function prestartRenderWorkers(articles: number, root: string): void {
  const registry = globalThis as Registry;
  registry[REGISTRY] ??= startRenderWorkers(articles, root);
}

/** The workers started ahead and not taken yet (`undefined` when none were); the registry is empty after. */
function takeStartedWorkers(): WorkerRenderer[] | undefined {
  const registry = globalThis as Registry;
  const started = registry[REGISTRY];
  delete registry[REGISTRY];
  return started;
}

/** The workers started ahead, if any (once), else new ones for `articles` articles. The caller closes them. */
export function takeRenderWorkers(articles: number, root: string): WorkerRenderer[] {
  return takeStartedWorkers() ?? startRenderWorkers(articles, root);
}

/** Stops workers started ahead and never taken. */
export async function closeUntakenRenderWorkers(): Promise<void> {
  await Promise.all((takeStartedWorkers() ?? []).map((worker) => worker.close()));
}
