import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import { createI18n } from '../../../lib/i18n';
import { explorerMessages } from '../locales';
import { buildExplorerCsv } from './explorer-csv';
import { buildEntries } from './explorer-rows';

const i18n = createI18n('zh', [explorerMessages]);

describe('buildExplorerCsv', () => {
  const quote = '共收到工单12905宗,其中"投诉"类\n10602宗';
  const observation = makeObservation({
    value: 12905,
    valueAsWritten: '12905',
    period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' },
    provenance: { sourceId: 'a', start: 10, end: 10 + quote.length, quote },
  });
  const rows = buildIndicatorRows(testIndex, [observation]);
  const csv = buildExplorerCsv({
    indicator: testIndicator,
    entries: buildEntries(rows, rows, 'neutral'),
    missing: rows.filter((r) => r.status === 'notReported'),
    relatives: [],
    documents: testIndex.documents,
    jurisdictionName: (code) => testIndex.jurisdictions.find((j) => j.code === code)!.name.zh,
    language: 'zh',
    t: i18n.t,
  });
  const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

  it('starts with a BOM so Excel reads Chinese correctly', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('has one row per shown value and per not-reported year, with qualifier, period and quote columns', () => {
    expect(table[0]).toEqual(['地区', '区划代码', '年份', '指标', '数值', '单位', '限定', '原文写法', '统计期', '口径', '排名', '同比变化', '状态', '来源文件', '原文引文', '起始位置', '结束位置']);
    expect(table).toHaveLength(3);
    const [, value, missing] = table;
    expect(value!.slice(0, 9)).toEqual(['高州市', '440981', '2021', '12345热线工单量', '12905', '宗', '确数', '12905', '2021年1–10月']);
    expect(value![14]).toBe(quote); // commas, quotes and a newline survive the round trip
    expect(missing!.slice(0, 5)).toEqual(['深圳市', '440300', '2018', '12345热线工单量', '']);
    expect(missing![12]).toBe('未报告');
  });
});
