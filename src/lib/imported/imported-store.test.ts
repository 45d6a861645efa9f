import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, importedSourceId, type ImportedReport } from '../../domain/imported-report';
import {
  checkBackupFile,
  closeImportedStore,
  deleteImportedReport,
  exportImportedReports,
  getImportedText,
  ImportedStoreError,
  listImportedReports,
  restoreImportedReports,
  saveImportedReport,
} from './imported-store';
import { sha256Hex } from './sha256';

async function makeReport(id: string, text: string, title = `报告${id}`): Promise<ImportedReport> {
  const sourceId = importedSourceId(id);
  const quote = text.slice(2, 9);
  return {
    id,
    sourceId,
    title,
    issuingBody: '某某市人民政府',
    jurisdiction: { code: '440981', name: { zh: '高州市', en: 'Gaozhou' }, level: 'county', parentCode: '440900' },
    yearCovered: 2021,
    publishedOn: null,
    kind: 'ruleOfLawReport',
    text,
    sha256: await sha256Hex(text),
    importedAt: new Date(Date.UTC(2024, 0, Number(id.replace(/\D/g, '')) || 1)).toISOString(),
    observations: [
      {
        id: `${sourceId}:2-9:hotline.work-orders`,
        indicatorId: 'hotline.work-orders',
        jurisdictionCode: '440981',
        year: 2021,
        period: { kind: 'fullYear', asWritten: '全年' },
        value: Number(text.slice(2, 7)),
        qualifier: 'exact',
        valueAsWritten: text.slice(2, 7),
        qualifierAsWritten: null,
        relative: null,
        scope: { kind: 'jurisdiction', label: { zh: '全辖区', en: 'whole jurisdiction' } },
        provenance: { sourceId, start: 2, end: 9, quote },
        note: null,
      },
    ],
  };
}

beforeEach(async () => {
  await closeImportedStore();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeImportedStore());

describe('imported store', () => {
  it('lists nothing without creating the database where nothing was ever imported, and lists a report once saved', async () => {
    expect(await listImportedReports()).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);
    await saveImportedReport(await makeReport('r1', '受理12345件工单'));
    await closeImportedStore();
    expect((await listImportedReports()).map((r) => r.id)).toEqual(['r1']);
  });

  it('saves, lists (without text), reads the text and deletes', async () => {
    const report = await makeReport('r1', '工单12905宗，全年。');
    expect(await saveImportedReport(report)).toMatchObject({ status: 'saved' });
    const listed = await listImportedReports();
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('text');
    expect(listed[0]).toMatchObject({ id: 'r1', length: report.text.length, observations: report.observations });
    expect(await getImportedText('r1')).toBe(report.text);
    await deleteImportedReport('r1');
    expect(await listImportedReports()).toEqual([]);
    expect(await getImportedText('r1')).toBeNull();
  });

  it('reports the same text saved twice as a duplicate and stores it once', async () => {
    await saveImportedReport(await makeReport('r1', '工单12905宗，全年。'));
    const again = await saveImportedReport(await makeReport('r2', '工单12905宗，全年。', '另一标题'));
    expect(again).toMatchObject({ status: 'duplicate', existing: { id: 'r1' } });
    expect(await listImportedReports()).toHaveLength(1);
  });

  it('refuses a report whose quote does not match its text, storing nothing', async () => {
    const report = await makeReport('r1', '工单12905宗，全年。');
    report.observations[0]!.provenance = { ...report.observations[0]!.provenance, start: 3, end: 10 };
    const error = await saveImportedReport(report).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportedStoreError);
    expect((error as ImportedStoreError).reason).toBe('invalid');
    expect((error as ImportedStoreError).detail).toContain('observations.0.provenance.quote');
    expect(await listImportedReports()).toEqual([]);
  });

  it('refuses a text whose sha256 is wrong', async () => {
    const report = { ...(await makeReport('r1', '工单12905宗，全年。')), sha256: 'a'.repeat(64) };
    await expect(saveImportedReport(report)).rejects.toMatchObject({ reason: 'hashMismatch' });
    expect(await listImportedReports()).toEqual([]);
  });

  it('exports a backup and restores it, reporting duplicates instead of doubling them', async () => {
    await saveImportedReport(await makeReport('r1', '工单12905宗，全年。'));
    await saveImportedReport(await makeReport('r2', '工单23456宗，全年。'));
    const exported = await exportImportedReports();
    expect(exported.map((r) => r.id)).toEqual(['r1', 'r2']);
    const checked = await checkBackupFile(JSON.stringify(createBackup(exported, new Date())));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problem));

    await deleteImportedReport('r2');
    const restored = await restoreImportedReports(checked.reports);
    expect(restored.added.map((r) => r.id)).toEqual(['r2']);
    expect(restored.duplicates).toEqual([{ title: '报告r1', existingTitle: '报告r1' }]);
    expect((await listImportedReports()).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
  });

  it('leaves the store unchanged when a restore fails part-way', async () => {
    await saveImportedReport(await makeReport('r1', '工单12905宗，全年。'));
    const fresh = await makeReport('r5', '工单55555宗，全年。');
    // Same id as the stored r1 but another text: the second add fails inside the transaction.
    const conflicting = await makeReport('r1', '工单77777宗，全年。', '冲突');
    await expect(restoreImportedReports([fresh, conflicting])).rejects.toMatchObject({ reason: 'writeFailed' });
    const listed = await listImportedReports();
    expect(listed.map((r) => r.id)).toEqual(['r1']);
    expect(listed[0]!.title).toBe('报告r1');
    expect(await getImportedText('r5')).toBeNull();
  });

  describe('a full quota', () => {
    /**
     * The quota is exceeded by a write: refused by the request itself, or after it, on the transaction (as
     * Chromium reports it), whose requests still pending then fail with a plain AbortError.
     */
    function exceedQuota(when: 'request' | 'transaction') {
      const add = IDBObjectStore.prototype.add;
      let aborted = false;
      return vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (when === 'request') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        const request = add.apply(this, args);
        const transaction = this.transaction as unknown as { _abort: (name: string) => void };
        request.addEventListener('success', () => {
          if (aborted) return;
          aborted = true;
          // fake-indexeddb's own step for "abort a transaction with an error", which IDBTransaction.abort() cannot give.
          transaction._abort('QuotaExceededError');
        });
        return request;
      });
    }

    it.each(['request', 'transaction'] as const)('is told as such when a save exceeds it (on the %s), and nothing stored is lost', async (when) => {
      await saveImportedReport(await makeReport('r1', '工单12905宗，全年。'));
      const full = exceedQuota(when);
      try {
        const error = await saveImportedReport(await makeReport('r2', '工单23456宗，全年。')).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportedStoreError);
        expect((error as ImportedStoreError).reason).toBe('quotaExceeded');
        expect((error as ImportedStoreError).detail).toMatch(/quota|QuotaExceededError/i);
      } finally {
        full.mockRestore();
      }
      expect((await listImportedReports()).map((r) => r.id)).toEqual(['r1']);
      expect(await getImportedText('r1')).toBe('工单12905宗，全年。');
      expect(await getImportedText('r2')).toBeNull();
    });

    it.each(['request', 'transaction'] as const)('is told as such when a restore exceeds it (on the %s), and the restore adds nothing', async (when) => {
      await saveImportedReport(await makeReport('r1', '工单12905宗，全年。'));
      const full = exceedQuota(when);
      try {
        await expect(restoreImportedReports([await makeReport('r2', '工单23456宗，全年。')])).rejects.toMatchObject({ reason: 'quotaExceeded' });
      } finally {
        full.mockRestore();
      }
      expect((await listImportedReports()).map((r) => r.id)).toEqual(['r1']);
    });
  });

  it('refuses a whole restore when one report is invalid, before writing anything', async () => {
    const good = await makeReport('r3', '工单33333宗，全年。');
    const bad = { ...(await makeReport('r4', '工单44444宗，全年。')), yearCovered: 1800 };
    await expect(restoreImportedReports([good, bad])).rejects.toMatchObject({ reason: 'invalid' });
    expect(await listImportedReports()).toEqual([]);
  });
});

describe('checkBackupFile', () => {
  it('names the report whose text no longer matches its sha256', async () => {
    const report = await makeReport('r1', '工单12905宗，全年。');
    const tampered = { ...report, text: report.text.replace('全年', '半年') };
    const result = await checkBackupFile(JSON.stringify(createBackup([tampered], new Date())));
    expect(result).toEqual({ ok: false, problem: { kind: 'report', reportIndex: 0, reportTitle: '报告r1', path: 'sha256', detail: 'does not match the text' } });
  });
});
