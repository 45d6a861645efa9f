import type { EChartsCoreOption } from 'echarts/core';

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
