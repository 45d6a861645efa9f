import { describe, expect, it } from 'vitest';
import { csvRecords, csvTable } from '../../../../test/csv-records';
import { makeIssuingOfficeObservation, makeObservation, makeRelativeMultiple, testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { createI18n } from '../../../lib/i18n';
import { explorerMessages } from '../locales';
import { buildExplorerCsv, EXPLORER_CSV_COLUMNS } from './explorer-csv';
import { buildEntries } from './explorer-rows';

function csvOf(observations: Observation[], language: Language = 'zh'): string {
  const i18n = createI18n(language, [explorerMessages]);
  const rows = buildIndicatorRows(testIndex, observations.filter((o) => o.relative === null));
  return buildExplorerCsv({
    indicator: testIndicator,
    entries: buildEntries(rows, rows, 'neutral'),
    missing: rows.filter((r) => r.status === 'notReported'),
    relatives: observations.filter((o) => o.relative !== null),
    documents: testIndex.documents,
    jurisdictionName: (code) => testIndex.jurisdictions.find((j) => j.code === code)!.name[language],
    language,
    t: i18n.t,
  });
}

describe('buildExplorerCsv', () => {
  const quote = '共收到工单12905宗,其中"投诉"类\n10602宗';
  const partYear = makeObservation({
    value: 12905,
    valueAsWritten: '12905',
    period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' },
    provenance: { sourceId: 'a', start: 10, end: 10 + quote.length, quote },
  });
  const csv = csvOf([partYear]);
  const table = csvTable(csv);

  it('starts with a BOM so Excel reads Chinese correctly', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('has one row per shown value and per not-reported year, with a header in the reader’s language', () => {
    expect(table[0]).toEqual([
      '地区', '区划代码', '年份', '指标', '数值', '单位', '基期', '限定', '原文写法', '统计期', '统计期类型', '统计期原文',
      '口径', '口径类型', '数据来源', '数值冲突', '排名', '同比变化', '状态', '备注', '来源文件', '原文引文', '起始位置', '结束位置',
    ]);
    expect(csvRecords(csvOf([partYear], 'en'))[0]).toHaveProperty('Period as written', '1-10月');
    expect(table).toHaveLength(3);
    const [value, missing] = csvRecords(csv);
    expect(value).toMatchObject({ 地区: '高州市', 年份: '2021', 数值: '12905', 单位: '宗', 限定: '确数', 统计期: '2021年1–10月', 原文引文: quote });
    expect(missing).toMatchObject({ 地区: '深圳市', 年份: '2018', 数值: '', 状态: '未报告', 备注: '该年度文件未给出此数（不是零）' });
  });

  it('says a value covers part of the year, both as a kind and as written', () => {
    const asOf = makeObservation({ year: 2018, jurisdictionCode: '440300', period: { kind: 'asOf', date: '2018-11-08', asWritten: '截至11月8日' }, provenance: { sourceId: 'b', start: 0, end: 7, quote: '工单100宗。' } });
    const rows = csvRecords(csvOf([partYear, asOf], 'en'));
    const [span, dated] = ['Gaozhou', 'Shenzhen'].map((name) => rows.find((r) => r.Jurisdiction === name));
    expect(span).toMatchObject({ 'Period kind': 'part year (months)', 'Period as written': '1-10月' });
    expect(dated).toMatchObject({ 'Period kind': 'part year (as of a date)', 'Period as written': '截至11月8日' });
    const [full] = csvRecords(csvOf([makeObservation()], 'en'));
    expect(full).toMatchObject({ 'Period kind': 'full year', 'Period as written': '全年' });
  });

  it('marks imported values apart from curated ones, and a lower bound as such', () => {
    const imported = makeObservation({ year: 2022, value: 260, qualifier: 'atLeast', valueAsWritten: '260多', provenance: { sourceId: 'imported-x', start: 0, end: 7, quote: '工单260多宗' } });
    const rows = csvRecords(csvOf([partYear, imported], 'en'));
    expect(rows.find((r) => r.Year === '2022')).toMatchObject({ Origin: 'imported', Qualifier: 'at least (lower bound)', 'As written': '260多', 'Source document': 'imported-x' });
    expect(rows.find((r) => r.Year === '2021')).toMatchObject({ Origin: 'curated', Qualifier: 'exact' });
  });

  it('flags both figures of a year whose source contradicts itself, as the page does', () => {
    const fullYear = makeObservation({ year: 2022, value: 15000, valueAsWritten: '15000' });
    const again = makeObservation({ year: 2022, value: 14800, valueAsWritten: '14800' });
    const rows = csvRecords(csvOf([fullYear, again, partYear], 'en')).filter((r) => r.Year === '2022');
    expect(rows.map((r) => [r.Value, r.Conflict, r.Status])).toEqual([
      ['15000', 'The source gives conflicting figures', 'reported'],
      ['14800', 'The source gives conflicting figures', 'reported'],
    ]);
    expect(csvRecords(csvOf([partYear], 'en'))[0]!.Conflict).toBe('');
  });

  it('keeps scope and the curator’s note', () => {
    const office = makeIssuingOfficeObservation();
    expect(csvRecords(csvOf([office], 'en'))[0]).toMatchObject({ Scope: 'Municipal Government General Office', 'Scope kind': 'issuing office only', Note: 'the office’s own figure' });
  });

  it('puts a relative value’s own unit in Unit and its basis in Relative to, never the indicator’s unit', () => {
    const multiple = makeRelativeMultiple();
    const growth = makeObservation({ value: 10.6, valueAsWritten: '10.6%', relative: { kind: 'percentChange', baseAsWritten: '较2020年', baseYear: 2020 }, provenance: { sourceId: 'a', start: 0, end: 11, quote: '较2020年增长10.6%' } });
    const zh = csvRecords(csvOf([partYear, multiple, growth])).filter((r) => r.基期 !== '');
    expect(zh.map((r) => [r.数值, r.单位, r.基期, r.状态])).toEqual([
      ['2', '倍', '2017年', '相对值（倍数）'],
      ['10.6', '%', '较2020年', '相对值（增幅）'],
    ]);
    const en = csvRecords(csvOf([partYear, multiple], 'en')).find((r) => r['Relative to'] !== '');
    expect(en).toMatchObject({ Value: '2', Unit: 'times', 'Relative to': '2017年', Qualifier: 'approximate', Status: 'relative value (multiple)' });
  });

  it('names every column in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      const { t } = createI18n(language, [explorerMessages]);
      for (const column of EXPLORER_CSV_COLUMNS) expect(t(`explorer.csv.${column}`)).not.toBe(`explorer.csv.${column}`);
    }
  });
});
