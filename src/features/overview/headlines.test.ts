import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex, testIndicator } from '../../../test/fixtures/make-observation';
import { createI18n } from '../../lib/i18n';
import { COVERAGE_MAX_COLUMNS, coverageColumnsBound, headlineEntries, headlineIndicators } from './headlines';
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

  it('words the base of a relative value once, in the reader’s language (较2020年同期 is not “较较…”, 同比 not “vs 同比”)', () => {
    const samePeriod = [makeObservation({ value: 10.6, relative: { kind: 'percentChange', baseAsWritten: '较2020年同期', baseYear: 2020 } })];
    expect(sentence(samePeriod)).toBe('高州市，2021年全年，12345热线工单量：较2020年同期增长 10.6%（这是相对变化，不是数量本身）。');
    const yearOnYear = [makeObservation({ value: 3, relative: { kind: 'pointChange', baseAsWritten: '同比', baseYear: null } })];
    expect(sentence(yearOnYear)).toContain('：较上年同期变化 3 个百分点（');
    expect(sentence(yearOnYear, 'en')).toContain(': 3 percentage points vs the same period last year (');
  });
});

describe('coverageColumnsBound', () => {
  it('bounds the matrix by jurisdictions × years with values, plus documents, from the index alone', () => {
    const summary = (indicatorId: string, jurisdictionCodes: string[], years: number[]) => ({ indicatorId, observationCount: 1, years, jurisdictionCodes });
    const small = { ...testIndex, summaries: [summary('a', ['440981'], [2021]), summary('b', ['440981', '440300'], [2018, 2021])] };
    // 2 jurisdictions × 2 years + 2 documents
    expect(coverageColumnsBound(small)).toBe(6);
    expect(coverageColumnsBound(small)).toBeLessThanOrEqual(COVERAGE_MAX_COLUMNS);
    const codes = Array.from({ length: 2975 }, (_, i) => String(110101 + i));
    const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
    expect(coverageColumnsBound({ ...testIndex, documents: [], summaries: [summary('a', codes, years)] })).toBe(29_750);
  });
});

describe('headlineEntries at scale', () => {
  it('gives each jurisdiction its latest value in one pass over thousands of observations', () => {
    const jurisdictions = Array.from({ length: 3000 }, (_, i) => ({ code: String(110101 + i), name: { zh: `县${i}`, en: `County ${i}` }, level: 'county' as const, parentCode: null }));
    const observations = jurisdictions.flatMap((j, i) => [
      makeObservation({ jurisdictionCode: j.code, year: 2020, value: i }),
      makeObservation({ jurisdictionCode: j.code, year: 2021, value: i + 1 }),
    ]);
    const entries = headlineEntries({ ...testIndex, jurisdictions }, testIndicator, observations);
    expect(entries).toHaveLength(3000);
    expect(entries[0]!.latest.year).toBe(2021);
    expect(entries.find((e) => e.jurisdiction.code === '110111')!.latest.levels[0]!.value).toBe(11);
  });
});
