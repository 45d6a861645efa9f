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
 * The marks the charts use for what a number is not (src/lib/chart-marks.ts), each as a chart draws it: a
 * bar is hatched for part of the year and outlined dashed when approximate or a bound; a line's point is
 * hollow (on a dashed segment) for part of the year and a diamond when approximate; a line breaks (a gap) and a bar
 * chart draws no bar where nothing is reported; a value from a report imported in this browser is a triangle on a line and the
 * word "imported" beside a bar. One list, in legend order, so the legend under a chart on screen
 * (chart-marks-legend.tsx) and the one drawn into an exported image (chart-frame.ts) say the same thing
 * in the same order.
 */
export const CHART_MARKS = ['partial', 'approx', 'partialPoint', 'approxPoint', 'gap', 'noBar', 'importedWord', 'importedTriangle'] as const;
export type ChartMark = (typeof CHART_MARKS)[number];

export const CHART_MARK_MESSAGES: Record<ChartMark, string> = {
  partial: 'chart.legendPartial',
  approx: 'chart.legendApprox',
  partialPoint: 'chart.legendPartialPoint',
  approxPoint: 'chart.legendApproxPoint',
  gap: 'chart.legendGap',
  noBar: 'chart.legendNoBar',
  importedWord: 'chart.legendImportedWord',
  importedTriangle: 'chart.legendImportedTriangle',
};

/** One entry of a marks legend: the mark and what it means, in the reader's language. */
export interface ChartMarkItem {
  mark: ChartMark;
  label: string;
}

/** What a marks legend needs to know about its chart besides the values it draws. */
export interface ChartMarksContext {
  /** Bars (hatched, dashed outline, the word "imported") or lines (hollow point, diamond, triangle). */
  chart: 'bar' | 'line';
  /** The chart leaves a gap where a year or a jurisdiction has no figure. */
  gaps: boolean;
  imported: (observation: Observation) => boolean;
}

/**
 * The marks a chart actually draws, in legend order: a legend explains those and no others, so it stays
 * short and never names a mark the reader cannot find (a triangle on a bar chart).
 */
export function marksShown(observations: readonly Observation[], context: ChartMarksContext): ChartMark[] {
  const line = context.chart === 'line';
  const partial = observations.some((o) => isPartialPeriod(o.period));
  const approx = observations.some((o) => o.qualifier !== 'exact');
  const imported = observations.some(context.imported);
  const present: Partial<Record<ChartMark, boolean>> = {
    partial: partial && !line,
    approx: approx && !line,
    partialPoint: partial && line,
    // An imported point is a triangle whatever its qualifier (pointSymbol, lib/chart-marks.ts): a diamond
    // is drawn only for an approximate value of the curated data.
    approxPoint: line && observations.some((o) => o.qualifier !== 'exact' && !context.imported(o)),
    gap: context.gaps && line,
    // A bar chart has no line to break: the jurisdiction's bar is missing (or, above the bars, says so in words).
    noBar: context.gaps && !line,
    importedWord: imported && !line,
    importedTriangle: imported && line,
  };
  return CHART_MARKS.filter((mark) => present[mark] === true);
}

/**
 * The legend of the marks a chart draws, in the reader's language: the one list behind the legend on the
 * page and the one drawn into the chart's PNG or SVG, so the two never disagree.
 */
export function chartMarkItems(observations: readonly Observation[], context: ChartMarksContext, t: (key: string) => string): ChartMarkItem[] {
  return marksShown(observations, context).map((mark) => ({ mark, label: t(CHART_MARK_MESSAGES[mark]) }));
}
