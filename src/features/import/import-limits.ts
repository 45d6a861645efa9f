import { findBinaryContent, type BinaryContent } from '../../domain/extraction/decode-text';

/** The largest report the app imports (bytes, as read from disk or as UTF-8 when pasted). */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** The largest backup file the app reads. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** UTF-8 size of a text without allocating its bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Why a pasted text cannot be imported. */
export type PasteProblem = { kind: 'empty' } | { kind: 'tooLarge'; size: number } | { kind: 'binary'; found: BinaryContent };

/**
 * The checks on a pasted text, cheapest first: its size, then the binary
 * test the file path applies too (decodeText). Both are one linear pass, so
 * they run on the paste itself, before the browser puts the text into the
 * field: laying out megabytes in a <textarea> takes Chromium seconds to
 * minutes (docs in source-step.tsx).
 */
export function pasteProblem(text: string): PasteProblem | null {
  if (text.trim() === '') return { kind: 'empty' };
  const size = utf8Length(text);
  if (size > MAX_REPORT_BYTES) return { kind: 'tooLarge', size };
  const found = findBinaryContent(text);
  return found ? { kind: 'binary', found } : null;
}

/** Blob#arrayBuffer where it exists, else FileReader (older engines and jsdom). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
