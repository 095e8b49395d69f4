/**
 * A worker thread that draws share images (og-image/render-og-image.ts: satori, then resvg), so
 * a build draws them on every core (og-image/workers/pool.ts starts it). The fonts are read once,
 * when the worker starts. Messages in: an {@link OgImageRequest}; out: an {@link OgImageReply}
 * with the same `id` (the PNG's bytes are copied: resvg's buffer lives outside the heap and cannot
 * be transferred; at about 40 KB an image, the copy costs nothing measurable).
 *
 * Loaded by Node directly (not bundled): it must only import modules Node can run as they are.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { OgImageInput } from '../input.ts';
import type { JobReply } from '../../util/job-worker.ts';

/** One image to draw (a normalized input). */
export interface OgImageRequest {
  id: number;
  input: OgImageInput;
}

/** The PNG's bytes, or the message of the error drawing failed with. */
export type OgImageReply = JobReply<Uint8Array>;

enableCompileCache(join(import.meta.dirname, '../../../../node_modules/.cache/node-compile'));
const { renderOgImage } = await import('../render-og-image.ts');
const { getOgImageFonts } = await import('../fonts.ts');
// Fonts first, so the first image does not wait for them.
await getOgImageFonts();

/**
 * resvg keeps each image's pixels (about 3 MiB) outside the JavaScript heap, where V8 does not see
 * them, and frees them only after a collection has found the image unreachable and the event loop
 * has turned (native finalizers run from the loop). A worker allocates little else, so without
 * help its memory grew by the pixels of every image it drew (1000 images: over 1 GiB). So images
 * are drawn one at a time, each followed by a minor collection (well under a millisecond: the
 * worker's young heap is small) and a turn of the event loop.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options: { type: 'minor' }) => void;
const turnEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const queue: OgImageRequest[] = [];
let drawing = false;

async function drawQueued(): Promise<void> {
  drawing = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    try {
      const png = await renderOgImage(request.input);
      parentPort?.postMessage({ id: request.id, result: png } satisfies OgImageReply);
    } catch (error) {
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies OgImageReply);
    }
    collectGarbage({ type: 'minor' });
    await turnEventLoop();
  }
  drawing = false;
}

parentPort?.on('message', (request: OgImageRequest) => {
  queue.push(request);
  if (!drawing) void drawQueued();
});
