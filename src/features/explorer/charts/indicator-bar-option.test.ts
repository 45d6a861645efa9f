import { describe, expect, it, vi } from 'vitest';
import { renderOptionToSvg } from '../../../components/static-chart';
import { makeObservation, testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Observation } from '../../../domain/observation';
import { createI18n } from '../../../lib/i18n';
import { explorerMessages } from '../locales';
import { buildEntries, sortEntries } from '../model/explorer-rows';
import { PARTIAL_PERIOD_DECAL } from '../../../lib/chart-marks';
import { barChartHeight, barLayout, barOptionHeight, buildIndicatorBarOption, type BarDatum, type ChartContext } from './indicator-bar-option';

const i18n = createI18n('zh', [explorerMessages]);

function context(language: 'zh' | 'en' = 'zh', overrides: Partial<ChartContext> = {}): ChartContext {
  void i18n.changeLanguage(language);
  return { indicator: testIndicator, language, t: i18n.t, selectedObservationId: null, importedSourceIds: new Set(), ...overrides };
}

function option(observations: Observation[], year = 2021, ctx = context()) {
  const rows = buildIndicatorRows(testIndex, observations);
  const entries = sortEntries(buildEntries(rows, rows, 'neutral'), 'value', ctx.language, 'neutral');
  return buildIndicatorBarOption(entries, year, ctx) as {
    yAxis: { data: string[]; inverse: boolean };
    xAxis: { name: string; max?: number };
    series: Array<{ data: BarDatum[] }>;
  };
}

const shenzhen = (value: number) =>
  makeObservation({ jurisdictionCode: '440300', value, provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } });

describe('buildIndicatorBarOption (one year, ranked)', () => {
  it('ranks jurisdictions best first, top to bottom', () => {
    const result = option([makeObservation({ value: 120 }), shenzhen(300)]);
    expect(result.yAxis.data).toEqual(['深圳市', '高州市']);
    expect(result.yAxis.inverse).toBe(true);
    expect(result.series[0]!.data.map((d) => d.value)).toEqual([300, 120]);
  });

  it('draws only the chosen year', () => {
    const result = option([makeObservation({ value: 1, year: 2021 }), makeObservation({ value: 2, year: 2020 })], 2020);
    expect(result.series[0]!.data.map((d) => d.value)).toEqual([2]);
  });

  it('hatches part-year values and labels them with their period', () => {
    const datum = option([makeObservation({ period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' }, value: 12905 })]).series[0]!.data[0]!;
    expect(datum.itemStyle.decal).toEqual(PARTIAL_PERIOD_DECAL);
    expect(datum.label.formatter).toBe('12,905 (1–10月)');
  });

  it('leaves full-year values unhatched', () => {
    expect(option([makeObservation()]).series[0]!.data[0]!.itemStyle.decal).toBeUndefined();
  });

  it('signs bounds and approximations and outlines them dashed', () => {
    const datum = option([makeObservation({ value: 260, qualifier: 'atLeast', valueAsWritten: '260多' })]).series[0]!.data[0]!;
    expect(datum.label.formatter).toBe('≥260');
    expect(datum.itemStyle.borderType).toBe('dashed');
  });

  it('gives a conflicting second figure its own labelled bar', () => {
    const result = option([makeObservation({ value: 36 }), makeObservation({ value: 1299 })]);
    expect([...result.yAxis.data].sort()).toEqual(['高州市', '高州市（原文另一数值）']);
    expect(result.series[0]!.data.map((d) => d.value).sort((a, b) => a - b)).toEqual([36, 1299]);
  });

  it('draws a value for another period of the year under the plain name, its label saying the period', () => {
    const toNovember = makeObservation({ value: 1150, period: { kind: 'asOf', date: '2021-11-30', asWritten: '截至11月底' } });
    const result = option([makeObservation({ value: 1200 }), toNovember]);
    expect([...result.yAxis.data]).toEqual(['高州市', '高州市']);
    expect(result.series[0]!.data.map((d) => d.label.formatter)).toEqual(['1,200', '1,150 (截至11月30日)']);
  });

  it('never draws a relative value as a level', () => {
    const relative = makeObservation({ value: 10.6, valueAsWritten: '10.6%', relative: { kind: 'percentChange', baseAsWritten: '2020', baseYear: 2020 } });
    expect(option([relative]).series[0]!.data).toEqual([]);
  });

  it('marks values from imported reports in the label', () => {
    const imported = makeObservation({ provenance: { sourceId: 'imported-1', start: 0, end: 5, quote: '工单100宗' } });
    const datum = option([imported], 2021, context('zh', { importedSourceIds: new Set(['imported-1']) })).series[0]!.data[0]!;
    expect(datum.label.formatter).toBe('100 · 导入');
  });

  it('carries the observation id for the click, and emphasises the selected bar', () => {
    const observation = makeObservation();
    const datum = option([observation], 2021, context('zh', { selectedObservationId: observation.id })).series[0]!.data[0]!;
    expect(datum.observationId).toBe(observation.id);
    expect(datum.itemStyle.borderWidth).toBe(3);
  });

  it('speaks English when asked, and caps rates at 100%', () => {
    const result = option([makeObservation()], 2021, context('en', { indicator: { ...testIndicator, unit: '%', kind: 'rate' } }));
    expect(result.yAxis.data).toEqual(['Gaozhou']);
    expect(result.xAxis.max).toBe(100);
  });
});

describe('the bar option in the app\'s ECharts build', () => {
  it('needs no ECharts component the app does not register, and keeps the part-year hatching', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const partial = makeObservation({ period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' }, value: 12905 });
      const svg = await renderOptionToSvg(option([partial, shenzhen(300)]), 640, 240);
      // ECharts logs "Component … is used but not imported" for a tooltip, legend, title or graphic key.
      expect(errors).not.toHaveBeenCalled();
      expect(svg).toContain('<pattern'); // the decal of the part-year bar
      expect(svg).toContain('12,905 (1–10月)');
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('the ranked chart with its text above the bars', () => {
  const JAN_OCT = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } as const;

  it('keeps names and values beside the bars on a desktop, and puts them above on a phone or in 长者模式', () => {
    expect(barLayout(800, { scale: 1, textPx: 12 })).toBeUndefined();
    expect(barLayout(330, { scale: 1, textPx: 12 })).toEqual({ lineEms: 26.1, textRatio: 1 });
    expect(barLayout(1100, { scale: 1.5, textPx: 24 })).toBeDefined();
  });

  it('puts each name with its value on a row above its bar, bars keeping their order, marks and click targets', () => {
    const rows = buildIndicatorRows(testIndex, [makeObservation({ value: 120, period: JAN_OCT }), shenzhen(300)]);
    const ctx = context();
    const entries = sortEntries(buildEntries(rows, rows, 'neutral'), 'value', 'zh', 'neutral');
    const layout = { lineEms: 14, textRatio: 1.2 };
    const stacked = buildIndicatorBarOption(entries, 2021, ctx, { stacked: layout }) as {
      yAxis: { data: string[] };
      series: Array<{ data: Array<BarDatum | null> }>;
    };
    expect(stacked.yAxis.data).toEqual(['深圳市  300', '', '高州市  120 (1–10月)', '']);
    const bars = stacked.series[0]!.data;
    expect(bars.map((d) => d?.value ?? null)).toEqual([null, 300, null, 120]);
    expect(bars[3]!.itemStyle.decal).toBe(PARTIAL_PERIOD_DECAL);
    expect(bars[3]!.label.show).toBe(false);
    expect(bars[1]!.observationId).toBe(entries.find((e) => e.observation.value === 300)!.observation.id);
    // As tall as its four rows of text at the text size, not the height of two bars beside their labels.
    expect(barOptionHeight(stacked as never, 2, layout)).toBe(Math.ceil((4 * 18 + 34) * 1.2));
    expect(barOptionHeight(stacked as never, 2, undefined)).toBe(barChartHeight(2));
  });

  it('wraps a name too long for the row before its value', () => {
    const rows = buildIndicatorRows(testIndex, [makeObservation({ value: 120 })]);
    const entries = sortEntries(buildEntries(rows, rows, 'neutral'), 'value', 'en', 'neutral');
    const stacked = buildIndicatorBarOption(entries, 2021, context('en'), { stacked: { lineEms: 6, textRatio: 1 } }) as { yAxis: { data: string[] } };
    expect(stacked.yAxis.data).toEqual(['Gaozhou', '120', '']);
  });
});
