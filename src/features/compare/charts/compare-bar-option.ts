import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from '../../../lib/i18n';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { UNIT_LABELS, type UnitSymbol } from '../../../domain/unit';
import { isImportedSourceId } from '../../../domain/imported-report';
import { honestBarStyle, SERIES_COLORS } from '../../../lib/chart-marks';
import { BASE_TEXT_PX } from '../../../components/chart-display-transform';
import { formatNumber, formatPeriodShort, QUALIFIER_SIGNS } from '../../../lib/format';
import { wrapText } from '../../../lib/wrap-text';
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

/**
 * The stacked layout, for a chart narrow for its text (长者模式 on a phone): every line of text is a row of
 * its own above its bar, so bars span the whole width and no label is cut off at the side.
 */
export interface StackedLayout {
  /** How much text a row holds: the plot's width in ems of the chart text. */
  lineEms: number;
  /**
   * How much more the text grows than the chart (chart text size ÷ 12 px, over the display's scale,
   * chart-display-transform.ts): rows are one line of text high, so the height follows the text.
   */
  textRatio: number;
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
  return { type: 'value' as const, name: UNIT_LABELS[unit][language], nameLocation: 'end' as const, min: 0, max: unit === '%' ? 100 : undefined, ...ticks };
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
  if (input.stacked) return stackedOption(input, input.stacked);
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

/**
 * How the chart lays its text out at this width and text size: beside the bars (the default), or on rows
 * above them (StackedLayout). In 长者模式 chart text is the body text's size (chart-display-transform.ts);
 * labels beside the bars would need room that grows with it (a 12-character indicator name is 288 px at
 * 24 px, 480 px at 40 px), leaving a phone's plot some 40 px wide and cutting labels off, so there the text
 * goes above the bars, at any width. So it does on a phone, or any chart too narrow for labels beside the bars.
 */
export function compareLayout(chartWidth: number, display: { scale: number; textPx: number }): StackedLayout | undefined {
  const ems = chartWidth / display.textPx;
  if (display.textPx <= BASE_TEXT_PX && ems >= MIN_SIDE_BY_SIDE_EMS) return undefined;
  // The plot's left margin and the label's distance from the axis: the rest of the width holds text.
  return { lineEms: Math.floor(((chartWidth - 16) / display.textPx) * 10) / 10, textRatio: display.textPx / (BASE_TEXT_PX * display.scale) };
}

/** Width of `text` in ems: a CJK character is one, anything else a little more than half (digits, Latin, ·). */
export function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(char) ? 1 : char === ' ' ? 0.35 : 0.62;
  return width;
}

/** One row of the stacked layout: a line of text (a heading, a bar's label, a gap said in words), a bar, or space. */
export type StackedRow =
  | { kind: 'heading' | 'label' | 'missing'; text: string }
  | { kind: 'bar'; datum: CompareBarDatum }
  | { kind: 'space' };

/**
 * The stacked layout's rows, top to bottom: per indicator its name, then per jurisdiction the label
 * (name, value, year, period; on one line when it fits) and the bar under it, or a line saying it does
 * not report or gives only a relative value (no bar: a gap, never zero). Text is wrapped to `lineEms`,
 * a row per line. Pure.
 */
export function stackedRows(input: CompareBarOptionInput, layout: StackedLayout): StackedRow[] {
  const { rows, unit, language, t } = input;
  const wrap = (text: string) => wrapText(text, Math.max(4, layout.lineEms), emWidth);
  const importedMark = t('chart.importedMark');
  const out: StackedRow[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push({ kind: 'space' });
    for (const text of wrap(row.indicator.name[language])) out.push({ kind: 'heading', text });
    row.cells.forEach((cell, j) => {
      const name = cell.jurisdiction.name[language];
      const latest = cell.latest;
      if (!latest || latest.levels.length === 0) {
        const text = latest ? t('compare.chart.rowRelativeOnly', { jurisdiction: name }) : t('compare.chart.rowNotReported', { jurisdiction: name });
        for (const line of wrap(text)) out.push({ kind: 'missing', text: line });
        return;
      }
      const color = JURISDICTION_COLORS[j % JURISDICTION_COLORS.length]!;
      latest.levels.forEach((observation, k) => {
        const label = levelLabel(latest, k, name, language, t);
        const value = valueText(observation, unit, language, importedMark);
        const oneLine = `${label}  ${value}`;
        const lines = emWidth(oneLine) <= layout.lineEms ? [oneLine] : [...wrap(label), ...wrap(value)];
        for (const text of lines) out.push({ kind: 'label', text });
        const bar = datum(observation, unit, label, color, language, importedMark);
        out.push({ kind: 'bar', datum: { ...bar, name: label, label: { show: false } } });
      });
    });
  });
  return out;
}

/** Rows of the stacked layout, in pixels at 12 px text: a line of text and a little air. */
export const STACKED_ROW = 18;
/** Room for the value axis's labels under the rows, and a margin above, at 12 px text. */
const STACKED_AXIS = 34;

/** The stacked chart's height: its rows and the axis, grown as much as its text (StackedLayout.textRatio). */
export function stackedChartHeight(rowCount: number, layout: StackedLayout): number {
  return Math.ceil((rowCount * STACKED_ROW + STACKED_AXIS) * layout.textRatio);
}

/**
 * The chart for a width that cannot hold labels beside the bars: one category row per line of text and
 * per bar, so rows are as high as a line of text at any text size. The text is the category axis's labels,
 * drawn inside the plot from its left edge; bars are one series, coloured as in the side-by-side layout
 * and with the same marks. The value axis's name sits at its end, kept inside the chart.
 */
function stackedOption(input: CompareBarOptionInput, layout: StackedLayout): EChartsCoreOption {
  const rows = stackedRows(input, layout);
  const { unit, language } = input;
  const category = (row: StackedRow) => {
    if (row.kind === 'heading') return { value: row.text, textStyle: { fontWeight: 'bold' } };
    if (row.kind === 'missing') return { value: row.text, textStyle: { color: '#4a4f57' } };
    return row.kind === 'label' ? row.text : '';
  };
  return {
    animation: false,
    color: JURISDICTION_COLORS,
    grid: { left: 2, right: 8, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map(category),
      axisTick: { show: false },
      axisLabel: { inside: true, interval: 0, hideOverlap: false, margin: 6, color: '#1a1a1a' },
    },
    // 0, 25, 50, 75, 100 for a rate: 30-steps put 90 and the axis's 100 on top of each other.
    xAxis: valueAxis(unit, language, unit === '%' ? { interval: 25 } : { splitNumber: 3 }),
    series: [
      {
        type: 'bar',
        data: rows.map((row) => (row.kind === 'bar' ? row.datum : null)) as BarSeriesOption['data'],
        barWidth: '72%',
        emphasis: { focus: 'none' },
      },
    ],
  };
}

/** The option and its height in one: the stacked layout's height depends on how its text wraps. */
export function buildCompareChart(input: CompareBarOptionInput): { option: EChartsCoreOption; height: number } {
  const option = buildCompareBarOption(input);
  if (!input.stacked) return { option, height: compareChartHeight(input.rows) };
  return { option, height: stackedChartHeight((option.yAxis as { data: unknown[] }).data.length, input.stacked) };
}
