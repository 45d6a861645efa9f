import { describe, expect, it } from 'vitest';
import { createBackup, importedReportToDocument, summarizeImportedReport, validateBackup, type ImportedReport } from './imported-report';
import { SourceDocumentSchema } from './source-document';

const text = '2021年，全市共收到工单12905宗。';
const report: ImportedReport = {
  id: '0b7c9a1e-1111-4222-8333-444455556666',
  sourceId: 'imported-0b7c9a1e-1111-4222-8333-444455556666',
  title: '某市2021年度法治政府建设情况报告',
  issuingBody: '某市人民政府',
  jurisdiction: { code: '440981', name: { zh: '高州市', en: 'Gaozhou' }, level: 'county', parentCode: '440900' },
  yearCovered: 2021,
  publishedOn: '2022-01-15',
  kind: 'ruleOfLawReport',
  text,
  sha256: 'f'.repeat(64),
  importedAt: '2024-05-01T08:00:00.000Z',
  observations: [
    {
      id: 'imported-0b7c9a1e-1111-4222-8333-444455556666:6-20:hotline.work-orders',
      indicatorId: 'hotline.work-orders',
      jurisdictionCode: '440981',
      year: 2021,
      period: { kind: 'fullYear', asWritten: '2021年' },
      value: 12905,
      qualifier: 'exact',
      valueAsWritten: '12905',
      qualifierAsWritten: null,
      relative: null,
      scope: { kind: 'jurisdiction', label: { zh: '全辖区', en: 'whole jurisdiction' } },
      provenance: { sourceId: 'imported-0b7c9a1e-1111-4222-8333-444455556666', start: 6, end: 20, quote: text.slice(6, 20) },
      note: null,
    },
  ],
};
const backup = (reports: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...createBackup([], new Date('2024-05-02T00:00:00Z')), reports, ...extra });

describe('validateBackup', () => {
  it('accepts a well-formed backup', () => {
    expect(validateBackup(backup([report]))).toEqual({ ok: true, reports: [report] });
  });
  it('refuses malformed JSON with the parser’s reason', () => {
    const result = validateBackup('{"format": "reportlens-backup", "reports": [');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe('json');
    expect(!result.ok && result.problem.kind === 'json' && result.problem.detail.length).toBeGreaterThan(0);
  });
  it('refuses a file that is not a backup', () => {
    expect(validateBackup('{"schemaVersion": 1, "documents": []}')).toEqual({ ok: false, problem: { kind: 'format', detail: expect.stringContaining('format') } });
  });
  it('refuses another version and says which, and whether it is a later one', () => {
    expect(validateBackup(backup([report], { version: 2 }))).toEqual({ ok: false, problem: { kind: 'version', detail: '2', newer: true } });
    expect(validateBackup(backup([report], { version: 0 }))).toEqual({ ok: false, problem: { kind: 'version', detail: '0', newer: false } });
    expect(validateBackup(backup([report], { version: '1' }))).toEqual({ ok: false, problem: { kind: 'version', detail: '"1"', newer: false } });
  });
  it('tells a later version as such whatever the rest of it looks like', () => {
    // A later version may have renamed or reshaped its reports: still a ReportLens backup, of version 3.
    const later = JSON.stringify({ format: 'reportlens-backup', version: 3, exportedAt: '2030-01-01T00:00:00Z', items: { reports: 1 } });
    expect(validateBackup(later)).toEqual({ ok: false, problem: { kind: 'version', detail: '3', newer: true } });
    // Version 1 without its reports is a broken file, told by the field.
    expect(validateBackup(JSON.stringify({ format: 'reportlens-backup', version: 1 }))).toEqual({
      ok: false,
      problem: { kind: 'format', detail: expect.stringMatching(/^reports: /) },
    });
  });
  it('names the report and the field when a quote no longer matches the text', () => {
    const shifted = { ...report, observations: [{ ...report.observations[0]!, provenance: { ...report.observations[0]!.provenance, start: 7, end: 21 } }] };
    const result = validateBackup(backup([report, { ...shifted, id: 'second', sourceId: 'imported-second' }]));
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.kind !== 'report') throw new Error('expected a report problem');
    expect(result.problem.reportIndex).toBe(1);
    expect(result.problem.reportTitle).toBe(report.title);
    // sourceId of the observation still names the first report: that is reported first.
    expect(result.problem.path).toBe('observations.0.provenance.sourceId');
    const onlyQuote = validateBackup(backup([shifted]));
    expect(!onlyQuote.ok && onlyQuote.problem).toMatchObject({ kind: 'report', reportIndex: 0, path: 'observations.0.provenance.quote', detail: expect.stringContaining('quote does not match the text') });
  });
  it('names a missing field', () => {
    const withoutYear: Partial<ImportedReport> = { ...report };
    delete withoutYear.yearCovered;
    expect(validateBackup(backup([withoutYear]))).toMatchObject({ ok: false, problem: { kind: 'report', reportIndex: 0, path: 'yearCovered' } });
  });
});

describe('importedReportToDocument', () => {
  it('gives a valid SourceDocument with the title in both languages, untranslated', () => {
    const document = importedReportToDocument(summarizeImportedReport(report));
    expect(SourceDocumentSchema.parse(document)).toEqual(document);
    expect(document).toMatchObject({ id: report.sourceId, title: { zh: report.title, en: report.title }, length: text.length });
  });
});
