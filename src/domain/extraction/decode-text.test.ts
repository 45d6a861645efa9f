import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError } from './decode-text';

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
