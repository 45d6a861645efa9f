import { describe, expect, it } from 'vitest';
import { createBackup, validateBackup } from '../../domain/imported-report';
import { readBackupBytes } from './import-limits';

describe('readBackupBytes', () => {
  // Non-ASCII in it, as every backup of a Chinese report has.
  const json = JSON.stringify({ ...createBackup([], new Date('2024-05-02T00:00:00Z')), note: '高州市2021年度法治政府建设情况报告' });
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

  it('reads UTF-8, and a backup an editor saved again with a BOM or as UTF-16, to the same JSON', () => {
    const utf8 = new TextEncoder().encode(json);
    expect(readBackupBytes(utf8)).toEqual({ ok: true, json });
    expect(readBackupBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, json });
    expect(readBackupBytes(utf16le(json))).toEqual({ ok: true, json });
    expect(validateBackup(json)).toEqual({ ok: true, reports: [] });
    // {"title":"共受理5件"} in GB18030: 共 B9B2, 受 CADC, 理 C0ED, 件 BCFE.
    const gb = new Uint8Array([...new TextEncoder().encode('{"title":"'), 0xb9, 0xb2, 0xca, 0xdc, 0xc0, 0xed, 0x35, 0xbc, 0xfe, 0x22, 0x7d]);
    expect(readBackupBytes(gb)).toEqual({ ok: true, json: '{"title":"共受理5件"}' });
  });

  it('says a file is empty, or of another format, or not text, before any JSON is parsed', () => {
    expect(readBackupBytes(new Uint8Array())).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readBackupBytes(new TextEncoder().encode(' \n'))).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readBackupBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3]))).toEqual({ ok: false, problem: { kind: 'binaryFile', format: 'pdf' } });
    expect(readBackupBytes(new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0x7d]))).toEqual({ ok: false, problem: { kind: 'notText', detail: expect.stringContaining('binary content') } });
  });
});
