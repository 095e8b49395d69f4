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
import { parentPort } from 'node:worker_threads';
import type { OgImageInput } from '../input.ts';

/** One image to draw (a normalized input). */
export interface OgImageRequest {
  id: number;
  input: OgImageInput;
}

/** The PNG's bytes, or the message of the error drawing failed with. */
export type OgImageReply = { id: number; png: Uint8Array } | { id: number; error: string };

enableCompileCache(join(import.meta.dirname, '../../../../node_modules/.cache/node-compile'));
const { renderOgImage } = await import('../render-og-image.ts');
const { getOgImageFonts } = await import('../fonts.ts');
// Fonts first, so the first image does not wait for them.
await getOgImageFonts();

parentPort?.on('message', (request: OgImageRequest) => {
  renderOgImage(request.input).then(
    (png) => parentPort?.postMessage({ id: request.id, png } satisfies OgImageReply),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies OgImageReply),
  );
});
