import { describe, expect, it } from 'vitest';
import { BinaryContentError, decodeText, DecodeError, findBinaryContent } from './decode-text';

const SAMPLE = '共受理12345热线工单12905宗';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + 2 * i] = bigEndian ? code & 0xff : code >> 8;
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

  it('accepts tabs, line breaks and form feeds', () => {
    expect(findBinaryContent('表1\t件数\r\n第2页\f\v共5件\n')).toBeNull();
  });
});
