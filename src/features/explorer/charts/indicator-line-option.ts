import type { LineSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import { compareJurisdictions, type IndicatorRow } from '../../../domain/indicator-view';
import { leadingLevel } from '../../../domain/latest-values';
import type { Observation } from '../../../domain/observation';
import { SERIES_LEGEND_KEY, type ChartLegendItem } from '../../../components/chart-legend';
import { lineSegments, pointSymbol, SERIES_COLORS, unitValueAxis } from '../../../lib/chart-marks';
import { valueLabel, type ChartContext } from './indicator-bar-option';

export interface LinePointDatum {
  value: [string, number];
  observationId: string;
  symbol: string;
  symbolSize: number;
  label: { show: boolean; formatter: string };
}

function yearRange(rows: IndicatorRow[]): string[] {
  const years = rows.map((r) => r.year);
  if (years.length === 0) return [];
  const years_: string[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) years_.push(String(y));
  return years_;
}

/**
 * Years along the axis, one line per jurisdiction. A year without a value is
 * a gap (the line breaks), never a zero. A segment touching a part-year value
 * is dashed, and that point hollow. Each jurisdiction is three series under
 * one legend name: points (the click targets), solid and dashed segments.
 */
/** Above this many jurisdictions the chart switches to highlight mode (one grey background series, no legend per jurisdiction). */
export const MAX_LINE_SERIES = 12;

/** Colour of the background lines in highlight mode. */
export const BACKGROUND_LINE_COLOR = '#9a9a9a';

export interface LineScale {
  /** Codes to draw in colour when there are more than MAX_LINE_SERIES jurisdictions. */
  highlight?: readonly string[];
}

/**
 * The background of highlight mode: every other jurisdiction's line as one
 * thin grey series. Jurisdictions follow one another in the data, separated
 * by a null point, and a year without a value is a null too, so every gap
 * stays a gap. One series with a few tens of thousands of points draws in
 * one canvas path, where thousands of series would not.
 */
export function backgroundLineData(rowsByCode: Map<string, Map<number, number>>, years: string[], skip: ReadonlySet<string>): Array<[number, number | null]> {
  const data: Array<[number, number | null]> = [];
  for (const [code, values] of rowsByCode) {
    if (skip.has(code)) continue;
    years.forEach((year, i) => data.push([i, values.get(Number(year)) ?? null]));
    data.push([years.length - 1, null]);
  }
  return data;
}

export function buildIndicatorLineOption(rows: IndicatorRow[], context: ChartContext, scale: LineScale = {}): EChartsCoreOption {
  const { indicator, language, t, selectedObservationId, importedSourceIds } = context;
  const years = yearRange(rows);
  const all = [...new Map(rows.filter((r) => r.levels.length > 0).map((r) => [r.jurisdiction.code, r.jurisdiction])).values()].sort(
    compareJurisdictions,
  );
  const highlightMode = all.length > MAX_LINE_SERIES;
  const wanted = new Set(scale.highlight ?? []);
  const jurisdictions = highlightMode ? all.filter((j) => wanted.has(j.code)) : all;
  const levelsByCode = new Map<string, Map<number, Observation[]>>();
  for (const row of rows) {
    if (row.levels.length === 0) continue;
    let byYear = levelsByCode.get(row.jurisdiction.code);
    if (!byYear) levelsByCode.set(row.jurisdiction.code, (byYear = new Map()));
    byYear.set(row.year, row.levels);
  }
  const series: LineSeriesOption[] = [];
  if (highlightMode) {
    const firstValues = new Map([...levelsByCode].map(([code, byYear]) => [code, new Map([...byYear].map(([y, levels]) => [y, leadingLevel(levels)!.value]))]));
    series.push({
      type: 'line',
      name: t('explorer.scale.others'),
      data: backgroundLineData(firstValues, years, new Set(jurisdictions.map((j) => j.code))),
      color: BACKGROUND_LINE_COLOR,
      lineStyle: { width: 0.6, opacity: 0.35 },
      symbol: 'none',
      silent: true,
      connectNulls: false,
      z: 0,
    });
  }
  jurisdictions.forEach((jurisdiction, index) => {
    const color = SERIES_COLORS[index % SERIES_COLORS.length]!;
    const name = jurisdiction.name[language];
    // One value per year draws the line (the leading level: the full year before 截至11月底); the others, and conflicting values, still get their own points.
    const byYear = new Map<string, Observation[]>();
    for (const [year, levels] of levelsByCode.get(jurisdiction.code) ?? []) byYear.set(String(year), levels);
    const first = (year: string) => leadingLevel(byYear.get(year) ?? []);
    const { solid, dashed } = lineSegments(years.map(first));
    const points: LinePointDatum[] = [];
    for (const [year, observations] of byYear) {
      for (const observation of observations) {
        const selected = observation.id === selectedObservationId;
        points.push({
          value: [year, observation.value],
          observationId: observation.id,
          symbol: pointSymbol(observation, importedSourceIds.has(observation.provenance.sourceId)),
          symbolSize: selected ? 16 : 11,
          // Over thousands of background lines, values are read from the table and tooltips, not printed at every point.
          label: { show: !highlightMode || selected, formatter: valueLabel(observation, context) },
        });
      }
    }
    const common = { type: 'line' as const, name, color, silent: true, symbol: 'none', connectNulls: false, z: 1 };
    series.push(
      { ...common, data: solid, lineStyle: { width: 2.5, type: 'solid' } },
      { ...common, data: dashed, lineStyle: { width: 2.5, type: 'dashed' } },
      {
        type: 'line',
        name,
        color,
        data: points as LineSeriesOption['data'],
        lineStyle: { width: 0 },
        itemStyle: { borderWidth: 2, borderColor: color },
        label: { show: true, position: 'top', fontSize: 11, color: '#1a1a1a' },
        cursor: 'pointer',
        z: 2,
      },
    );
  });
  return {
    animation: false,
    color: SERIES_COLORS,
    // Which colour is which jurisdiction, drawn by the app (src/components/chart-legend.ts). In highlight mode it
    // names the highlighted jurisdictions only, never thousands. The figure carries the accessible name and summary.
    [SERIES_LEGEND_KEY]: jurisdictions.map((j, index): ChartLegendItem => ({ name: j.name[language], color: SERIES_COLORS[index % SERIES_COLORS.length]! })),
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: years, boundaryGap: true },
    // Thousands of background points: skip hover detection on them and draw without animation.
    ...(highlightMode ? { hoverLayerThreshold: 3000 } : {}),
    yAxis: unitValueAxis(indicator.unit, language),
    series,
  };
}
