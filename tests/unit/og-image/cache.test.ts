import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cachedOgImage, getOgImage, ogImageCacheKey, readPngSize, type OgImageInput } from '../../../src/lib/og-image/index';

const INPUT: OgImageInput = { title: 'A title', outlet: 'time news', claims: 14, quotes: 8, siteName: 'Sourced' };

/** A stand-in renderer: a tiny valid-looking PNG that encodes how many renders happened. */
function countingRenderer() {
  const calls: OgImageInput[] = [];
  const render = async (input: OgImageInput): Promise<Uint8Array> => {
    calls.push(input);
    const bytes = new Uint8Array(32);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    bytes[31] = calls.length;
    return bytes;
  };
  return { calls, render };
}

let cacheDir: string;

beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'sourced-og-test-'));
});

afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('ogImageCacheKey', () => {
  test('changes with every field and the version, not with white space the image does not show', () => {
    const key = ogImageCacheKey(INPUT, 'v1');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(ogImageCacheKey({ ...INPUT, title: '  A\n title ' }, 'v1')).toBe(key);
    for (const changed of [
      { ...INPUT, title: 'A title!' },
      { ...INPUT, outlet: 'time' },
      { ...INPUT, claims: 15 },
      { ...INPUT, quotes: 9 },
      { ...INPUT, siteName: 'Other' },
    ]) {
      expect(ogImageCacheKey(changed, 'v1')).not.toBe(key);
    }
    expect(ogImageCacheKey(INPUT, 'v2')).not.toBe(key);
    // Fields cannot run into each other.
    expect(ogImageCacheKey({ ...INPUT, title: 'ab', outlet: 'c' }, 'v1')).not.toBe(ogImageCacheKey({ ...INPUT, title: 'a', outlet: 'bc' }, 'v1'));
  });
});

describe('cachedOgImage', () => {
  test('renders once, then returns the same bytes from the cache without rendering', async () => {
    const { calls, render } = countingRenderer();
    const first = await cachedOgImage(INPUT, { cacheDir, version: 'v1', render });
    const second = await cachedOgImage({ ...INPUT }, { cacheDir, version: 'v1', render });
    expect(calls).toHaveLength(1);
    expect(second).toEqual(first);
    expect(await readdir(cacheDir)).toEqual([`${ogImageCacheKey(INPUT, 'v1')}.png`]);
  });

  test('renders again when the title or the version changes', async () => {
    const { calls, render } = countingRenderer();
    const first = await cachedOgImage(INPUT, { cacheDir, version: 'v1', render });
    const retitled = await cachedOgImage({ ...INPUT, title: 'Another title' }, { cacheDir, version: 'v1', render });
    expect(calls.map((input) => input.title)).toEqual(['A title', 'Another title']);
    expect(retitled).not.toEqual(first);
    await cachedOgImage(INPUT, { cacheDir, version: 'v2', render });
    expect(calls).toHaveLength(3);
  });

  test('a damaged cache file is rendered again and replaced', async () => {
    const { calls, render } = countingRenderer();
    await writeFile(join(cacheDir, `${ogImageCacheKey(INPUT, 'v1')}.png`), 'not a png');
    const bytes = await cachedOgImage(INPUT, { cacheDir, version: 'v1', render });
    expect(calls).toHaveLength(1);
    expect(await cachedOgImage(INPUT, { cacheDir, version: 'v1', render })).toEqual(bytes);
    expect(calls).toHaveLength(1);
  });

  test('the same image asked for twice at once is rendered once; no temporary files are left', async () => {
    const { calls, render } = countingRenderer();
    const [a, b] = await Promise.all([
      cachedOgImage(INPUT, { cacheDir, version: 'v1', render }),
      cachedOgImage(INPUT, { cacheDir, version: 'v1', render }),
    ]);
    expect(calls).toHaveLength(1);
    expect(a).toEqual(b);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('creates a missing cache folder; renders the normalized input', async () => {
    const { calls, render } = countingRenderer();
    const nested = join(cacheDir, 'a', 'b');
    await cachedOgImage({ ...INPUT, title: ' A\ttitle\u0007 ' }, { cacheDir: nested, version: 'v1', render });
    expect(calls[0]?.title).toBe('A title');
    expect(await readdir(nested)).toHaveLength(1);
  });
});

describe('getOgImage', () => {
  test('renders a real PNG once; unchanged input comes from the cache (file untouched), a new title is rendered', async () => {
    const input: OgImageInput = { ...INPUT, title: 'Cache test: “quotes” – dashes, é' };
    const first = await getOgImage(input, { cacheDir });
    expect(readPngSize(first)).toEqual({ width: 1200, height: 630 });
    const [file] = await readdir(cacheDir);
    expect(file).toMatch(/^[0-9a-f]{64}\.png$/);
    const path = join(cacheDir, file as string);
    const before = await stat(path);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await getOgImage({ ...input }, { cacheDir });
    expect(second).toEqual(first);
    const after = await stat(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);

    const retitled = await getOgImage({ ...input, title: 'A different title' }, { cacheDir });
    expect(retitled).not.toEqual(first);
    expect(await readdir(cacheDir)).toHaveLength(2);
  });
});
