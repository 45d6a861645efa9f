/**
 * Which cells of a grid hold a value, as one bit per cell in a base64
 * string: cell i is bit (i % 8) of byte ⌊i / 8⌋ (least significant bit
 * first), and the bits after the last cell are 0. The columnar indicator
 * file (data-files.ts) marks its code × year cells this way: 29,750 cells
 * take 5 KB of text, where two index columns took 180 KB.
 *
 * Free of zod and of any UI, so the bench's reference page can read it too.
 */

function bytesFor(size: number): number {
  return Math.ceil(size / 8);
}

/** Encodes cells (truthy = present) as base64. */
export function encodePresence(cells: ArrayLike<unknown>): string {
  const bytes = new Uint8Array(bytesFor(cells.length));
  for (let i = 0; i < cells.length; i++) if (cells[i]) bytes[i >> 3]! |= 1 << (i & 7);
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for large grids.
  for (let at = 0; at < bytes.length; at += 0x2000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
  return btoa(binary);
}

export type PresenceResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Decodes the bitmap of a grid of `size` cells. Strict: the text must be
 * padded base64 of exactly ⌈size / 8⌉ bytes, with no bit set after the last cell.
 */
export function decodePresence(text: string, size: number): PresenceResult {
  const byteCount = bytesFor(size);
  const expectedLength = 4 * Math.ceil(byteCount / 3);
  if (text.length !== expectedLength) {
    return { ok: false, message: `has ${text.length} characters; ${size} cells take ${expectedLength} (base64 of ${byteCount} bytes)` };
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return { ok: false, message: 'is not valid base64' };
  }
  if (binary.length !== byteCount) return { ok: false, message: `decodes to ${binary.length} bytes, expected ${byteCount}` };
  const bytes = new Uint8Array(byteCount);
  for (let i = 0; i < byteCount; i++) bytes[i] = binary.charCodeAt(i);
  const spare = byteCount * 8 - size;
  if (spare > 0 && bytes[byteCount - 1]! >> (8 - spare) !== 0) return { ok: false, message: `marks cells beyond the last one (${size - 1})` };
  return { ok: true, bytes };
}

/** True when cell i is marked. */
export function isPresent(bytes: Uint8Array, i: number): boolean {
  return (bytes[i >> 3]! & (1 << (i & 7))) !== 0;
}
