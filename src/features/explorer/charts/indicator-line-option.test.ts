import { describe, expect, it, vi } from 'vitest';
import { renderOptionToSvg } from '../../../components/static-chart';
import { makeObservation, testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Observation } from '../../../domain/observation';
import { createI18n } from '../../../lib/i18n';
import { explorerMessages } from '../locales';
import { buildIndicatorLineOption, type LinePointDatum } from './indicator-line-option';

const i18n = createI18n('zh', [explorerMessages]);
const JAN_OCT = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } as const;

function option(observations: Observation[]) {
  const rows = buildIndicatorRows(testIndex, observations);
  return buildIndicatorLineOption(rows, { indicator: testIndicator, language: 'zh', t: i18n.t, selectedObservationId: null, importedSourceIds: new Set() }) as {
    xAxis: { data: string[] };
    seriesLegend: Array<{ name: string; color: string }>;
    tooltip?: unknown;
    legend?: unknown;
    aria?: unknown;
    series: Array<{ name: string; data: Array<number | null | LinePointDatum>; lineStyle: { type?: string; width: number } }>;
  };
}

describe('buildIndicatorLineOption', () => {
  it('spans every year between the first and last, so a missing year is a visible gap', () => {
    const result = option([makeObservation({ year: 2019, value: 1 }), makeObservation({ year: 2021, value: 3 })]);
    expect(result.xAxis.data).toEqual(['2018', '2019', '2020', '2021']);
    const [solid, dashed] = result.series;
    // 2019 and 2021 are not adjacent: no segment joins them across the unreported 2020.
    expect(solid!.data).toEqual([null, null, null, null]);
    expect(dashed!.data).toEqual([null, null, null, null]);
  });

  it('joins adjacent full years with a solid segment', () => {
    const [solid] = option([makeObservation({ year: 2020, value: 1 }), makeObservation({ year: 2021, value: 3 })]).series;
    expect(solid!.lineStyle.type).toBe('solid');
    expect(solid!.data.slice(-2)).toEqual([1, 3]);
  });

  it('dashes a segment that touches a part-year value', () => {
    const [solid, dashed] = option([makeObservation({ year: 2020, value: 1 }), makeObservation({ year: 2021, value: 3, period: JAN_OCT })]).series;
    expect(solid!.data.every((v) => v === null)).toBe(true);
    expect(dashed!.lineStyle.type).toBe('dashed');
    expect(dashed!.data.slice(-2)).toEqual([1, 3]);
  });

  it('uses one legend name for the three series of a jurisdiction', () => {
    const names = option([makeObservation()]).series.map((s) => s.name);
    expect(names).toEqual(['高州市', '高州市', '高州市']);
  });

  it('lists each jurisdiction once in the series legend, in its line colour, for the app to draw', () => {
    const rows = buildIndicatorRows(testIndex, [
      makeObservation({ year: 2020 }),
      makeObservation({ year: 2021 }),
      makeObservation({ jurisdictionCode: '440300', year: 2021 }),
    ]);
    const result = buildIndicatorLineOption(rows, { indicator: testIndicator, language: 'zh', t: i18n.t, selectedObservationId: null, importedSourceIds: new Set() }) as ReturnType<typeof option>;
    const colourOf = (name: string) => result.series.find((s) => s.name === name && (s as { color?: string }).color)!;
    expect(result.seriesLegend.map((item) => item.name).sort()).toEqual(['深圳市', '高州市'].sort());
    for (const item of result.seriesLegend) expect(item.color).toBe((colourOf(item.name) as { color?: string }).color);
    // Legend, tooltip and accessible name are drawn by the app, not by (unregistered) ECharts components.
    expect(result.legend).toBeUndefined();
    expect(result.tooltip).toBeUndefined();
    expect(result.aria).toBeUndefined();
  });

  it('draws the line through the full-year figure where a year states part of it first', () => {
    const result = option([makeObservation({ year: 2020, value: 1 }), makeObservation({ year: 2021, value: 2, period: JAN_OCT }), makeObservation({ year: 2021, value: 3 })]);
    const [solid, dashed] = result.series;
    expect(solid!.data.slice(-2)).toEqual([1, 3]);
    expect(dashed!.data.every((v) => v === null)).toBe(true);
    expect((result.series[2]!.data as LinePointDatum[]).map((p) => p.value[1])).toEqual([1, 2, 3]);
  });

  it('keeps a conflicting second value as its own point', () => {
    const points = option([makeObservation({ value: 36 }), makeObservation({ value: 1299 })]).series[2]!.data as LinePointDatum[];
    expect(points.map((p) => p.value[1])).toEqual([36, 1299]);
  });
});

describe('the line option in the app\'s ECharts build', () => {
  it('needs no ECharts component the app does not register', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const svg = await renderOptionToSvg(option([makeObservation({ year: 2020, value: 1 }), makeObservation({ year: 2021, value: 3, period: JAN_OCT })]), 640, 300);
      // ECharts logs "Component … is used but not imported" for a tooltip, legend, title or graphic key.
      expect(errors).not.toHaveBeenCalled();
      expect(svg).toContain('stroke-dasharray'); // the dashed part-year segment
    } finally {
      vi.restoreAllMocks();
    }
  });
});
