import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { getOgImage, renderOgImage, type OgImageInput } from '../../../src/lib/og-image/index';
import { prerenderOgImages } from '../../../src/lib/og-image/prerender';
import { ogWorkerCount, startOgImageWorkers } from '../../../src/lib/og-image/workers/pool';
import { PROJECT_ROOT } from '../../helpers/build-site';

const INPUTS: OgImageInput[] = [
  { title: 'Ministers meet again as the talks on supplies resume', outlet: 'time news', claims: 14, quotes: 8, siteName: 'Sourced' },
  { title: 'Переговоры возобновились · Οι συνομιλίες · Đàm phán', outlet: '', claims: 1, quotes: 0, siteName: 'Sourced' },
  { title: 'A much longer title that wraps over several lines and still has more words to say about the talks and the supplies', outlet: 'Generated Wire', claims: 0, quotes: 1, siteName: 'Sourced' },
];

let cacheDir: string;

beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'sourced-og-workers-'));
});

afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('how many share-image workers', () => {
  test('one per core but the main thread’s (at least one), none for fewer than 20 images a worker; SOURCED_OG_WORKERS sets it', () => {
    expect(ogWorkerCount(1000, {}, 2)).toBe(1);
    expect(ogWorkerCount(1000, {}, 1)).toBe(1);
    expect(ogWorkerCount(1000, {}, 8)).toBe(7);
    expect(ogWorkerCount(30, {}, 8)).toBe(1);
    expect(ogWorkerCount(19, {}, 8)).toBe(0);
    expect(ogWorkerCount(1000, { SOURCED_OG_WORKERS: '0' }, 8)).toBe(0);
    expect(ogWorkerCount(1, { SOURCED_OG_WORKERS: '3' }, 1)).toBe(3);
  });
});

describe('drawing share images on worker threads', () => {
  test('a worker draws the same PNG, byte for byte, as the main thread', async () => {
    const [worker] = startOgImageWorkers(1, PROJECT_ROOT);
    try {
      for (const input of INPUTS) {
        expect(Buffer.from(await worker!.draw(input)).equals(Buffer.from(await renderOgImage(input)))).toBe(true);
      }
    } finally {
      await worker!.close();
    }
  });

  test('prerendering fills the cache with the images the main thread would draw; the endpoint then reads them', async () => {
    const report = await prerenderOgImages([...INPUTS, INPUTS[0]!], { cacheDir, root: PROJECT_ROOT, workers: 2 });
    expect(report).toMatchObject({ images: 3, cached: 0, drawn: 3, drawnOnMainThread: 0, workers: 2 });
    expect((await readdir(cacheDir)).filter((file) => file.endsWith('.png'))).toHaveLength(3);
    for (const input of INPUTS) {
      expect(Buffer.from(await getOgImage(input, { cacheDir })).equals(Buffer.from(await renderOgImage(input)))).toBe(true);
    }
    expect(await prerenderOgImages(INPUTS, { cacheDir, root: PROJECT_ROOT, workers: 2 })).toMatchObject({ images: 3, cached: 3, drawn: 0, workers: 0 });
  });

  test('the endpoint waits for an image being drawn ahead instead of drawing it again', async () => {
    const drawing = prerenderOgImages(INPUTS, { cacheDir, root: PROJECT_ROOT, workers: 1 });
    const images = await Promise.all(INPUTS.map((input) => getOgImage(input, { cacheDir })));
    await drawing;
    // Every image written once (no temporary or second file), the same bytes as drawn ahead.
    expect(await readdir(cacheDir)).toHaveLength(3);
    for (const [index, input] of INPUTS.entries()) expect(Buffer.from(images[index]!).equals(Buffer.from(await renderOgImage(input)))).toBe(true);
  });

  test('without a worker (a project without the script), nothing is drawn ahead', async () => {
    expect(await prerenderOgImages(INPUTS, { cacheDir, root: '/nonexistent', workers: 2 })).toMatchObject({ drawn: 0, workers: 0 });
    expect(await readdir(cacheDir)).toEqual([]);
  });
});
