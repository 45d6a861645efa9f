import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex, testIndicator } from '../../../test/fixtures/make-observation';
import type { Observation } from '../../domain/observation';
import { createI18n } from '../../lib/i18n';
import { buildCompareRows } from './compare-rows';
import { compareSummaryLines } from './compare-summary';
import { compareMessages } from './locales';

const i18n = createI18n('zh', [compareMessages]);
const complaints = { ...testIndicator, id: 'hotline.complaints', name: { zh: '投诉类工单', en: 'Complaints' } };
const index = { ...testIndex, indicators: [testIndicator, complaints] };
const format = (level: Observation) => `${level.value} 宗`;

function lines(observations: Observation[], codes = ['440981', '440300'], language: 'zh' | 'en' = 'zh') {
  void i18n.changeLanguage(language);
  return compareSummaryLines(buildCompareRows(index, ['hotline.work-orders', 'hotline.complaints'], codes, observations), language, i18n.t, format);
}

describe('compareSummaryLines', () => {
  it('writes one sentence per indicator, its jurisdictions from highest to lowest, never ranking one indicator against another', () => {
    const result = lines([
      makeObservation({ value: 38 }),
      makeObservation({ jurisdictionCode: '440300', value: 260 }),
      makeObservation({ indicatorId: 'hotline.complaints', value: 900 }),
      makeObservation({ indicatorId: 'hotline.complaints', jurisdictionCode: '440300', value: 12 }),
    ]);
    expect(result).toEqual([
      '12345热线工单量：深圳市 260 宗（2021年全年）；高州市 38 宗（2021年全年）。',
      '投诉类工单：高州市 900 宗（2021年全年）；深圳市 12 宗（2021年全年）。',
    ]);
  });

  it('names who does not report, who gives only a relative value, a partial period, another scope and a contradiction', () => {
    const result = lines(
      [
        makeObservation({ value: 38, period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } }),
        makeObservation({ value: 41, period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } }),
        makeObservation({ jurisdictionCode: '440300', value: 260, scope: { kind: 'issuingBody', label: { zh: '市政府办公厅', en: 'the general office' } } }),
        makeObservation({ indicatorId: 'hotline.complaints', jurisdictionCode: '440300', value: 2, relative: { kind: 'multiple', baseAsWritten: '2017年', baseYear: 2017 } }),
      ],
      ['440981', '440300', '440000'],
    );
    expect(result[0]).toBe('12345热线工单量：深圳市 260 宗（2021年全年，市政府办公厅）；高州市 38 宗（2021年1–10月） / 41 宗（2021年1–10月）（原文数值互相矛盾，两个都列出）；广东省未报告。');
    expect(result[1]).toBe('投诉类工单：深圳市只给出相对值（见表格）；高州市、广东省未报告。');
  });

  it('reads as English in English', () => {
    const [first] = lines([makeObservation({ value: 38 })], ['440981', '440300'], 'en');
    expect(first).toBe('12345 hotline work orders: Gaozhou 38 宗 (Full year 2021); not reported by Shenzhen.');
  });
});
