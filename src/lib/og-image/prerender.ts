/**
 * Draws the share images a build will need ahead of the pages that serve them, on worker threads
 * (one per core but the main thread's, og-image/workers/pool.ts), while the main thread writes
 * the pages. Images already in the cache are skipped; each image drawn is written to the cache,
 * where the endpoint (getOgImage) then reads it. An image whose worker fails is drawn on the main thread.
 *
 * Why: the endpoint is called once per article, one after another, so drawing there used a single
 * core; a cold build of 1000 articles spent about 25 s on it.
 */
import { existsSync } from 'node:fs';
import { cachedOgImage, defaultOgImageCacheDir, ogImageCacheFile } from './cache.ts';
import { ogImageVersion } from './index.ts';
import { normalizeOgImageInput, type OgImageInput } from './input.ts';
import { markPrerendering } from './prerendered.ts';
import { renderOgImage } from './render-og-image.ts';
import { OgWorkerLostError, ogWorkerCount, startOgImageWorkers, type OgImageWorker } from './workers/pool.ts';

export interface PrerenderOgImagesOptions {
  /** Where rendered images are kept; default: node_modules/.cache/sourced-og/ in the working directory. */
  cacheDir?: string;
  /** The project folder, which holds the worker's script; default: the working directory. */
  root?: string;
  /** How many workers; default: {@link ogWorkerCount}. */
  workers?: number;
}

export interface PrerenderOgImagesReport {
  /** Distinct images asked for. */
  images: number;
  /** Already in the cache. */
  cached: number;
  /** Drawn now (on the workers, or on the main thread after a worker failed). */
  drawn: number;
  /** Of those, drawn on the main thread because their worker had stopped. */
  drawnOnMainThread: number;
  workers: number;
  seconds: number;
}

/** Images a worker has queued at once, so it never waits for the main thread between two. */
const IMAGES_PER_WORKER = 2;

/**
 * Draws the images of `inputs` that the cache lacks; resolves when all are in the cache. Every one
 * of them is marked as being drawn at once (prerendered.ts), so getOgImage waits for it instead of
 * drawing it again. With no worker to draw on (too few images, or `SOURCED_OG_WORKERS=0`), nothing
 * is drawn ahead: the endpoint draws each image itself, as before.
 */
export async function prerenderOgImages(inputs: readonly OgImageInput[], options: PrerenderOgImagesOptions = {}): Promise<PrerenderOgImagesReport> {
  const start = performance.now();
  const cacheDir = options.cacheDir ?? defaultOgImageCacheDir();
  const byFile = new Map<string, { input: OgImageInput; version: string }>();
  for (const raw of inputs) {
    const input = normalizeOgImageInput(raw);
    const version = ogImageVersion(input);
    byFile.set(ogImageCacheFile(cacheDir, input, version), { input, version });
  }
  const missing = [...byFile].filter(([file]) => !existsSync(file));
  let drawnOnMainThread = 0;
  const report = (drawn: number, workers: number): PrerenderOgImagesReport => ({
    images: byFile.size,
    cached: byFile.size - missing.length,
    drawn,
    drawnOnMainThread,
    workers,
    seconds: (performance.now() - start) / 1000,
  });
  const workers = startOgImageWorkers(options.workers ?? ogWorkerCount(missing.length), options.root ?? process.cwd());
  if (missing.length === 0 || workers.length === 0) return report(0, 0);

  const finished = new Map<string, () => void>();
  for (const [file] of missing) markPrerendering(file, new Promise<void>((resolve) => finished.set(file, resolve)));

  let next = 0;
  const drawOne = async (file: string, input: OgImageInput, version: string, worker: OgImageWorker): Promise<void> => {
    const render = (normalized: OgImageInput): Promise<Uint8Array> =>
      worker.draw(normalized).catch((error: unknown) => {
        if (!(error instanceof OgWorkerLostError)) throw error;
        drawnOnMainThread++;
        return renderOgImage(normalized);
      });
    try {
      await cachedOgImage(input, { cacheDir, version, render });
    } catch {
      // The endpoint draws it again on the main thread and reports the error there.
    } finally {
      finished.get(file)?.();
    }
  };
  const slot = async (worker: OgImageWorker): Promise<void> => {
    while (next < missing.length) {
      const [file, { input, version }] = missing[next++]!;
      await drawOne(file, input, version, worker);
    }
  };
  try {
    await Promise.all(workers.flatMap((worker) => Array.from({ length: IMAGES_PER_WORKER }, () => slot(worker))));
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
  return report(missing.length, workers.length);
}
