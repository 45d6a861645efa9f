import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import { isCjkCharacter } from '../domain/chinese-runs';
import { wrapText } from '../lib/wrap-text';
import { BASE_TEXT_PX, type ChartDisplay } from './chart-display-transform';

/**
 * Bar charts whose text goes above the bars, for a chart narrow for its text (长者模式, a phone): every
 * line of text is a category row of its own, drawn inside the plot from its left edge, and every bar a
 * row under its text, so bars span the whole width and no label is cut off at the side. The ranked
 * explorer chart and the comparison chart use it; each builds its own rows. Pure.
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

/**
 * Whether a chart `chartWidth` px wide lays its text above the bars: in 长者模式 always (chart text is the
 * body text's size there, and labels beside the bars would need room that grows with it: a 12-character
 * name is 288 px at 24 px, leaving a phone's plot some 40 px), otherwise when fewer than `minEms`
 * characters of chart text fit across, the room its labels beside the bars need.
 */
export function stackedLayoutFor(chartWidth: number, display: Pick<ChartDisplay, 'scale' | 'textPx'>, minEms: number): StackedLayout | undefined {
  if (display.textPx <= BASE_TEXT_PX && chartWidth / display.textPx >= minEms) return undefined;
  // The plot's left margin and the label's distance from the axis: the rest of the width holds text.
  return { lineEms: Math.floor(((chartWidth - 16) / display.textPx) * 10) / 10, textRatio: display.textPx / (BASE_TEXT_PX * display.scale) };
}

/**
 * Width of `text` in ems: a CJK character (domain/chinese-runs.ts, the characters read as Chinese) is one,
 * anything else a little more than half (digits, Latin, ·).
 */
export function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isCjkCharacter(char) ? 1 : char === ' ' ? 0.35 : 0.62;
  return width;
}

/** One row: a line of text (a heading, a bar's label, a gap said in words), a bar, or space. */
export type StackedRow<Datum> = { kind: 'heading' | 'label' | 'missing'; text: string } | { kind: 'bar'; datum: Datum } | { kind: 'space' };

/** `text` as rows of the given kind, wrapped to the layout's width. */
export function textRows<Datum>(kind: 'heading' | 'label' | 'missing', text: string, layout: StackedLayout): Array<StackedRow<Datum>> {
  return wrapText(text, Math.max(4, layout.lineEms), emWidth).map((line) => ({ kind, text: line }));
}

/** A bar with its text above it: name and value on one line when they fit, else each wrapped on its own. */
export function labelledBarRows<Datum>(name: string, value: string, datum: Datum, layout: StackedLayout): Array<StackedRow<Datum>> {
  const oneLine = `${name}  ${value}`;
  const text: Array<StackedRow<Datum>> =
    emWidth(oneLine) <= layout.lineEms ? [{ kind: 'label', text: oneLine }] : [...textRows<Datum>('label', name, layout), ...textRows<Datum>('label', value, layout)];
  return [...text, { kind: 'bar', datum }];
}

/**
 * The value axis's steps under stacked rows, a plot as wide as the chart but with fewer labels: 0, 25, 50,
 * 75, 100 for a rate (steps of 30 put 90 and the axis's 100 on top of each other), about three otherwise.
 */
export function stackedAxisTicks(unit: string): { interval: number } | { splitNumber: number } {
  return unit === '%' ? { interval: 25 } : { splitNumber: 3 };
}

/** Rows, in pixels at 12 px text: a line of text and a little air. */
export const STACKED_ROW = 18;
/** Room for the value axis's labels under the rows, and a margin above, at 12 px text. */
const STACKED_AXIS = 34;

/** The chart's height: its rows and the axis, grown as much as its text (StackedLayout.textRatio). */
export function stackedChartHeight(rowCount: number, layout: StackedLayout): number {
  return Math.ceil((rowCount * STACKED_ROW + STACKED_AXIS) * layout.textRatio);
}

/**
 * The option: the rows as the category axis, its labels inside the plot; the bars as one series (each
 * datum keeps its own colour and marks); `valueAxis` as given, its name kept inside the chart.
 */
export function stackedBarOption<Datum>(rows: ReadonlyArray<StackedRow<Datum>>, valueAxis: Record<string, unknown>, colors: readonly string[]): EChartsCoreOption {
  const category = (row: StackedRow<Datum>) => {
    if (row.kind === 'heading') return { value: row.text, textStyle: { fontWeight: 'bold' } };
    if (row.kind === 'missing') return { value: row.text, textStyle: { color: '#4a4f57' } };
    return row.kind === 'label' ? row.text : '';
  };
  return {
    animation: false,
    color: [...colors],
    grid: { left: 2, right: 8, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map(category),
      axisTick: { show: false },
      axisLabel: { inside: true, interval: 0, hideOverlap: false, margin: 6, color: '#1a1a1a' },
    },
    xAxis: valueAxis,
    series: [
      {
        type: 'bar',
        data: rows.map((row) => (row.kind === 'bar' ? row.datum : null)) as BarSeriesOption['data'],
        barWidth: '72%',
        emphasis: { focus: 'none' },
        cursor: 'pointer',
      },
    ],
  };
}
