import { describe, expect, it } from 'vitest';
import { BinaryContentError, BinaryFileError, decodeText, DecodeError, findBinaryContent, Utf16WithoutBomError, type BinaryFormat } from './decode-text';

const SAMPLE = '共受理12345热线工单12905宗';

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const start = bom ? 2 : 0;
  const bytes = new Uint8Array(start + text.length * 2);
  if (bom) bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[start + 2 * i] = bigEndian ? code >> 8 : code & 0xff;
    bytes[start + 2 * i + 1] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeText(plain)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeText(utf16(SAMPLE, false))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, true))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // 共受理5件 in GB18030 (GBK range): 共 B9B2, 受 CADC, 理 C0ED, 件 BCFE.
    const gb = new Uint8Array([0xb9, 0xb2, 0xca, 0xdc, 0xc0, 0xed, 0x35, 0xbc, 0xfe]);
    expect(decodeText(gb)).toEqual({ text: '共受理5件', encoding: 'gb18030' });
  });

  it('names UTF-16 without a BOM and its byte order instead of calling it binary content or an unknown encoding', () => {
    // 一 (U+4E00) puts a NUL on the other side too; a report has more ASCII (digits, line breaks) than those.
    const report = '一、2021年共受理12345热线工单12905宗，\r\n一次办结率99.5%。\n';
    for (const [bigEndian, byteOrder] of [[false, 'utf-16le'], [true, 'utf-16be']] as const) {
      const bytes = utf16(report, bigEndian, false);
      for (const cut of [bytes, bytes.subarray(0, bytes.length - 1)]) {
        let thrown: unknown = null;
        try {
          decodeText(cut);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(Utf16WithoutBomError);
        expect(thrown).toBeInstanceOf(DecodeError);
        expect((thrown as Utf16WithoutBomError).byteOrder).toBe(byteOrder);
      }
    }
    // With a BOM it is read as before.
    expect(decodeText(utf16(report, false)).text).toBe(report);
  });

  it('keeps a UTF-8 text with stray NULs, even all on one side, a text with NULs (binary content), not UTF-16', () => {
    expect(() => decodeText(new TextEncoder().encode(`\u0000${SAMPLE}`))).toThrow(BinaryContentError);
    // Ten times the sample, a NUL and an x (36 bytes): every NUL at an even offset.
    const chunk = new TextEncoder().encode(`${SAMPLE}\u0000x`);
    expect(chunk.length % 2).toBe(0);
    const bytes = new Uint8Array(Array.from({ length: 10 }, () => [...chunk]).flat());
    expect(() => decodeText(bytes)).toThrow(BinaryContentError);
  });

  it('refuses bytes that are no known encoding', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xff, 0x81]))).toThrow(DecodeError);
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(DecodeError);
  });
});

describe('binary content', () => {
  const ZIP_AS_TEXT = '\u0000\u0001PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml';

  it('refuses valid UTF-8 that is binary content, not a report', () => {
    const bytes = new TextEncoder().encode(ZIP_AS_TEXT);
    let thrown: unknown = null;
    try {
      decodeText(bytes);
    } catch (error) {
      thrown = error;
    }
    // A DecodeError too, so the CLI reports it as it reports undecodable bytes.
    expect(thrown).toBeInstanceOf(BinaryContentError);
    expect(thrown).toBeInstanceOf(DecodeError);
    expect((thrown as BinaryContentError).found).toEqual({ count: 8, firstAt: 0, hasNul: true });
  });

  it('finds one NUL anywhere, and other control characters only when they are many', () => {
    expect(findBinaryContent(`${SAMPLE}\u0000`)).toEqual({ count: 1, firstAt: SAMPLE.length, hasNul: true });
    // Text copied from a PDF keeps the odd U+FFFD or cell mark: below 1 % it is still a report.
    const report = `${SAMPLE.repeat(20)}\ufffd\u0007`;
    expect(findBinaryContent(report)).toBeNull();
    expect(decodeText(new TextEncoder().encode(report)).text).toBe(report);
    expect(findBinaryContent('\u0001\u0002\u0003\u0004\u0005 random \u009b bytes')).toEqual({ count: 6, firstAt: 0, hasNul: false });
  });

  it('keeps binary content with its NULs on one side binary, not UTF-16', () => {
    // NULs only at odd offsets, but read as UTF-16 LE these are control characters (U+0001, U+0002…).
    const bytes = new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 === 1 ? 0 : (i % 7) + 1)));
    expect(() => decodeText(bytes)).toThrow(BinaryContentError);
  });

  it('accepts tabs, line breaks and form feeds', () => {
    expect(findBinaryContent('表1\t件数\r\n第2页\f\v共5件\n')).toBeNull();
  });
});

describe('files of another format', () => {
  /** The first bytes of each format, then bytes as such files go on (a PDF's binary marker, a PNG's IHDR…). */
  const files: Array<[BinaryFormat, number[]]> = [
    ['pdf', [...new TextEncoder().encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new TextEncoder().encode('[Content_Types].xml')]],
    ['zip', [0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]],
    ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]],
    ['gif', [...new TextEncoder().encode('GIF89a'), 0x01, 0x00, 0x01, 0x00]],
    ['webp', [...new TextEncoder().encode('RIFF'), 0x24, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]],
    ['tiff', [0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0]],
    ['tiff', [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 0x08]],
    ['bmp', [0x42, 0x4d, 0x36, 0x10, 0x0e, 0x00, 0, 0, 0, 0, 0x36, 0, 0, 0]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0]],
    ['rar', [...new TextEncoder().encode('Rar!'), 0x1a, 0x07, 0x01, 0x00]],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]],
  ];

  it.each(files)('names the format (%s) of a file by its first bytes, as a DecodeError the CLI reports', (format, bytes) => {
    let thrown: unknown = null;
    try {
      decodeText(new Uint8Array(bytes));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BinaryFileError);
    expect(thrown).toBeInstanceOf(DecodeError);
    expect((thrown as BinaryFileError).format).toBe(format);
  });

  it('reads a report whose first letters only resemble a signature', () => {
    for (const text of ['BMW 2021年共受理5件', 'RIFF 项目 2021年共受理5件', 'GIF 2021年', 'PK 2021年共受理5件']) {
      expect(decodeText(new TextEncoder().encode(text)).text).toBe(text);
    }
  });
});
