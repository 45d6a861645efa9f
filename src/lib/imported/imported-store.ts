import type { DBSchema } from 'idb';
import {
  ImportedReportSchema,
  ImportedReportSummarySchema,
  summarizeImportedReport,
  validateBackup,
  type BackupValidation,
  type ImportedReport,
  type ImportedReportSummary,
} from '../../domain/imported-report';
import { idbConnection } from '../idb-connection';
import { StoreError } from '../store-error';
import { sha256Hex } from './sha256';

/**
 * Imported reports in the browser's IndexedDB (database "reportlens"):
 * - reports: everything but the text (lists and charts read only this);
 * - texts:   { id, text }, read when a report's text is shown or exported.
 * Every write validates first and then runs in one transaction over both
 * stores, so a failed or refused write leaves the database as it was.
 */
const DB_NAME = 'reportlens';
const DB_VERSION = 1;

type StoredSummary = ImportedReportSummary;

interface ReportLensDb extends DBSchema {
  reports: { key: string; value: StoredSummary; indexes: { sha256: string } };
  texts: { key: string; value: { id: string; text: string } };
}

/** Why the store refused or failed; `reason` is a stable code the UI translates. */
export class ImportedStoreError extends StoreError<'unavailable' | 'invalid' | 'hashMismatch' | 'writeFailed' | 'quotaExceeded' | 'notFound'> {
  override name = 'ImportedStoreError';
}

const connection = idbConnection<ReportLensDb>(
  DB_NAME,
  DB_VERSION,
  (database) => {
    const reports = database.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('sha256', 'sha256', { unique: true });
    database.createObjectStore('texts', { keyPath: 'id' });
  },
  (detail, cause) => new ImportedStoreError('unavailable', detail, cause),
);
const db = connection.get;

/** Closes the connection (tests swap the IndexedDB factory between cases). */
export const closeImportedStore = connection.close;

/**
 * False when the browser says the database has never been created (nothing was ever imported here), true
 * when it exists or the browser cannot tell. Why: every page lists the imported reports before its first
 * view; opening the database creates it, and that upgrade ran on the way to the first chart (docs/scale.md)
 * for the many readers who never import anything.
 */
async function storeMayExist(): Promise<boolean> {
  if (connection.isOpen() || typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((info) => info.name === DB_NAME);
  } catch {
    return true;
  }
}

/** Every imported report without its text, newest first. Records that no longer validate are skipped. */
export async function listImportedReports(): Promise<ImportedReportSummary[]> {
  if (!(await storeMayExist())) return [];
  const all = await (await db()).getAll('reports');
  const valid: ImportedReportSummary[] = [];
  for (const record of all) {
    const parsed = ImportedReportSummarySchema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
    else console.warn(`imported report ${String((record as { id?: unknown }).id)} is unreadable and was skipped`);
  }
  return valid.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export async function getImportedText(id: string): Promise<string | null> {
  return (await (await db()).get('texts', id))?.text ?? null;
}

/** One report with its text, checked against the schema (quotes included). */
export async function getImportedReport(id: string): Promise<ImportedReport | null> {
  const database = await db();
  const tx = database.transaction(['reports', 'texts'], 'readonly');
  const [summary, text] = await Promise.all([tx.objectStore('reports').get(id), tx.objectStore('texts').get(id), tx.done]);
  if (!summary || !text) return null;
  const parsed = ImportedReportSchema.safeParse({ ...summary, text: text.text });
  if (!parsed.success) throw new ImportedStoreError('invalid', `${id}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

async function checkReport(report: ImportedReport): Promise<ImportedReport> {
  const parsed = ImportedReportSchema.safeParse(report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportedStoreError('invalid', `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  }
  if ((await sha256Hex(parsed.data.text)) !== parsed.data.sha256) {
    throw new ImportedStoreError('hashMismatch', `sha256 of "${parsed.data.title}" does not match its text`);
  }
  return parsed.data;
}

export type SaveResult = { status: 'saved'; report: ImportedReportSummary } | { status: 'duplicate'; existing: ImportedReportSummary };

/** Saves one report (validated, quotes re-checked against the text) unless the same text is already stored. */
export async function saveImportedReport(report: ImportedReport): Promise<SaveResult> {
  const checked = await checkReport(report);
  const database = await db();
  const tx = database.transaction(['reports', 'texts'], 'readwrite');
  try {
    const existing = await tx.objectStore('reports').index('sha256').get(checked.sha256);
    if (existing) {
      await tx.done;
      return { status: 'duplicate', existing };
    }
    const summary = summarizeImportedReport(checked);
    await Promise.all([tx.objectStore('reports').add(summary), tx.objectStore('texts').add({ id: checked.id, text: checked.text }), tx.done]);
    return { status: 'saved', report: summary };
  } catch (cause) {
    throw writeError(cause, tx);
  }
}

export async function deleteImportedReport(id: string): Promise<void> {
  const tx = (await db()).transaction(['reports', 'texts'], 'readwrite');
  try {
    await Promise.all([tx.objectStore('reports').delete(id), tx.objectStore('texts').delete(id), tx.done]);
  } catch (cause) {
    throw writeError(cause, tx);
  }
}

/** Every imported report with its text, oldest first (the order of a backup file). */
export async function exportImportedReports(): Promise<ImportedReport[]> {
  const summaries = await listImportedReports();
  const reports: ImportedReport[] = [];
  for (const summary of summaries.reverse()) {
    const report = await getImportedReport(summary.id);
    if (report) reports.push(report);
  }
  return reports;
}

/**
 * A backup file's text, validated completely: JSON, format, version, every
 * report (zod, each quote against its text) and each text against its sha256.
 */
export async function checkBackupFile(json: string): Promise<BackupValidation> {
  const result = validateBackup(json);
  if (!result.ok) return result;
  for (const [index, report] of result.reports.entries()) {
    if ((await sha256Hex(report.text)) !== report.sha256) {
      return { ok: false, problem: { kind: 'report', reportIndex: index, reportTitle: report.title, path: 'sha256', detail: 'does not match the text' } };
    }
  }
  return result;
}

export interface RestoreResult {
  added: ImportedReportSummary[];
  /** Reports whose text is already stored (or repeated in the file): reported, not stored twice. */
  duplicates: Array<{ title: string; existingTitle: string }>;
}

/** Adds the reports of a checked backup in one transaction: all or nothing. */
export async function restoreImportedReports(reports: ImportedReport[]): Promise<RestoreResult> {
  const checked: ImportedReport[] = [];
  for (const report of reports) checked.push(await checkReport(report));
  const tx = (await db()).transaction(['reports', 'texts'], 'readwrite');
  const result: RestoreResult = { added: [], duplicates: [] };
  try {
    const bySha = new Map<string, string>();
    for (const report of checked) {
      const existing = bySha.get(report.sha256) ?? (await tx.objectStore('reports').index('sha256').get(report.sha256))?.title;
      if (existing !== undefined) {
        result.duplicates.push({ title: report.title, existingTitle: existing });
        continue;
      }
      bySha.set(report.sha256, report.title);
      const summary = summarizeImportedReport(report);
      // add, not put: an id already taken by another text is a conflict, and aborts the whole restore.
      await tx.objectStore('reports').add(summary);
      await tx.objectStore('texts').add({ id: report.id, text: report.text });
      result.added.push(summary);
    }
    await tx.done;
    return result;
  } catch (cause) {
    throw writeError(cause, tx);
  }
}

function isQuotaError(error: unknown): error is DOMException {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

/**
 * The error for a failed write (after aborting what is left of it). A full quota is told apart, because the
 * reader can do something about it (delete reports, free space), which "the write failed" did not say. The
 * browser may report it on the transaction only: a transaction aborted at commit fails its requests with a
 * plain AbortError, and which of the two rejects first depends on the browser.
 */
function writeError(cause: unknown, tx: { abort: () => void; done: Promise<void>; error: DOMException | null }): ImportedStoreError {
  let txError: unknown = null;
  try {
    txError = tx.error;
  } catch {
    // an older engine throws while the transaction is still running
  }
  safeAbort(tx);
  const quota = [cause, txError].find(isQuotaError);
  if (quota) return new ImportedStoreError('quotaExceeded', quota.message || quota.name, quota);
  return new ImportedStoreError('writeFailed', cause instanceof Error ? cause.message : String(cause), cause);
}

function safeAbort(tx: { abort: () => void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

