/**
 * Share images being drawn ahead by og-image/prerender.ts, by cache file: the endpoint that asks
 * for one of them waits for it (then reads it from the cache) instead of drawing it a second time.
 */
const pending = new Map<string, Promise<void>>();

/** Records that `file` is being drawn; `done` settles when it is in the cache (or drawing failed). */
export function markPrerendering(file: string, done: Promise<void>): void {
  const settled = done.catch(() => undefined).finally(() => pending.delete(file));
  pending.set(file, settled);
}

/** Waits until the image of `file` is drawn, if it is being drawn ahead. */
export async function waitForPrerendered(file: string): Promise<void> {
  await pending.get(file);
}

/** How many images are still being drawn ahead. */
export function prerenderingCount(): number {
  return pending.size;
}
