import type { EChartsCoreOption } from 'echarts/core';
import { isPartialPeriod, type Observation } from '../domain/observation';

/** One entry of a chart's series legend: which colour is which line. */
export interface ChartLegendItem {
  name: string;
  color: string;
}

/**
 * The option key under which a builder lists its series legend. ECharts
 * ignores it (no LegendComponent is registered: docs/scale.md, "Bundle
 * budget"); the app draws it instead: in HTML above an interactive chart
 * (series-legend.tsx, where a click hides or shows every series of that
 * name, as ECharts' legend did) and into exported and static images
 * (chart-frame.ts), so a picture always says which line is which.
 * Colours are plain `color` keys, so the high-contrast theme recolours them
 * with the series (chart-display-transform.ts).
 */
export const SERIES_LEGEND_KEY = 'seriesLegend';

const isItem = (value: unknown): value is ChartLegendItem =>
  typeof value === 'object' && value !== null && typeof (value as ChartLegendItem).name === 'string' && typeof (value as ChartLegendItem).color === 'string';

export function seriesLegendOf(option: EChartsCoreOption): ChartLegendItem[] {
  const items: unknown = option[SERIES_LEGEND_KEY];
  return Array.isArray(items) ? items.filter(isItem) : [];
}

/** The option without the series the reader switched off in the legend; the same object when none is. */
export function withHiddenSeries(option: EChartsCoreOption, hidden: ReadonlySet<string>): EChartsCoreOption {
  if (hidden.size === 0 || !Array.isArray(option.series)) return option;
  return { ...option, series: (option.series as Array<{ name?: unknown }>).filter((s) => !hidden.has(String(s?.name))) };
}

/**
 * The marks every chart uses for what a number is not (src/lib/chart-marks.ts): hatched for part of the
 * year, a dashed outline for an approximate value or a bound, a gap for "not reported", a triangle or
 * "imported" for a value from a report imported in this browser. One list, so the legend under a chart
 * on screen (chart-marks-legend.tsx) and the one drawn into an exported image (chart-frame.ts) say the
 * same thing in the same order.
 */
export const CHART_MARKS = ['partial', 'approx', 'gap', 'imported'] as const;
export type ChartMark = (typeof CHART_MARKS)[number];

export const CHART_MARK_MESSAGES: Record<ChartMark, string> = {
  partial: 'chart.legendPartial',
  approx: 'chart.legendApprox',
  gap: 'chart.legendGap',
  imported: 'chart.legendImported',
};

/** One entry of a marks legend: the mark and what it means, in the reader's language. */
export interface ChartMarkItem {
  mark: ChartMark;
  label: string;
}

/**
 * The marks a picture actually carries, in legend order: an exported image explains those and no
 * others, so it stays short. `gaps`: the chart leaves a gap where a year or a jurisdiction has no figure.
 */
export function marksShown(
  observations: readonly Observation[],
  options: { gaps: boolean; imported: (observation: Observation) => boolean },
): ChartMark[] {
  const present: Record<ChartMark, boolean> = {
    partial: observations.some((o) => isPartialPeriod(o.period)),
    approx: observations.some((o) => o.qualifier !== 'exact'),
    gap: options.gaps,
    imported: observations.some(options.imported),
  };
  return CHART_MARKS.filter((mark) => present[mark]);
}
