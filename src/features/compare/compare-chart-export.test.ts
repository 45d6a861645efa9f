import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex } from '../../../test/fixtures/make-observation';
import { createI18n } from '../../lib/i18n';
import { compareChartFrame, documentsBehind, unitFileNamePart } from './compare-chart-export';
import { buildCompareRows } from './compare-rows';
import { compareMessages } from './locales';

const office = makeObservation({
  jurisdictionCode: '440300',
  year: 2018,
  scope: { kind: 'issuingBody', label: { zh: '市政府办公厅', en: 'General Office' } },
  provenance: { sourceId: 'b', start: 0, end: 6, quote: '工单100宗' },
});
const partYear = makeObservation({ period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } });

describe('unitFileNamePart', () => {
  it('names the unit in the reader’s language, and % as pct', () => {
    expect(unitFileNamePart('件', 'en')).toBe('items');
    expect(unitFileNamePart('件', 'zh')).toBe('件');
    expect(unitFileNamePart('%', 'en')).toBe('pct');
  });
});

describe('compareChartFrame', () => {
  const rows = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], [partYear, office]);
  const frameOf = (language: 'zh' | 'en') =>
    compareChartFrame({ rows, unit: '宗', year: null, documents: testIndex.documents, link: 'https://example.org/#/compare', today: '2026-01-02', height: 300, language, t: createI18n(language, [compareMessages]).t });

  it('notes what differs in a row and which figure covers the issuing office only', () => {
    expect(frameOf('en').notes).toEqual([
      'Note: 12345 hotline work orders: different years, different periods, different scopes.',
      'Scope: Shenzhen, 12345 hotline work orders: General Office only (issuing office only), not the whole jurisdiction.',
    ]);
    expect(frameOf('zh').notes![1]).toBe('口径：深圳市的“12345热线工单量”只含市政府办公厅（发文机关本身），不是全辖区。');
  });

  it('explains the marks it draws and cites each document with its issuer and date', () => {
    const frame = frameOf('en');
    expect(frame.marks!.map((m) => m.mark)).toEqual(['partial']);
    expect(frame.subtitle).toBe('Latest values by jurisdiction (unit: cases)');
    expect(frame.sourceLine).toBe('Sources: A, “A” (publication date not stated); B, “B” (4 Jan 2019). Downloaded 2 Jan 2026 from ReportLens. The quote behind every value: https://example.org/#/compare');
  });

  it('cites only the documents behind its own rows', () => {
    const gaozhouOnly = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981'], [partYear, office]);
    expect(documentsBehind(gaozhouOnly, testIndex.documents).map((d) => d.id)).toEqual(['a']);
  });
});
