import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../test/csv-records';
import { makeIssuingOfficeObservation, makeObservation, makeRelativeMultiple, testIndex } from '../../../test/fixtures/make-observation';
import type { Language } from '../../domain/localized-text';
import type { Observation } from '../../domain/observation';
import { createI18n } from '../../lib/i18n';
import { buildCompareCsv, COMPARE_CSV_COLUMNS } from './compare-csv';
import { buildCompareRows } from './compare-rows';
import { compareMessages } from './locales';

const rows = (observations: Observation[]) => buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], observations);
const csvOf = (observations: Observation[], language: Language = 'zh') =>
  buildCompareCsv(rows(observations), testIndex.documents, language, createI18n(language, [compareMessages]).t);

describe('buildCompareCsv', () => {
  const bound = makeObservation({ value: 260, qualifier: 'atLeast', valueAsWritten: '260多', provenance: { sourceId: 'a', start: 5, end: 12, quote: '工单260多宗' } });

  it('writes one line per value with its quote and offsets, and "not reported" with an empty value, never 0', () => {
    const csv = csvOf([bound]);
    expect(csv.startsWith('\uFEFF指标,指标代码,地区')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines[1]).toBe('12345热线工单量,hotline.work-orders,高州市,440981,2021,260,宗,,,不少于（下限）,260多,2021年全年,全年,全年,全市,全辖区,整理数据,,,已报告,,A,工单260多宗,5,12');
    expect(lines[2]).toBe('12345热线工单量,hotline.work-orders,深圳市,440300,,,宗,,,,,,,,,,,,,未报告,该年度文件未给出此数（不是零）,,,,');
  });

  it('says a value covers part of the year, is imported, or is for the issuing office only, and what differs in the row', () => {
    const importedPartYear = makeObservation({ period: { kind: 'asOf', date: '2021-11-30', asWritten: '截至11月30日' }, provenance: { sourceId: 'imported-x', start: 0, end: 6, quote: '工单100宗' } });
    const office = makeIssuingOfficeObservation();
    const [gaozhou, shenzhen] = csvRecords(csvOf([importedPartYear, office], 'en'));
    expect(gaozhou).toMatchObject({ 'Period kind': 'part year (as of a date)', 'Period as written': '截至11月30日', Origin: 'imported', Flags: 'different years; different periods; different scopes' });
    expect(shenzhen).toMatchObject({ Scope: 'Municipal Government General Office', 'Scope kind': 'issuing office only', Origin: 'curated', Note: 'the office’s own figure', Document: 'B' });
  });

  it('flags a contradiction in the source on each level, in its own column', () => {
    const again = makeObservation({ value: 250, valueAsWritten: '250', provenance: { sourceId: 'a', start: 20, end: 26, quote: '工单250宗' } });
    const gaozhou = csvRecords(csvOf([bound, again], 'en')).filter((r) => r.Jurisdiction === 'Gaozhou');
    expect(gaozhou.map((r) => [r.Value, r.Conflict])).toEqual([
      ['260', 'conflicting figures in the source'],
      ['250', 'conflicting figures in the source'],
    ]);
    expect(csvRecords(csvOf([bound], 'en'))[0]!.Conflict).toBe('');
  });

  it('leaves the flag off a figure for another period beside a contradiction: it contradicts nothing', () => {
    const again = makeObservation({ value: 250, valueAsWritten: '250', provenance: { sourceId: 'a', start: 20, end: 26, quote: '工单250宗' } });
    const toNovember = makeObservation({ value: 230, valueAsWritten: '230', period: { kind: 'asOf', date: '2021-11-30', asWritten: '截至11月底' }, provenance: { sourceId: 'a', start: 30, end: 36, quote: '工单230宗' } });
    const gaozhou = csvRecords(csvOf([bound, again, toNovember], 'en')).filter((r) => r.Jurisdiction === 'Gaozhou');
    expect(gaozhou.map((r) => [r.Value, r.Conflict])).toEqual([
      ['260', 'conflicting figures in the source'],
      ['250', 'conflicting figures in the source'],
      ['230', ''],
    ]);
  });

  it('gives a relative value its own unit and basis, never the indicator’s unit', () => {
    const multiple = makeRelativeMultiple();
    const shenzhen = csvRecords(csvOf([bound, multiple], 'en')).find((r) => r.Jurisdiction === 'Shenzhen');
    expect(shenzhen).toMatchObject({ Value: '2', Unit: 'times', 'Relative value': 'multiple', 'Relative to': '2017年', Status: 'relative value', Conflict: '' });
    const zh = csvRecords(csvOf([bound, multiple])).find((r) => r.地区 === '深圳市');
    expect(zh).toMatchObject({ 单位: '倍', 相对值: '倍数', 基期: '2017年' });
  });

  it('names every column in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      const { t } = createI18n(language, [compareMessages]);
      for (const column of COMPARE_CSV_COLUMNS) expect(t(`compare.csv.${column}`)).not.toBe(`compare.csv.${column}`);
    }
  });
});
