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

/** What makes a text look like the bytes of a binary file rather than a report. */
export interface BinaryContent {
  /** How many characters no plain-text report contains (NUL, other control characters, U+FFFD). */
  count: number;
  /** Where the first of them is (UTF-16 code units). */
  firstAt: number;
  /** The text holds NUL, which no text format but UTF-16 without a BOM (not read here: Utf16WithoutBomError) ever contains. */
  hasNul: boolean;
}

/** Decoded fine, but the text is binary content (a .docx, .pdf or .zip saved or pasted as text). */
export class BinaryContentError extends DecodeError {
  override name = 'BinaryContentError';
  constructor(readonly found: BinaryContent) {
    super(`the text holds ${found.count} control character(s)${found.hasNul ? ' including NUL' : ''}, the first at ${found.firstAt}: binary content, not a report`);
  }
}

/**
 * A file of another format, known by its first bytes: what is most often
 * opened in place of a report's text (a PDF, a Word, WPS or OFD document, a
 * scan, an archive), renamed .txt or not. Named so that the reader is told
 * what the file is; without this most of them ended as "the encoding is not
 * recognised", which sent people to re-save an image as UTF-8.
 */
export type BinaryFormat = 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff' | 'bmp' | 'gzip' | 'rar' | '7z';

/** Each format's magic number; `at` is its offset when it is not at the start (WebP's inside a RIFF header). */
const SIGNATURES: ReadonlyArray<{ format: BinaryFormat; bytes: readonly number[]; at?: number; also?: { at: number; bytes: readonly number[] } }> = [
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  // .docx, .xlsx, .pptx, .odt, .ofd and .zip are all ZIP archives.
  { format: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  // .doc, .xls, .ppt and older .wps: OLE compound files.
  { format: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8(7|9)a
  { format: 'webp', bytes: [0x52, 0x49, 0x46, 0x46], also: { at: 8, bytes: [0x57, 0x45, 0x42, 0x50] } }, // RIFF....WEBP
  { format: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { format: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  // "BM" alone could start a text; a BMP header also has zeros in its reserved bytes 6–9.
  { format: 'bmp', bytes: [0x42, 0x4d], also: { at: 6, bytes: [0, 0, 0, 0] } },
  { format: 'gzip', bytes: [0x1f, 0x8b] },
  { format: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] }, // Rar!
  { format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

function startsWith(bytes: Uint8Array, expected: readonly number[], at = 0): boolean {
  return bytes.length >= at + expected.length && expected.every((b, i) => bytes[at + i] === b);
}

/** The format of a file that is not text, by its first bytes; null when it starts as none of them. */
export function sniffBinaryFormat(bytes: Uint8Array): BinaryFormat | null {
  const found = SIGNATURES.find((s) => startsWith(bytes, s.bytes) && (!s.also || startsWith(bytes, s.also.bytes, s.also.at)));
  return found?.format ?? null;
}

/** The file is of another format (a PDF, a Word document, an image…), not text at all. */
export class BinaryFileError extends DecodeError {
  override name = 'BinaryFileError';
  constructor(readonly format: BinaryFormat) {
    super(`the file is ${format === 'ole' ? 'an OLE compound document (.doc, .xls, .wps)' : `a ${format.toUpperCase()} file`}, not plain text`);
  }
}

/**
 * The bytes read as UTF-16 but start with no BOM, so their byte order is a guess; they are not read (the
 * formats read are those the import page lists), but named, since the NULs of every ASCII character in
 * them otherwise made them "binary content, perhaps a PDF or Word file".
 */
export class Utf16WithoutBomError extends DecodeError {
  override name = 'Utf16WithoutBomError';
  constructor(readonly byteOrder: 'utf-16le' | 'utf-16be') {
    super(`the file looks like ${byteOrder === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} without a BOM, which is not read: save it as UTF-8, or as UTF-16 with a BOM`);
  }
}

/**
 * Control characters other than tab, line breaks and form feed (C0, DEL, C1),
 * U+FFFD (what a decoder writes for bytes it cannot read) and the
 * noncharacters U+FFFE/U+FFFF.
 */
function isBinaryChar(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true;
  return code === 0xfffd || code === 0xfffe || code === 0xffff;
}

/**
 * Null when the text reads as plain text; otherwise what gives it away. A
 * single NUL is enough. Other stray characters are tolerated up to 1 % of the
 * text, because text copied out of a PDF or Word file often keeps a few
 * (a U+FFFD for an unmapped glyph, a \u0007 cell mark), while binary content
 * read as text is full of them. Both the file and the paste paths of the
 * import page, and the CLI through decodeText, apply this one rule.
 */
export function findBinaryContent(text: string): BinaryContent | null {
  let count = 0;
  let firstAt = -1;
  let hasNul = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isBinaryChar(code)) continue;
    if (firstAt === -1) firstAt = i;
    if (code === 0) hasNul = true;
    count++;
  }
  if (count === 0 || (!hasNul && count * 100 <= text.length)) return null;
  return { count, firstAt, hasNul };
}

/**
 * 'utf-16le' or 'utf-16be' when BOM-less bytes are UTF-16 text: in UTF-16 every ASCII character (digits, line
 * breaks, punctuation) has a NUL byte, on the odd side in LE and the even side in BE, while U+xx00 characters
 * (一 is U+4E00) put a few on the other; and read in that order the bytes must make plain text. Binary content
 * has its NULs on both sides and reads as control characters and broken surrogates.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const units = bytes.length / 2;
  const [byteOrder, nuls, others] = odd > even ? (['utf-16le', odd, even] as const) : (['utf-16be', even, odd] as const);
  // A few NULs (or NULs on both sides) are a text with stray NULs or binary content: told as such.
  if (nuls < 8 || nuls < units / 100 || nuls < others * 2) return null;
  // Valid UTF-8 is a UTF-8 text with NULs in it, unless it is mostly ASCII: UTF-16 of Chinese text is almost never valid UTF-8.
  if (nuls < units / 4 && strictDecode('utf-8', bytes) !== null) return null;
  // A file cut short may end in half a character: the check reads whole ones.
  const text = strictDecode(byteOrder, bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return text !== null && text.trim() !== '' && findBinaryContent(text) === null ? byteOrder : null;
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM is stripped below by hand, so offsets never count it.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The bytes as text, refusing a file of a known other format (BinaryFileError), bytes no reading accepts
 * (DecodeError) and binary content that happens to decode (BinaryContentError).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const format = sniffBinaryFormat(bytes);
  if (format) throw new BinaryFileError(format);
  const decoded = decodeBytes(bytes);
  const binary = findBinaryContent(decoded.text);
  if (binary) throw new BinaryContentError(binary);
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
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
  // Only bytes with a NUL can be UTF-16: a native search first, so a text file is not counted byte by byte.
  const utf16 = bytes.includes(0) ? utf16WithoutBom(bytes) : null;
  if (utf16) throw new Utf16WithoutBomError(utf16);
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new DecodeError('the bytes are neither UTF-8, UTF-16 with a BOM, nor GB18030');
}
