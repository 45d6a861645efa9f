import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatNumber, formatPeriodShort, QUALIFIER_SIGNS } from '../../../lib/format';
import type { ExplorerEntry } from '../model/explorer-rows';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

/** Diagonal hatching marks a value that covers only part of the year, so the cue is not colour alone. */
export const PARTIAL_PERIOD_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(255, 255, 255, 0.75)',
} as const;

export interface BarDatum {
  value: number;
  observationId: string;
  itemStyle: Record<string, unknown>;
  label: { show: true; formatter: string };
}

export interface ChartContext {
  indicator: Indicator;
  language: Language;
  t: TFunction;
  selectedObservationId: string | null;
  /** Source ids of reports imported in this browser: their values are marked "imported". */
  importedSourceIds: ReadonlySet<string>;
}

/** "≥260", "99.5 (1–10月)", "12 · 导入": the value as qualified in the source, with its caveats. */
export function valueLabel(observation: Observation, context: ChartContext): string {
  const { language, t, importedSourceIds } = context;
  const parts = [`${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`];
  const period = formatPeriodShort(observation.period, language);
  if (period) parts.push(`(${period})`);
  if (importedSourceIds.has(observation.provenance.sourceId)) parts.push(`· ${t('chart.importedMark')}`);
  return parts.join(' ');
}

export function barItemStyle(observation: Observation, color: string, selected: boolean): Record<string, unknown> {
  const style: Record<string, unknown> = { color };
  if (isPartialPeriod(observation.period)) style.decal = PARTIAL_PERIOD_DECAL;
  if (observation.qualifier !== 'exact') {
    style.borderType = 'dashed';
    style.borderColor = '#1a1a1a';
    style.borderWidth = 2;
  }
  if (selected) {
    style.borderColor = '#000000';
    style.borderWidth = 3;
    style.borderType = 'solid';
  }
  return style;
}

/**
 * One year, ranked: a horizontal bar per jurisdiction, best first, each with
 * its value label. Horizontal bars keep long names legible on a phone. A
 * second, conflicting value from the same source gets its own labelled bar
 * instead of being dropped. Jurisdictions without a value are not drawn here;
 * the table lists them as not reported.
 */
export function buildIndicatorBarOption(entries: ExplorerEntry[], year: number, context: ChartContext): EChartsCoreOption {
  const { indicator, language, t, selectedObservationId } = context;
  const shown = entries.filter((e) => e.row.year === year);
  const categories = shown.map((e) =>
    e.rank === null ? t('chart.conflictCategory', { name: e.row.jurisdiction.name[language] }) : e.row.jurisdiction.name[language],
  );
  const data: BarDatum[] = shown.map((e) => ({
    value: e.observation.value,
    observationId: e.observation.id,
    itemStyle: barItemStyle(e.observation, SERIES_COLORS[0]!, e.observation.id === selectedObservationId),
    label: { show: true, formatter: valueLabel(e.observation, context) },
  }));
  const series: BarSeriesOption = {
    type: 'bar',
    name: String(year),
    data: data as BarSeriesOption['data'],
    barMaxWidth: 28,
    label: { show: true, position: 'right', fontSize: 12, color: '#1a1a1a' },
    cursor: 'pointer',
  };
  const unitLabel = UNIT_LABELS[indicator.unit][language];
  return {
    animation: false,
    color: SERIES_COLORS,
    aria: { enabled: true, label: { description: t('chart.ariaBar', { indicator: indicator.name[language], year }) } },
    tooltip: { trigger: 'item', renderMode: 'richText' },
    // outerBounds* replaces the deprecated grid.containLabel: axis labels stay inside the chart.
    grid: { left: 8, right: 96, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', name: unitLabel, min: 0, max: indicator.unit === '%' ? 100 : undefined, nameLocation: 'end' },
    // Best first from the top: ECharts draws category 0 at the bottom, so reverse the axis.
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { interval: 0 } },
    series: [series],
  };
}

/** Height that gives every bar room for its label, from a phone to hundreds of jurisdictions. */
export function barChartHeight(entryCount: number): number {
  return Math.max(160, 64 + entryCount * 36);
}
