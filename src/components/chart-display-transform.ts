import type { EChartsCoreOption } from 'echarts/core';
import { rootFontPx, TEXT_SIZES_PT, type DisplaySettings } from '../lib/display-settings';

export interface ChartDisplay {
  /** Line, symbol and height scale: 1 normally, larger in 长者模式 (at most 2). */
  scale: number;
  /** Chart text size in CSS px: ECharts' own 12 normally; in 长者模式 the body text size (chartTextPx). */
  textPx: number;
  highContrast: boolean;
}

/** ECharts' default text size, and the size every option builder writes its text at. */
export const BASE_TEXT_PX = 12;

export const NORMAL_CHART_DISPLAY: ChartDisplay = { scale: 1, textPx: BASE_TEXT_PX, highContrast: false };

/** Characters of chart text the viewport must hold across (≈ 13 in a phone's chart, past the page margins). */
const CHARS_ACROSS = 16;

/**
 * Chart text in 长者模式: the body text size. Reading a chart is reading, so its labels are not smaller
 * than the sentences beside them (they had been 12 px × the page's scale, at most 2: 18 px beside 24 px
 * body text at 18 pt, 24 px beside 40 px at 30 pt). Less only where a screen is too narrow for a label at
 * that size: at 27 and 30 pt a phone would fit 6 or 7 characters across its chart, so chart text stops at
 * 1/16 of the viewport's width, but never below the smallest 长者模式 body text (24 px), which a phone
 * holds. `viewportWidth`: the window's width in CSS px (unknown: no limit).
 */
export function chartTextPx(settings: DisplaySettings, viewportWidth = Infinity): number {
  if (!settings.elder) return BASE_TEXT_PX;
  const smallest = rootFontPx({ ...settings, size: TEXT_SIZES_PT[0] });
  return Math.min(rootFontPx(settings), Math.max(smallest, Math.floor(viewportWidth / CHARS_ACROSS)));
}

/**
 * Lines and symbols grow with the page text, but at most twice, so a phone still fits its plot; text follows
 * chartTextPx, here with no window to fit (useChartDisplay gives the window's).
 */
export function chartDisplayFor(settings: DisplaySettings): ChartDisplay {
  return {
    scale: settings.elder ? Math.min(2, rootFontPx(settings) / 16) : 1,
    textPx: chartTextPx(settings),
    highContrast: settings.highContrast,
  };
}

/** Series colours for the high-contrast theme: each at least 7:1 against white (see the unit test). */
export const HIGH_CONTRAST_SERIES = ['#00306B', '#7A2E00', '#00573D', '#000000', '#5E1F72', '#6B4700', '#003F5C', '#4D4D4D'];
export const HIGH_CONTRAST_INK = '#000000';
const HIGH_CONTRAST_GRID = '#595959';

/** ECharts' default line width, used where an option leaves it unset. */
const DEFAULT_LINE_WIDTH = 2;

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): Obj[] => (Array.isArray(value) ? value.filter(isObj) : isObj(value) ? [value] : []);

const SCALED_NUMBERS = new Set(['symbolSize', 'barMaxWidth', 'itemWidth', 'itemHeight']);
const SCALED_GRID = new Set(['top', 'right', 'bottom', 'left']);

/** A text size as drawn: the builder's size grown to the display's text size, and never below it in 长者模式. */
function textSizer(textPx: number): (size: number) => number {
  if (textPx === BASE_TEXT_PX) return (size) => size;
  return (size) => Math.max(textPx, Math.round((size * textPx) / BASE_TEXT_PX));
}

interface Scaling {
  scale: number;
  font: (size: number) => number;
  recolor: (color: string) => string;
}

function scaleTree(value: unknown, scaling: Scaling, key: string | null): unknown {
  const { scale, font, recolor } = scaling;
  if (Array.isArray(value)) {
    if (key === 'symbolSize') return value.map((v) => (typeof v === 'number' ? v * scale : v));
    return value.map((v) => scaleTree(v, scaling, null));
  }
  if (isObj(value)) {
    const out: Obj = {};
    // A line height stays in proportion to the text it spaces (the builder's own size, or ECharts' 12).
    const ownSize = typeof value.fontSize === 'number' ? value.fontSize : BASE_TEXT_PX;
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'number' && k === 'fontSize') out[k] = font(v);
      else if (typeof v === 'number' && k === 'lineHeight') out[k] = Math.round((v * font(ownSize)) / ownSize);
      else if (typeof v === 'number' && SCALED_NUMBERS.has(k)) out[k] = Math.round(v * scale * 10) / 10;
      else if (typeof v === 'number' && (k === 'width' || k === 'borderWidth') && v > 0) out[k] = Math.round(v * scale * 10) / 10;
      else if (typeof v === 'string' && (k === 'color' || k === 'borderColor')) out[k] = recolor(v);
      else out[k] = scaleTree(v, scaling, k);
    }
    return out;
  }
  return value;
}

function withDefaults(target: Obj, key: string, defaults: Obj): void {
  const current = isObj(target[key]) ? (target[key] as Obj) : {};
  target[key] = { ...defaults, ...current };
}

/**
 * The option as 长者模式 and the high-contrast theme need it, so no option
 * builder has to know: every text at the display's text size (chartTextPx:
 * the body text's in 长者模式), every line width, symbol and grid margin
 * scaled, defaults filled in where the builder relied on ECharts' own, and in
 * high contrast the series palette swapped for dark colours and all text black.
 * Pure; returns the same object when nothing changes.
 */
export function transformChartOption(option: EChartsCoreOption, display: ChartDisplay): EChartsCoreOption {
  const { scale, textPx, highContrast } = display;
  if (scale === 1 && textPx === BASE_TEXT_PX && !highContrast) return option;
  const palette = Array.isArray(option.color) ? (option.color as unknown[]).filter((c): c is string => typeof c === 'string') : [];
  const paletteIndex = new Map(palette.map((c, i) => [c.toLowerCase(), i]));
  const recolor = (color: string) => {
    if (!highContrast) return color;
    const index = paletteIndex.get(color.toLowerCase());
    return index === undefined ? color : HIGH_CONTRAST_SERIES[index % HIGH_CONTRAST_SERIES.length]!;
  };
  const sized = textSizer(textPx);
  const out = scaleTree(option, { scale, font: sized, recolor }, null) as Obj;
  const font = (size = BASE_TEXT_PX) => sized(size);
  const ink = highContrast ? { color: HIGH_CONTRAST_INK } : {};

  if (highContrast) out.color = palette.map((_, i) => HIGH_CONTRAST_SERIES[i % HIGH_CONTRAST_SERIES.length]);
  withDefaults(out, 'textStyle', { fontSize: font(), ...ink });

  const components = (key: string) => asList(out[key]);
  // No legend, title or tooltip here: the chart component draws them in HTML, which follows the page's text
  // size and theme (chart-legend.ts, chart-tooltip.ts); a series legend's colours are recoloured above.
  // Room above and below for the bigger axis names; the sides grow less, so a phone keeps its plot area.
  for (const grid of components('grid')) {
    for (const side of SCALED_GRID) {
      if (typeof grid[side] !== 'number') continue;
      const factor = side === 'top' || side === 'bottom' ? scale : Math.sqrt(scale);
      grid[side] = Math.round((grid[side] as number) * factor);
    }
  }
  for (const axisKey of ['xAxis', 'yAxis']) {
    for (const axis of components(axisKey)) {
      // Bigger labels on a narrow chart would collide: ECharts drops the ones that overlap.
      withDefaults(axis, 'axisLabel', { fontSize: font(), hideOverlap: true });
      withDefaults(axis, 'nameTextStyle', { fontSize: font() });
      if (highContrast) {
        axis.axisLabel = { ...(axis.axisLabel as Obj), ...ink };
        axis.nameTextStyle = { ...(axis.nameTextStyle as Obj), ...ink };
        const axisLine = isObj(axis.axisLine) ? axis.axisLine : {};
        axis.axisLine = { ...axisLine, lineStyle: { ...(isObj(axisLine.lineStyle) ? axisLine.lineStyle : {}), color: HIGH_CONTRAST_INK, width: Math.max(1, scale) } };
        const splitLine = isObj(axis.splitLine) ? axis.splitLine : {};
        axis.splitLine = { ...splitLine, lineStyle: { ...(isObj(splitLine.lineStyle) ? splitLine.lineStyle : {}), color: HIGH_CONTRAST_GRID } };
      }
    }
  }
  for (const series of components('series')) {
    if (isObj(series.label)) {
      withDefaults(series, 'label', { fontSize: font() });
      if (highContrast) series.label = { ...(series.label as Obj), ...ink };
    }
    if (series.type === 'line') {
      const lineStyle = isObj(series.lineStyle) ? series.lineStyle : {};
      if (lineStyle.width === undefined) series.lineStyle = { ...lineStyle, width: DEFAULT_LINE_WIDTH * scale };
      if (series.symbolSize === undefined) series.symbolSize = Math.round(4 * scale);
    }
  }
  return out as EChartsCoreOption;
}

/** Charts need more room when their text grows. */
export function scaledChartHeight(height: number, display: ChartDisplay): number {
  return Math.round(height * display.scale);
}
