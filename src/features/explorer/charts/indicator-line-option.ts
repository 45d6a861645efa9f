import type { LineSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import { compareJurisdictions, type IndicatorRow } from '../../../domain/indicator-view';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { UNIT_LABELS } from '../../../domain/unit';
import { SERIES_COLORS, valueLabel, type ChartContext } from './indicator-bar-option';

export interface LinePointDatum {
  value: [string, number];
  observationId: string;
  symbol: string;
  symbolSize: number;
  label: { show: true; formatter: string };
}

/** Shape says what colour cannot: hollow = part of the year, diamond = approximate or bound, triangle = imported. */
export function pointSymbol(observation: Observation, imported: boolean): string {
  if (imported) return isPartialPeriod(observation.period) ? 'emptyTriangle' : 'triangle';
  const hollow = isPartialPeriod(observation.period);
  if (observation.qualifier !== 'exact') return hollow ? 'emptyDiamond' : 'diamond';
  return hollow ? 'emptyCircle' : 'circle';
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
export function buildIndicatorLineOption(rows: IndicatorRow[], context: ChartContext): EChartsCoreOption {
  const { indicator, language, t, selectedObservationId, importedSourceIds } = context;
  const years = yearRange(rows);
  const jurisdictions = [...new Map(rows.filter((r) => r.levels.length > 0).map((r) => [r.jurisdiction.code, r.jurisdiction])).values()].sort(
    compareJurisdictions,
  );
  const series: LineSeriesOption[] = [];
  jurisdictions.forEach((jurisdiction, index) => {
    const color = SERIES_COLORS[index % SERIES_COLORS.length]!;
    const name = jurisdiction.name[language];
    // The first stated value per year draws the line; conflicting values still get their own points.
    const byYear = new Map<string, Observation[]>();
    for (const row of rows) if (row.jurisdiction.code === jurisdiction.code && row.levels.length > 0) byYear.set(String(row.year), row.levels);
    const first = (year: string) => byYear.get(year)?.[0];
    const solid: Array<number | null> = years.map(() => null);
    const dashed: Array<number | null> = years.map(() => null);
    for (let i = 0; i + 1 < years.length; i++) {
      const a = first(years[i]!);
      const b = first(years[i + 1]!);
      if (!a || !b) continue;
      const target = isPartialPeriod(a.period) || isPartialPeriod(b.period) ? dashed : solid;
      target[i] = a.value;
      target[i + 1] = b.value;
    }
    const points: LinePointDatum[] = [];
    for (const [year, observations] of byYear) {
      for (const observation of observations) {
        const selected = observation.id === selectedObservationId;
        points.push({
          value: [year, observation.value],
          observationId: observation.id,
          symbol: pointSymbol(observation, importedSourceIds.has(observation.provenance.sourceId)),
          symbolSize: selected ? 16 : 11,
          label: { show: true, formatter: valueLabel(observation, context) },
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
    aria: { enabled: true, label: { description: t('chart.ariaLine', { indicator: indicator.name[language] }) } },
    legend: { show: jurisdictions.length > 0, top: 0, type: 'scroll' },
    tooltip: { trigger: 'item', renderMode: 'richText' },
    grid: { left: 8, right: 24, top: 56, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: years, boundaryGap: true },
    yAxis: { type: 'value', name: UNIT_LABELS[indicator.unit][language], min: 0, max: indicator.unit === '%' ? 100 : undefined },
    series,
  };
}
