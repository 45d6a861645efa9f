import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex, testIndicator } from '../../../test/fixtures/make-observation';
import { createI18n } from '../../lib/i18n';
import { headlineEntries, headlineIndicators } from './headlines';
import { overviewMessages } from './locales';
import { headlineSentence } from './summary-sentences';

const summary = (indicatorId: string, observationCount = 1) => ({ indicatorId, observationCount, jurisdictionCodes: ['440981'], years: [2021] });

describe('headlineIndicators', () => {
  it('uses the preferred indicator when it has values, else the theme’s most reported one, never one without values', () => {
    const rate = { ...testIndicator, id: 'hotline.resolution-rate' };
    expect(headlineIndicators({ ...testIndex, indicators: [testIndicator, rate], summaries: [summary('hotline.resolution-rate'), summary('hotline.work-orders')] }, 'hotline').map((i) => i.id)).toEqual([
      'hotline.resolution-rate',
      'hotline.work-orders',
    ]);
    const other = { ...testIndicator, id: 'hotline.other' };
    expect(headlineIndicators({ ...testIndex, indicators: [other, rate], summaries: [summary('hotline.other'), summary('hotline.resolution-rate', 0)] }, 'hotline').map((i) => i.id)).toEqual(['hotline.other']);
    expect(headlineIndicators({ ...testIndex, summaries: [] }, 'disclosure')).toEqual([]);
  });
});

describe('headlineSentence', () => {
  const i18n = createI18n('zh', [overviewMessages]);
  const sentence = (observations: ReturnType<typeof makeObservation>[], language: 'zh' | 'en' = 'zh') => {
    void i18n.changeLanguage(language);
    const [entry] = headlineEntries(testIndex, testIndicator, observations);
    return headlineSentence(entry!, language, i18n.t);
  };

  it('puts the qualifier into words and says when the figure is for part of the year or a part of the jurisdiction', () => {
    expect(
      sentence([
        makeObservation({
          value: 260,
          qualifier: 'atLeast',
          period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' },
          scope: { kind: 'issuingBody', label: { zh: '市政府办公厅', en: 'the general office' } },
        }),
      ]),
    ).toBe('高州市，2021年1–10月，12345热线工单量不少于260 宗。这只是年内部分时段的数字，不是全年。这个数字只指市政府办公厅，不是整个地区。');
    expect(sentence([makeObservation({ value: 12905 })], 'en')).toBe('Gaozhou, full year 2021: 12345 hotline work orders was 12,905 cases.');
  });

  it('lists both figures of a contradiction', () => {
    expect(sentence([makeObservation({ value: 36 }), makeObservation({ value: 1299 })])).toContain('原文对同一事项给出了不同的数字（36 宗、1,299 宗）');
  });

  it('states a relative value as a change, never as the amount', () => {
    const text = sentence([makeObservation({ value: 10.6, relative: { kind: 'percentChange', baseAsWritten: '2020年', baseYear: 2020 } })]);
    expect(text).toBe('高州市，2021年全年，12345热线工单量：较2020年增长 10.6%（这是相对变化，不是数量本身）。');
  });
});
