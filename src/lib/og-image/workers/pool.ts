/**
 * Worker threads that draw share images (og-image/workers/worker.ts), one per core but the main
 * thread's: drawing an image (satori's layout, resvg's rasterising and PNG encoding) is pure
 * computation, about 20 ms each, and a cold build of a large site draws one per article. Each
 * worker draws exactly what the main thread would (the same code, fonts and libraries): the same
 * bytes.
 *
 * `SOURCED_OG_WORKERS=<n>` sets the number of workers (0: draw on the main thread only).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { startJobWorker } from '../../util/job-worker.ts';
import type { OgImageInput } from '../input.ts';
import type { OgImageRequest } from './worker.ts';

/**
 * The old-generation heap a worker may use, in MiB. A worker otherwise inherits the build's heap
 * budget (hundreds of MiB) and, since drawing makes much short-lived garbage, V8 lets each
 * worker's heap grow towards it before collecting: two workers added about 1 GiB to the peak
 * memory of a 1000-article build. Drawing needs about 30 MiB.
 */
export const OG_WORKER_HEAP_MIB = 64;

/** The young generation's size, in MiB: V8's default let a worker commit about 160 MiB in all. */
export const OG_WORKER_YOUNG_HEAP_MIB = 16;

/** Fewer images than this per worker are drawn faster on the main thread than a worker starts (about 0.3 s). */
export const MIN_IMAGES_PER_WORKER = 20;

/**
 * How many workers draw `images` images: one per core but the one the main thread writes pages
 * on (at least one), none when too few images for it to pay. On the standard 2-core machine a
 * second worker only took turns with the main thread: a cold 1000-article build was no faster
 * with it, and a cold 10,000-article build peaked about 120 MiB higher (2160 MiB).
 */
export function ogWorkerCount(images: number, environment: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const wanted = environment['SOURCED_OG_WORKERS'];
  if (wanted !== undefined && wanted.trim() !== '' && Number.isInteger(Number(wanted))) return Math.max(0, Number(wanted));
  return Math.max(0, Math.min(Math.max(1, cores - 1), Math.floor(images / MIN_IMAGES_PER_WORKER)));
}

/** The worker's script in the project at `root`. */
export function ogWorkerScript(root: string): string {
  return join(root, 'src/lib/og-image/workers/worker.ts');
}

/** Thrown for an image whose worker stopped; the caller draws it on the main thread. */
export class OgWorkerLostError extends Error {
  override name = 'OgWorkerLostError';
}

/** A worker that draws images: `draw` resolves with the PNG's bytes. */
export interface OgImageWorker {
  draw(input: OgImageInput): Promise<Uint8Array>;
  /** How many images it is drawing or has queued. */
  readonly busy: number;
  close(): Promise<void>;
}

function startWorker(script: string): OgImageWorker {
  const worker = startJobWorker<Omit<OgImageRequest, 'id'>, Uint8Array>(script, {
    resourceLimits: { maxOldGenerationSizeMb: OG_WORKER_HEAP_MIB, maxYoungGenerationSizeMb: OG_WORKER_YOUNG_HEAP_MIB },
    name: 'A share-image worker',
    lost: (message) => new OgWorkerLostError(message),
  });
  return {
    async draw(input) {
      const png = await worker.run({ input });
      return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    },
    get busy() {
      return worker.busy;
    },
    close: () => worker.close(),
  };
}

/** `count` workers for the project at `root` (none when its worker script is missing). */
export function startOgImageWorkers(count: number, root: string): OgImageWorker[] {
  const script = ogWorkerScript(root);
  if (count <= 0 || !existsSync(script)) return [];
  return Array.from({ length: count }, () => startWorker(script));
}
