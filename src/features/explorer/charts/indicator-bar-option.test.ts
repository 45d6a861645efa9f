import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import { createI18n } from '../../../lib/i18n';
import { buildIndicatorBarOption, PARTIAL_PERIOD_DECAL, type BarDatum } from './indicator-bar-option';

const i18n = createI18n('zh');

function option(observations = [makeObservation()], language: 'zh' | 'en' = 'zh', selectedObservationId: string | null = null) {
  void i18n.changeLanguage(language);
  const rows = buildIndicatorRows(testIndex, observations);
  // The option is plain data: cast to read it back in assertions.
  return buildIndicatorBarOption({ rows, indicator: testIndicator, language, t: i18n.t, selectedObservationId }) as {
    xAxis: { data: string[] };
    yAxis: { name: string; max?: number };
    series: Array<{ name: string; data: Array<BarDatum | null> }>;
  };
}

describe('buildIndicatorBarOption', () => {
  it('puts jurisdictions on the axis and one series per year', () => {
    const result = option([
      makeObservation({ year: 2021, value: 12905 }),
      makeObservation({ jurisdictionCode: '440300', year: 2018, value: 260, provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } }),
    ]);
    expect(result.xAxis.data).toEqual(['深圳市', '高州市']);
    expect(result.series.map((s) => s.name)).toEqual(['2018', '2021']);
  });

  it('leaves a gap (null), never a zero, where a year is not reported', () => {
    const result = option([makeObservation({ year: 2021, value: 12905 })]);
    const [series] = result.series;
    expect(series!.data[0]).toBeNull(); // 深圳市 has a 2018 document but no 2021 figure
    expect(series!.data[1]!.value).toBe(12905);
  });

  it('hatches partial-period bars and labels them with the period', () => {
    const partial = makeObservation({ period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' }, value: 12905 });
    const datum = option([partial]).series[0]!.data[1]!;
    expect(datum.itemStyle.decal).toEqual(PARTIAL_PERIOD_DECAL);
    expect(datum.label.formatter).toBe('12,905\n1–10月');
  });

  it('does not hatch full-year bars', () => {
    expect(option([makeObservation()]).series[0]!.data[1]!.itemStyle.decal).toBeUndefined();
  });

  it('marks approximate values and bounds with a sign and a dashed outline', () => {
    const datum = option([makeObservation({ value: 260, qualifier: 'atLeast', valueAsWritten: '260多' })]).series[0]!.data[1]!;
    expect(datum.label.formatter).toBe('≥260');
    expect(datum.itemStyle.borderType).toBe('dashed');
  });

  it('draws a second, conflicting figure as its own series instead of dropping it', () => {
    const result = option([makeObservation({ value: 36 }), makeObservation({ value: 1299 })]);
    expect(result.series.map((s) => s.name)).toEqual(['2021', '2021（原文另一数值）']);
    expect(result.series.map((s) => s.data[1]!.value)).toEqual([36, 1299]);
  });

  it('never draws a relative value (a growth rate) as a level', () => {
    const result = option([makeObservation({ value: 10.6, valueAsWritten: '10.6%', relative: { kind: 'percentChange', baseAsWritten: '2020', baseYear: 2020 } })]);
    expect(result.series).toEqual([]);
  });

  it('carries the observation id on each bar so a click can open its quote', () => {
    const observation = makeObservation();
    expect(option([observation]).series[0]!.data[1]!.observationId).toBe(observation.id);
  });

  it('emphasises the selected bar', () => {
    const observation = makeObservation();
    expect(option([observation], 'zh', observation.id).series[0]!.data[1]!.itemStyle.borderWidth).toBe(3);
  });

  it('uses English names and unit in English', () => {
    const result = option([makeObservation()], 'en');
    expect(result.xAxis.data).toEqual(['Shenzhen', 'Gaozhou']);
    expect(result.yAxis.name).toBe('cases');
  });
});
