import { BinaryFileError, decodeText, DecodeError, findBinaryContent, type BinaryContent, type BinaryFormat } from '../../domain/extraction/decode-text';
import type { BackupProblem } from '../../domain/imported-report';

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

/**
 * A file of another format opened as a report or a backup: which of the report messages tells the reader what
 * it is and what to do instead, and the format's name in the messages.
 */
export const FILE_FORMATS: Record<BinaryFormat, { kind: 'pdf' | 'zip' | 'ole' | 'image' | 'archive'; name: string }> = {
  pdf: { kind: 'pdf', name: 'PDF' },
  zip: { kind: 'zip', name: 'ZIP' },
  ole: { kind: 'ole', name: 'Office (.doc/.xls/.wps)' },
  png: { kind: 'image', name: 'PNG' },
  jpeg: { kind: 'image', name: 'JPEG' },
  gif: { kind: 'image', name: 'GIF' },
  webp: { kind: 'image', name: 'WebP' },
  tiff: { kind: 'image', name: 'TIFF' },
  bmp: { kind: 'image', name: 'BMP' },
  gzip: { kind: 'archive', name: 'gzip' },
  rar: { kind: 'archive', name: 'RAR' },
  '7z': { kind: 'archive', name: '7z' },
};

/**
 * A backup file's bytes as text, read as a report's are (decodeText): the app writes UTF-8, but a backup
 * opened and saved again in an editor may come back with a BOM, as UTF-16 or as GB18030, and a wrong file
 * chosen is told for what it is rather than as JSON that does not parse. Here, not beside validateBackup in
 * src/domain/imported-report.ts: that module is in the entry chunk, and this would bring the decoder along.
 */
export function readBackupBytes(bytes: Uint8Array): { ok: true; json: string } | { ok: false; problem: BackupProblem } {
  let json: string;
  try {
    json = decodeText(bytes).text;
  } catch (error) {
    if (error instanceof BinaryFileError) return { ok: false, problem: { kind: 'binaryFile', format: error.format } };
    if (error instanceof DecodeError) return { ok: false, problem: { kind: 'notText', detail: error.message } };
    throw error;
  }
  if (json.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, json };
}
