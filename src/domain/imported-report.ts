import { z } from 'zod/mini';
import type { BinaryFormat } from './extraction/decode-text';
import { JurisdictionSchema } from './jurisdiction';
import { ObservationSchema } from './observation';
import { provenanceMismatch } from './provenance';
import { SHA256_HEX_PATTERN } from './patterns';
import { DocumentKindSchema, IsoDateSchema, type SourceDocument } from './source-document';
import './zod-messages';

/**
 * A report a staff member imported in the app (src/features/import), kept in
 * the browser's IndexedDB. Its facts are ordinary Observations whose
 * provenance points at `imported-<id>`; the text travels with the report, so
 * text.slice(start, end) === quote holds exactly as for curated documents.
 */
export const IMPORTED_SOURCE_PREFIX = 'imported-';

export function importedSourceId(id: string): string {
  return `${IMPORTED_SOURCE_PREFIX}${id}`;
}

/** True for the sourceId of an imported report; curated ids never start with "imported-". */
export function isImportedSourceId(sourceId: string): boolean {
  return sourceId.startsWith(IMPORTED_SOURCE_PREFIX);
}

const ImportedReportFields = z.object({
  /** crypto.randomUUID(); letters, digits and hyphens, so `imported-<id>` is a valid SourceDocument id. */
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'expected an id of letters, digits and hyphens')),
  sourceId: z.string().check(z.minLength(1)),
  /** As the staff member typed it; the app shows it in both languages (never translated). */
  title: z.string().check(z.trim(), z.minLength(1)),
  issuingBody: z.string().check(z.trim(), z.minLength(1)),
  jurisdiction: JurisdictionSchema,
  yearCovered: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
  publishedOn: z.nullable(IsoDateSchema),
  kind: DocumentKindSchema,
  text: z.string().check(z.minLength(1)),
  /** sha256 (hex) of the UTF-8 bytes of `text`. */
  sha256: z.string().check(z.regex(SHA256_HEX_PATTERN, 'expected 64 lower-case hex digits')),
  importedAt: z.iso.datetime({ offset: true }),
  observations: z.array(ObservationSchema),
});

export const ImportedReportSchema = ImportedReportFields.check(
  z.superRefine((report, ctx) => {
    if (report.sourceId !== importedSourceId(report.id)) {
      ctx.addIssue({ code: 'custom', path: ['sourceId'], message: `must be "${importedSourceId(report.id)}"` });
    }
    const ids = new Set<string>();
    report.observations.forEach((o, i) => {
      if (ids.has(o.id)) ctx.addIssue({ code: 'custom', path: ['observations', i, 'id'], message: `duplicate observation id "${o.id}"` });
      ids.add(o.id);
      if (o.provenance.sourceId !== report.sourceId) {
        ctx.addIssue({ code: 'custom', path: ['observations', i, 'provenance', 'sourceId'], message: `must be "${report.sourceId}"` });
      }
      if (o.jurisdictionCode !== report.jurisdiction.code) {
        ctx.addIssue({ code: 'custom', path: ['observations', i, 'jurisdictionCode'], message: `must be the report's "${report.jurisdiction.code}"` });
      }
      const mismatch = provenanceMismatch(report.text, o.provenance);
      if (mismatch !== null) {
        ctx.addIssue({ code: 'custom', path: ['observations', i, 'provenance', 'quote'], message: `quote does not match the text: ${mismatch}` });
      }
    });
  }),
);
export type ImportedReport = z.infer<typeof ImportedReportSchema>;

/**
 * What lists and charts need: everything but the (possibly megabytes long)
 * text, plus its length. Quotes are checked against the text when a report is
 * saved or restored; a summary alone cannot re-check them.
 */
export const ImportedReportSummarySchema = z.extend(z.omit(ImportedReportFields, { text: true }), {
  length: z.number().check(z.int(), z.positive()),
});
export type ImportedReportSummary = z.infer<typeof ImportedReportSummarySchema>;

export function summarizeImportedReport(report: ImportedReport): ImportedReportSummary {
  const { text, ...rest } = report;
  return { ...rest, length: text.length };
}

/** An imported report in the shape of an index document, so lists and the reader treat both alike. */
export function importedReportToDocument(report: ImportedReportSummary): SourceDocument {
  return {
    id: report.sourceId,
    title: { zh: report.title, en: report.title },
    issuingBody: { zh: report.issuingBody, en: report.issuingBody },
    jurisdictionCode: report.jurisdiction.code,
    yearCovered: report.yearCovered,
    publishedOn: report.publishedOn,
    kind: report.kind,
    sha256: report.sha256,
    length: report.length,
  };
}

// ---- Backup files ----------------------------------------------------------

export const BACKUP_FORMAT = 'reportlens-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  reports: ImportedReport[];
}

export function createBackup(reports: ImportedReport[], exportedAt: Date): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), reports };
}

/**
 * Why a backup file was refused, precise enough to find the problem:
 * - empty: the file holds nothing (or blanks only);
 * - binaryFile: it is a file of another format, known by its first bytes (a PDF, an image, a Word document);
 * - notText: its bytes are no text the app reads (detail: why);
 * - json: the file is not JSON (detail: the parser's message);
 * - format: it is JSON but not a ReportLens backup;
 * - version: a backup of another version (detail: the version found; newer: a later version, written by a
 *   newer ReportLens, which may have changed the rest of the file too);
 * - report: one report is invalid (index, title when readable, field path, message).
 */
export type BackupProblem =
  | { kind: 'empty' }
  | { kind: 'binaryFile'; format: BinaryFormat }
  | { kind: 'notText'; detail: string }
  | { kind: 'json'; detail: string }
  | { kind: 'format'; detail: string }
  | { kind: 'version'; detail: string; newer: boolean }
  | { kind: 'report'; reportIndex: number; reportTitle: string | null; path: string; detail: string };

export type BackupValidation = { ok: true; reports: ImportedReport[] } | { ok: false; problem: BackupProblem };

/** What every version of a backup has: the format and the version, checked before anything the version decides. */
const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.unknown(),
});
const BackupReportsSchema = z.object({ reports: z.array(z.unknown()) });

function formatProblem(error: z.core.$ZodError): BackupProblem {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return { kind: 'format', detail: `${path || '(root)'}: ${issue?.message ?? 'invalid'}` };
}

/** Validates a whole backup (zod and every quote against its text); the first problem found is reported. */
export function validateBackup(json: string): BackupValidation {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: { kind: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const header = BackupHeaderSchema.safeParse(data);
  if (!header.success) return { ok: false, problem: formatProblem(header.error) };
  // The version before the rest: a later version may lay out its reports otherwise, and is to be told as a later version.
  const { version } = header.data;
  if (version !== BACKUP_VERSION) {
    const newer = typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION;
    return { ok: false, problem: { kind: 'version', detail: JSON.stringify(version ?? null), newer } };
  }
  const envelope = BackupReportsSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problem: formatProblem(envelope.error) };
  const reports: ImportedReport[] = [];
  for (const [index, raw] of envelope.data.reports.entries()) {
    const parsed = ImportedReportSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const title = typeof raw === 'object' && raw !== null && typeof (raw as { title?: unknown }).title === 'string'
        ? (raw as { title: string }).title
        : null;
      return {
        ok: false,
        problem: { kind: 'report', reportIndex: index, reportTitle: title, path: issue.path.map(String).join('.'), detail: issue.message },
      };
    }
    reports.push(parsed.data);
  }
  return { ok: true, reports };
}
