import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartItem } from '../../../domain/briefing';
import type { Language } from '../../../domain/localized-text';
import { isImportedSourceId } from '../../../domain/imported-report';
import type { Observation } from '../../../domain/observation';
import { chartMarkItems, SERIES_LEGEND_KEY, type ChartLegendItem, type ChartMarkItem } from '../../../components/chart-legend';
import { honestBarStyle, lineSegments, pointSymbol, SERIES_COLORS as COLORS, unitValueAxis } from '../../../lib/chart-marks';
import { formatNumber, formatPeriodShort, QUALIFIER_SIGNS } from '../../../lib/format';
import type { TFunction } from '../../../lib/i18n';

export interface BriefingChartContext {
  language: Language;
  /** The footnote number of each observation, printed after its value: "99.5 (1–10月) [2]". */
  footnote: (observationId: string) => number | undefined;
}

/** The value as the source qualifies it, its part-year period and its footnote mark. */
export function briefingValueLabel(observation: Observation, context: BriefingChartContext): string {
  const parts = [`${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, context.language)}`];
  const period = formatPeriodShort(observation.period, context.language);
  if (period) parts.push(`(${period})`);
  const number = context.footnote(observation.id);
  if (number !== undefined) parts.push(`[${number}]`);
  return parts.join(' ');
}

function jurisdictionName(item: ChartItem, code: string, language: Language): string {
  return item.jurisdictions.find((j) => j.code === code)?.name[language] ?? code;
}

/** Levels only: a growth rate or a multiple is never drawn as a level. */
function levels(item: ChartItem): Observation[] {
  return item.observations.filter((o) => o.relative === null);
}

export function briefingBarHeight(item: ChartItem): number {
  return Math.max(150, 56 + levels(item).length * 34);
}

export const BRIEFING_CHART_WIDTH = 680;
export const BRIEFING_LINE_HEIGHT = 300;

export function briefingChartHeight(item: ChartItem): number {
  return item.chartType === 'line' ? BRIEFING_LINE_HEIGHT : briefingBarHeight(item);
}

/**
 * The chart of a briefing item, rebuilt from its snapshot (never from current
 * data): a ranked bar per value for one year, or a line per jurisdiction over
 * the years with gaps where nothing is reported. Part-year values are hatched
 * or hollow; approximate values and bounds have a dashed outline and ≈/≥/≤.
 */
export function buildBriefingChartOption(item: ChartItem, context: BriefingChartContext): EChartsCoreOption {
  const { language } = context;
  const valueAxis = unitValueAxis(item.indicator.unit, language);
  const base = {
    animation: false,
    color: COLORS,
    backgroundColor: '#ffffff',
    textStyle: { color: '#1a1a1a' },
  };
  const shown = levels(item);
  if (item.chartType === 'bar') {
    const categories = shown.map((o, index) => {
      const name = jurisdictionName(item, o.jurisdictionCode, language);
      const repeated = shown.slice(0, index).some((p) => p.jurisdictionCode === o.jurisdictionCode);
      return repeated ? `${name} (${index + 1})` : name;
    });
    const data = shown.map((o) => ({ value: o.value, itemStyle: honestBarStyle(o, COLORS[0]!), label: { show: true, formatter: briefingValueLabel(o, context) } }));
    const series: BarSeriesOption = {
      type: 'bar',
      data: data as BarSeriesOption['data'],
      barMaxWidth: 26,
      label: { show: true, position: 'right', fontSize: 12, color: '#1a1a1a' },
    };
    return {
      ...base,
      grid: { left: 8, right: 140, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { ...valueAxis, nameLocation: 'end' },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { interval: 0 } },
      series: [series],
    };
  }
  const years = [...new Set(shown.map((o) => o.year))].sort((a, b) => a - b);
  const axis: string[] = [];
  if (years.length > 0) for (let y = years[0]!; y <= years.at(-1)!; y++) axis.push(String(y));
  const codes = [...new Set(shown.map((o) => o.jurisdictionCode))];
  // Per jurisdiction, as in the explorer: its points (labelled, shaped by what each value is), and its
  // line in two series, solid between full-year values and dashed where a part-year value is touched.
  const series: LineSeriesOption[] = codes.flatMap((code, index): LineSeriesOption[] => {
    const color = COLORS[index % COLORS.length]!;
    const name = jurisdictionName(item, code, language);
    const byYear = axis.map((year) => shown.find((o) => o.jurisdictionCode === code && String(o.year) === year) ?? null);
    const points = byYear.map((observation) =>
      // A gap, never a zero.
      observation === null
        ? null
        : {
            value: observation.value,
            symbol: pointSymbol(observation, isImportedSourceId(observation.provenance.sourceId)),
            symbolSize: 10,
            label: { show: true, formatter: briefingValueLabel(observation, context) },
          },
    );
    const { solid, dashed } = lineSegments(byYear);
    const segment = { type: 'line' as const, name, color, symbol: 'none', silent: true, connectNulls: false, z: 1 };
    return [
      {
        type: 'line',
        name,
        color,
        data: points as LineSeriesOption['data'],
        connectNulls: false,
        lineStyle: { width: 0 },
        itemStyle: { borderWidth: 2, borderColor: color },
        label: { show: true, position: 'top', fontSize: 11, color: '#1a1a1a' },
        z: 2,
      },
      { ...segment, data: solid, lineStyle: { width: 2.5, type: 'solid' } },
      { ...segment, data: dashed, lineStyle: { width: 2.5, type: 'dashed' } },
    ];
  });
  return {
    ...base,
    // Drawn into the static image above the plot (src/components/chart-frame.ts).
    [SERIES_LEGEND_KEY]: codes.map((code, index): ChartLegendItem => ({ name: jurisdictionName(item, code, language), color: COLORS[index % COLORS.length]! })),
    grid: { left: 8, right: 24, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: axis, boundaryGap: true },
    yAxis: valueAxis,
    series,
  };
}

/**
 * The marks the item's chart draws, explained under it on paper: hatched and dashed-outline bars, or
 * hollow points on dashed segments, diamonds and triangles on lines, and a gap where a jurisdiction's
 * line lacks a year. The bars print no "imported" word (each value's footnote names its document).
 */
export function briefingChartMarks(item: ChartItem, t: TFunction): ChartMarkItem[] {
  const shown = levels(item);
  if (item.chartType === 'bar') return chartMarkItems(shown, { chart: 'bar', gaps: false, imported: () => false }, t);
  const years = new Set(shown.map((o) => o.year));
  const span = years.size === 0 ? 0 : Math.max(...years) - Math.min(...years) + 1;
  const yearsOf = new Map<string, Set<number>>();
  for (const o of shown) yearsOf.set(o.jurisdictionCode, (yearsOf.get(o.jurisdictionCode) ?? new Set()).add(o.year));
  const gaps = [...yearsOf.values()].some((own) => own.size < span);
  return chartMarkItems(shown, { chart: 'line', gaps, imported: (o) => isImportedSourceId(o.provenance.sourceId) }, t);
}
