import type { ECharts, EChartsCoreOption } from 'echarts/core';
import type { Shapes } from '../lib/echarts';
import type { ChartExportFrame } from './chart-export';
import { seriesLegendOf, type ChartLegendItem } from './chart-legend';

/**
 * What the app draws into a chart image itself, next to what ECharts draws:
 * the title, subtitle and source line of an export, and the series legend of
 * an export or a static (printed) chart. ECharts' title, legend and graphic
 * components are not registered (docs/scale.md, "Bundle budget"); plain
 * zrender text and lines do the same job, and both renderers (canvas for
 * PNG, SVG for SVG and print) draw them like any other shape. Layout is pure
 * (text widths come from a `measure` function), painting is one small step.
 */

/** Sizes of a legend drawn into an image, in pixels. */
export const LEGEND_SWATCH_WIDTH = 24;
export const LEGEND_TEXT_GAP = 6;
export const LEGEND_ITEM_GAP = 18;
export const LEGEND_ROW_HEIGHT = 22;

/** Width of `text` drawn in `font` (a CSS font shorthand such as "12px sans-serif"). */
export type MeasureText = (text: string, font: string) => number;

export interface LegendPlacement {
  item: ChartLegendItem;
  /** Left end of the swatch. */
  x: number;
  /** Middle of the row. */
  y: number;
}

/**
 * Lays a legend out in rows no wider than `maxWidth` (left-aligned or
 * centred), wrapping between entries, never inside one.
 */
export function layoutLegend(
  items: ChartLegendItem[],
  measure: (text: string) => number,
  box: { left: number; top: number; maxWidth: number; align: 'left' | 'center' },
): { placements: LegendPlacement[]; rows: number; height: number } {
  const rows: Array<Array<{ item: ChartLegendItem; width: number }>> = [];
  let rowWidth = 0;
  for (const item of items) {
    const width = LEGEND_SWATCH_WIDTH + LEGEND_TEXT_GAP + measure(item.name);
    const row = rows.at(-1);
    if (row && rowWidth + LEGEND_ITEM_GAP + width <= box.maxWidth) {
      row.push({ item, width });
      rowWidth += LEGEND_ITEM_GAP + width;
    } else {
      rows.push([{ item, width }]);
      rowWidth = width;
    }
  }
  const placements: LegendPlacement[] = [];
  rows.forEach((row, r) => {
    const total = row.reduce((n, e) => n + e.width, 0) + LEGEND_ITEM_GAP * (row.length - 1);
    let x = box.left + (box.align === 'center' ? Math.max(0, (box.maxWidth - total) / 2) : 0);
    const y = box.top + r * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    for (const entry of row) {
      placements.push({ item: entry.item, x, y });
      x += entry.width + LEGEND_ITEM_GAP;
    }
  });
  return { placements, rows: rows.length, height: rows.length * LEGEND_ROW_HEIGHT };
}

export interface FrameText {
  text: string;
  x: number;
  y: number;
  font: string;
  fill: string;
  verticalAlign: 'top' | 'middle' | 'bottom';
  /** Wrap at this width (CJK text breaks between any two characters). */
  width?: number;
  lineHeight?: number;
}

/** Everything drawn around a chart: texts, and the swatches of the legend (whose names are texts too). */
export interface FrameDrawing {
  texts: FrameText[];
  legend: LegendPlacement[];
}

function legendTexts(placements: LegendPlacement[], font: string): FrameText[] {
  return placements.map(({ item, x, y }) => ({
    text: item.name,
    x: x + LEGEND_SWATCH_WIDTH + LEGEND_TEXT_GAP,
    y,
    font,
    fill: '#1a1a1a',
    verticalAlign: 'middle' as const,
  }));
}

const EXPORT_FONT = 'sans-serif';
const TITLE_BAND = 72;
const SOURCE_LINE_HEIGHT = 16;
type Grid = Record<string, unknown>;

/**
 * An option ready for export (white, no animation, the grid moved out of the
 * way) and what to draw around it: title, subtitle, the series legend under
 * them, and the source line at the bottom, wrapped to the image's width so a
 * copied image keeps its provenance. Pure.
 */
export function withExportFrame(option: EChartsCoreOption, frame: ChartExportFrame, measure: MeasureText): { option: EChartsCoreOption; drawing: FrameDrawing } {
  const legendFont = `12px ${EXPORT_FONT}`;
  const sourceFont = `12px ${EXPORT_FONT}`;
  const maxWidth = frame.width - 32;
  const legend = layoutLegend(seriesLegendOf(option), (text) => measure(text, legendFont), { left: 16, top: TITLE_BAND, maxWidth, align: 'left' });
  const sourceLines = Math.max(1, Math.ceil(measure(frame.sourceLine, sourceFont) / maxWidth));
  const sourceBand = 12 + sourceLines * SOURCE_LINE_HEIGHT + 16;
  const grid = (option.grid ?? {}) as Grid;
  const extraLegendRows = Math.max(0, legend.rows - 1);
  return {
    option: {
      ...option,
      animation: false,
      backgroundColor: '#ffffff',
      grid: { ...grid, top: TITLE_BAND + 48 + extraLegendRows * LEGEND_ROW_HEIGHT, bottom: sourceBand + 8, left: 24, right: 24 },
    },
    drawing: {
      texts: [
        { text: frame.title, x: 16, y: 12, font: `bold 18px ${EXPORT_FONT}`, fill: '#1a1a1a', verticalAlign: 'top' },
        { text: frame.subtitle, x: 16, y: 42, font: `13px ${EXPORT_FONT}`, fill: '#4a4f57', verticalAlign: 'top' },
        ...legendTexts(legend.placements, legendFont),
        { text: frame.sourceLine, x: 16, y: frame.height - 12, font: sourceFont, fill: '#4a4f57', verticalAlign: 'bottom', width: maxWidth, lineHeight: SOURCE_LINE_HEIGHT },
      ],
      legend: legend.placements,
    },
  };
}

/**
 * A static chart's series legend, centred above the plot where ECharts'
 * legend used to be; rows beyond the first push the plot down. The same
 * option (and nothing to draw) without a legend. Pure.
 */
export function withStaticLegend(
  option: EChartsCoreOption,
  width: number,
  measure: MeasureText,
  fontFamily: string,
): { option: EChartsCoreOption; drawing: FrameDrawing } {
  const items = seriesLegendOf(option);
  if (items.length === 0) return { option, drawing: { texts: [], legend: [] } };
  const font = `12px ${fontFamily}`;
  const legend = layoutLegend(items, (text) => measure(text, font), { left: 8, top: 2, maxWidth: width - 16, align: 'center' });
  const grid = (option.grid ?? {}) as Grid;
  const top = typeof grid.top === 'number' ? grid.top : 60;
  return {
    option: legend.rows > 1 ? { ...option, grid: { ...grid, top: top + (legend.rows - 1) * LEGEND_ROW_HEIGHT } } : option,
    drawing: { texts: legendTexts(legend.placements, font), legend: legend.placements },
  };
}

/** Widths as zrender will draw them (canvas metrics in a browser, an estimate where there is no canvas). */
export function textMeasure(g: Shapes): MeasureText {
  return (text, font) => new g.Text({ style: { text, font } }).getBoundingRect().width;
}

/** Adds the drawing to a chart's scene, above the series; both renderers then draw it with everything else. */
export function paintFrame(chart: ECharts, g: Shapes, drawing: FrameDrawing): void {
  const zr = chart.getZr();
  const z = 100;
  for (const t of drawing.texts) {
    zr.add(
      new g.Text({
        silent: true,
        z,
        style: { text: t.text, x: t.x, y: t.y, font: t.font, fill: t.fill, verticalAlign: t.verticalAlign, width: t.width, overflow: t.width ? 'break' : undefined, lineHeight: t.lineHeight },
      }),
    );
  }
  // A line with a hollow dot, the way the line charts draw a jurisdiction.
  for (const { item, x, y } of drawing.legend) {
    zr.add(new g.Line({ silent: true, z, shape: { x1: x, y1: y, x2: x + LEGEND_SWATCH_WIDTH, y2: y }, style: { stroke: item.color, lineWidth: 2.5 } }));
    zr.add(new g.Circle({ silent: true, z, shape: { cx: x + LEGEND_SWATCH_WIDTH / 2, cy: y, r: 4 }, style: { fill: '#ffffff', stroke: item.color, lineWidth: 2 } }));
  }
}
