import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from '../../../lib/i18n';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import type { UnitSymbol } from '../../../domain/unit';
import { isImportedSourceId } from '../../../domain/imported-report';
import { honestBarStyle, SERIES_COLORS, unitValueAxis } from '../../../lib/chart-marks';
import type { ChartDisplay } from '../../../components/chart-display-transform';
import { labelledBarRows, stackedAxisTicks, stackedBarOption, stackedChartHeight, stackedLayoutFor, textRows, type StackedLayout, type StackedRow } from '../../../components/stacked-bars';
import { formatNumber, formatPeriodShort, QUALIFIER_SIGNS } from '../../../lib/format';
import type { CompareRow } from '../compare-rows';

/** The first four shared series colours: compare shows two to four jurisdictions. */
export const JURISDICTION_COLORS = SERIES_COLORS.slice(0, 4);

export interface CompareBarDatum {
  value: number;
  observationId: string;
  /** Who the bar is (a jurisdiction, or its second figure): the tooltip's name where the category is not. */
  name?: string;
  itemStyle: Record<string, unknown>;
  /** Beside the bar; in the stacked layout the text is on the rows above it instead. */
  label: { show: boolean; formatter?: string };
}

export interface CompareBarOptionInput {
  /** Rows sharing one unit (see groupByUnit). */
  rows: CompareRow[];
  unit: UnitSymbol;
  language: Language;
  t: TFunction;
  /** Text on rows above the bars instead of beside them (StackedLayout, compareLayout): narrow charts and 长者模式. */
  stacked?: StackedLayout;
}

/** Pixels per bar and per indicator group: the page sizes the chart with this. */
export const BAR_SLOT = 42;
export const GROUP_GAP = 18;

export function compareChartHeight(rows: CompareRow[]): number {
  const bars = rows.reduce((n, row) => n + Math.max(1, row.cells.reduce((m, c) => m + Math.max(1, c.latest?.levels.length ?? 0), 0)), 0);
  return 56 + bars * BAR_SLOT + rows.length * GROUP_GAP;
}

function valueText(observation: Observation, unit: UnitSymbol, language: Language, importedMark: string): string {
  // Other units are on the axis; a percentage reads wrong without its sign.
  const number = `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}${unit === '%' ? '%' : ''}`;
  const period = formatPeriodShort(observation.period, language);
  // A value from a report imported in this browser says so, as in every chart.
  const imported = isImportedSourceId(observation.provenance.sourceId) ? ` · ${importedMark}` : '';
  return `${number} · ${observation.year}${period ? ` ${period}` : ''}${imported}`;
}

function datum(observation: Observation, unit: UnitSymbol, seriesLabel: string, color: string, language: Language, importedMark: string): CompareBarDatum {
  const itemStyle = honestBarStyle(observation, color);
  // The label names the jurisdiction, so which bar is whose never depends on colour.
  return { value: observation.value, observationId: observation.id, itemStyle, label: { show: true, formatter: `${seriesLabel}\n${valueText(observation, unit, language, importedMark)}` } };
}

/** The value axis, from zero (to 100 for a rate), named with its unit at its end; `ticks` sets its steps. */
function valueAxis(unit: UnitSymbol, language: Language, ticks: { splitNumber: number } | { interval: number }) {
  return { ...unitValueAxis(unit, language), nameLocation: 'end' as const, ...ticks };
}

/** The label of a jurisdiction's k-th figure: its name, or which other figure or scope it is. */
function levelLabel(latest: NonNullable<CompareRow['cells'][number]['latest']>, k: number, name: string, language: Language, t: TFunction): string {
  if (k === 0) return name;
  const observation = latest.levels[k]!;
  return latest.conflict ? t('compare.chart.otherFigure', { jurisdiction: name }) : t('compare.chart.otherScope', { jurisdiction: name, scope: observation.scope.label[language] });
}

/**
 * A horizontal grouped bar chart: one group per indicator, one bar per
 * jurisdiction, every bar labelled with its jurisdiction, value, year and
 * period. Part-year values are hatched, approximate values and bounds dashed;
 * a jurisdiction that does not report is a gap, never a zero bar. A second,
 * conflicting value (or a value for another scope) gets its own bar. Relative
 * values (growth rates) are not drawn.
 */
export function buildCompareBarOption(input: CompareBarOptionInput): EChartsCoreOption {
  if (input.stacked) {
    const axis = valueAxis(input.unit, input.language, stackedAxisTicks(input.unit));
    return stackedBarOption(stackedRows(input, input.stacked), axis, JURISDICTION_COLORS);
  }
  const { rows, unit, language, t } = input;
  const jurisdictions = rows[0]?.cells.map((c) => c.jurisdiction) ?? [];
  const series: BarSeriesOption[] = [];
  jurisdictions.forEach((jurisdiction, j) => {
    const color = JURISDICTION_COLORS[j % JURISDICTION_COLORS.length]!;
    const depth = Math.max(1, ...rows.map((row) => row.cells[j]?.latest?.levels.length ?? 0));
    for (let k = 0; k < depth; k++) {
      const name = jurisdiction.name[language];
      let seriesName = name;
      const data = rows.map((row) => {
        const latest = row.cells[j]?.latest;
        const observation = latest?.levels[k];
        if (!latest || !observation) return null;
        const label = levelLabel(latest, k, name, language, t);
        if (k > 0) seriesName = label;
        return datum(observation, unit, label, color, language, t('chart.importedMark'));
      });
      if (k > 0 && data.every((d) => d === null)) continue;
      series.push({
        type: 'bar',
        name: seriesName,
        data: data as BarSeriesOption['data'],
        barMaxWidth: 20,
        barGap: '40%',
        barCategoryGap: '24%',
        label: { show: true, position: 'right', fontSize: 12, lineHeight: 14, color: '#1a1a1a' },
        emphasis: { focus: 'none' },
      });
    }
  });

  return {
    animation: false,
    color: JURISDICTION_COLORS,
    grid: { left: 8, right: 190, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.indicator.name[language]),
      axisLabel: { interval: 0, width: 170, overflow: 'break', lineHeight: 16 },
    },
    xAxis: valueAxis(unit, language, { splitNumber: 4 }),
    series,
  };
}

/**
 * Below this many characters of chart text across, labels beside the bars (170 px of indicator names,
 * 190 px of values) leave the bars too little room: 44 ems is 528 px at 12 px text, so a phone stacks.
 */
const MIN_SIDE_BY_SIDE_EMS = 44;

/** Whether the comparison lays its text above the bars at this width and text size (stackedLayoutFor). */
export function compareLayout(chartWidth: number, display: Pick<ChartDisplay, 'scale' | 'textPx'>): StackedLayout | undefined {
  return stackedLayoutFor(chartWidth, display, MIN_SIDE_BY_SIDE_EMS);
}

/**
 * The stacked layout's rows, top to bottom: per indicator its name, then per jurisdiction the label
 * (name, value, year, period; on one line when it fits) and the bar under it, or a line saying it does
 * not report or gives only a relative value (no bar: a gap, never zero). Pure.
 */
export function stackedRows(input: CompareBarOptionInput, layout: StackedLayout): Array<StackedRow<CompareBarDatum>> {
  const { rows, unit, language, t } = input;
  const importedMark = t('chart.importedMark');
  const out: Array<StackedRow<CompareBarDatum>> = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push({ kind: 'space' });
    out.push(...textRows<CompareBarDatum>('heading', row.indicator.name[language], layout));
    row.cells.forEach((cell, j) => {
      const name = cell.jurisdiction.name[language];
      const latest = cell.latest;
      if (!latest || latest.levels.length === 0) {
        const text = latest ? t('compare.chart.rowRelativeOnly', { jurisdiction: name }) : t('compare.chart.rowNotReported', { jurisdiction: name });
        out.push(...textRows<CompareBarDatum>('missing', text, layout));
        return;
      }
      const color = JURISDICTION_COLORS[j % JURISDICTION_COLORS.length]!;
      latest.levels.forEach((observation, k) => {
        const label = levelLabel(latest, k, name, language, t);
        const bar = datum(observation, unit, label, color, language, importedMark);
        out.push(...labelledBarRows(label, valueText(observation, unit, language, importedMark), { ...bar, name: label, label: { show: false } }, layout));
      });
    });
  });
  return out;
}

/** The option and its height in one: the stacked layout's height depends on how its text wraps. */
export function buildCompareChart(input: CompareBarOptionInput): { option: EChartsCoreOption; height: number } {
  const option = buildCompareBarOption(input);
  if (!input.stacked) return { option, height: compareChartHeight(input.rows) };
  return { option, height: stackedChartHeight((option.yAxis as { data: unknown[] }).data.length, input.stacked) };
}
