/**
 * Turns the bytes of a report into text. Reports arrive as UTF-8 (with or
 * without BOM), UTF-16 with a BOM (Word exports), or GB18030/GBK (older
 * government sites). Valid UTF-8 wins because a GB18030 reading of UTF-8
 * bytes almost never fails, while the reverse fails quickly.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export class DecodeError extends Error {
  override name = 'DecodeError';
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM is stripped below by hand, so offsets never count it.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text === null) throw new DecodeError('the file starts with a UTF-8 BOM but is not valid UTF-8');
    return { text, encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strictDecode('utf-16le', bytes.subarray(2));
    if (text === null) throw new DecodeError('the file starts with a UTF-16 LE BOM but is not valid UTF-16');
    return { text, encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strictDecode('utf-16be', bytes.subarray(2));
    if (text === null) throw new DecodeError('the file starts with a UTF-16 BE BOM but is not valid UTF-16');
    return { text, encoding: 'utf-16be' };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new DecodeError('the bytes are neither UTF-8, UTF-16 with a BOM, nor GB18030');
}
