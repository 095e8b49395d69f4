/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether the bytes start with the PNG signature followed by an IHDR chunk. */
export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < 24) return false;
  if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return false;
  return String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
}

/** The image's width and height in pixels, from its IHDR chunk. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!isPng(bytes)) throw new TypeError('Not a PNG file: no PNG signature and IHDR chunk.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
