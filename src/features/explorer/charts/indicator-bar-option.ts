import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { Indicator } from '../../../domain/indicator';
import type { IndicatorRow } from '../../../domain/indicator-view';
import { compareJurisdictions } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatNumber, formatPeriodShort, QUALIFIER_SIGNS } from '../../../lib/format';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

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

export interface IndicatorBarOptionInput {
  rows: IndicatorRow[];
  indicator: Indicator;
  language: Language;
  t: TFunction;
  selectedObservationId: string | null;
}

function barLabel(observation: Observation, language: Language): string {
  const number = `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`;
  const period = formatPeriodShort(observation.period, language);
  return period ? `${number}\n${period}` : number;
}

function datum(observation: Observation, color: string, language: Language, selected: boolean): BarDatum {
  const itemStyle: Record<string, unknown> = { color };
  if (isPartialPeriod(observation.period)) itemStyle.decal = PARTIAL_PERIOD_DECAL;
  if (observation.qualifier !== 'exact') {
    itemStyle.borderType = 'dashed';
    itemStyle.borderColor = '#1a1a1a';
    itemStyle.borderWidth = 2;
  }
  if (selected) {
    itemStyle.borderColor = '#000000';
    itemStyle.borderWidth = 3;
    itemStyle.borderType = 'solid';
  }
  return { value: observation.value, observationId: observation.id, itemStyle, label: { show: true, formatter: barLabel(observation, language) } };
}

/**
 * Data in, ECharts option out: a grouped bar chart with jurisdictions along
 * the axis and one series per year. A jurisdiction-year the document does not
 * report is a gap (null), never a zero bar. When a source states two different
 * values for the same thing, the second is drawn as its own series rather
 * than silently dropped.
 */
export function buildIndicatorBarOption(input: IndicatorBarOptionInput): EChartsCoreOption {
  const { rows, indicator, language, t, selectedObservationId } = input;
  const jurisdictions = [...new Map(rows.map((r) => [r.jurisdiction.code, r.jurisdiction])).values()].sort(compareJurisdictions);
  const drawnRows = rows.filter((r) => r.levels.length > 0);
  const years = [...new Set(drawnRows.map((r) => r.year))].sort((a, b) => a - b);
  const categoryIndex = new Map(jurisdictions.map((j, i) => [j.code, i]));

  const series: BarSeriesOption[] = [];
  years.forEach((year, yearIndex) => {
    const color = SERIES_COLORS[yearIndex % SERIES_COLORS.length]!;
    const depth = Math.max(0, ...drawnRows.filter((r) => r.year === year).map((r) => r.levels.length));
    for (let k = 0; k < depth; k++) {
      const data: Array<BarDatum | null> = jurisdictions.map(() => null);
      for (const row of drawnRows.filter((r) => r.year === year)) {
        const observation = row.levels[k];
        if (!observation) continue;
        data[categoryIndex.get(row.jurisdiction.code)!] = datum(observation, color, language, observation.id === selectedObservationId);
      }
      series.push({
        type: 'bar',
        name: k === 0 ? String(year) : t('chart.conflictSeries', { year }),
        data: data as BarSeriesOption['data'],
        barMaxWidth: 56,
        label: { show: true, position: 'top', fontSize: 12, lineHeight: 15 },
        emphasis: { focus: 'none' },
        cursor: 'pointer',
      });
    }
  });

  const unitLabel = UNIT_LABELS[indicator.unit][language];
  return {
    animation: false,
    color: SERIES_COLORS,
    aria: { enabled: true, label: { description: t('chart.ariaLabel', { indicator: indicator.name[language] }) } },
    legend: { show: series.length > 0, top: 0, type: 'scroll' },
    // outerBounds* replaces the deprecated grid.containLabel: axis labels stay inside the chart.
    grid: { left: 8, right: 16, top: 56, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: {
      type: 'category',
      data: jurisdictions.map((j) => j.name[language]),
      axisLabel: { interval: 0, hideOverlap: false },
    },
    yAxis: {
      type: 'value',
      name: unitLabel,
      min: 0,
      max: indicator.unit === '%' ? 100 : undefined,
    },
    series,
  };
}
