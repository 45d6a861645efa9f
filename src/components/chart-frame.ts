import type { ECharts, EChartsCoreOption } from 'echarts/core';
import type { Shapes } from '../lib/echarts';
import type { ChartExportFrame } from './chart-export';
import { seriesLegendOf, type ChartLegendItem, type ChartMark } from './chart-legend';
import { wrapText } from '../lib/wrap-text';
import { CHART_FONT_FAMILY } from './chart-font';
import { hasSwatch, markSwatch, SWATCH_HEIGHT, SWATCH_WIDTH, type SwatchShape } from './chart-mark-swatch';

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
export const LEGEND_SWATCH_WIDTH = SWATCH_WIDTH;
export const LEGEND_TEXT_GAP = 6;
export const LEGEND_ITEM_GAP = 18;
export const LEGEND_ROW_HEIGHT = 22;

/** Width of `text` drawn in `font` (a CSS font shorthand such as "12px sans-serif"). */
export type MeasureText = (text: string, font: string) => number;

/** A legend entry drawn into an image: a series (a coloured line) or, with `mark`, one of the honest marks. */
export interface FrameLegendItem extends ChartLegendItem {
  mark?: ChartMark;
}

/** Room before an entry's text: its swatch and a gap, or none for a mark that is a word ("imported"). */
export function swatchRoom(item: FrameLegendItem): number {
  return item.mark && !hasSwatch(item.mark) ? 0 : LEGEND_SWATCH_WIDTH + LEGEND_TEXT_GAP;
}

export interface LegendPlacement {
  item: FrameLegendItem;
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
  items: FrameLegendItem[],
  measure: (text: string) => number,
  box: { left: number; top: number; maxWidth: number; align: 'left' | 'center' },
): { placements: LegendPlacement[]; rows: number; height: number } {
  const rows: Array<Array<{ item: FrameLegendItem; width: number }>> = [];
  let rowWidth = 0;
  for (const item of items) {
    const width = swatchRoom(item) + measure(item.name);
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
}

/** Everything drawn around a chart: texts, and the swatches of the legend (whose names are texts too). */
export interface FrameDrawing {
  texts: FrameText[];
  legend: LegendPlacement[];
}

function legendTexts(placements: LegendPlacement[], font: string): FrameText[] {
  return placements.map(({ item, x, y }) => ({
    text: item.name,
    x: x + swatchRoom(item),
    y,
    font,
    fill: '#1a1a1a',
    verticalAlign: 'middle' as const,
  }));
}

/** The export's title, legend and source lines in the chart's (and the page's) fonts. */
const EXPORT_FONT = CHART_FONT_FAMILY;
const TITLE_BAND = 72;
/** Between the legend (or the subtitle) and the plot: room for a vertical axis's name above it. */
const PLOT_GAP = 28;
const FOOT_LINE_HEIGHT = 16;
/** ECharts' defaults for an axis name: 12 px text, 15 px from the end of the axis. */
const AXIS_NAME_FONT = `12px ${EXPORT_FONT}`;
const AXIS_NAME_GAP = 15;
type Grid = Record<string, unknown>;

/**
 * The room right of the plot that a horizontal value axis's name needs
 * ("items", "person-times"): ECharts draws it past the end of the axis,
 * outside the bounds the grid keeps for axis labels, so without this room it
 * is cut off at the image's edge.
 */
function axisNameRoom(option: EChartsCoreOption, measure: MeasureText): number {
  const axes = [option.xAxis].flat() as Array<{ type?: string; name?: unknown; nameLocation?: string } | undefined>;
  const widths = axes
    .filter((axis) => axis && axis.type === 'value' && typeof axis.name === 'string' && (axis.nameLocation ?? 'end') === 'end')
    .map((axis) => AXIS_NAME_GAP + measure(axis!.name as string, AXIS_NAME_FONT) + 8);
  return Math.max(0, ...widths);
}

/**
 * An option ready for export (white, no animation, the grid moved out of the
 * way) and what to draw around it: title and subtitle; under them the series
 * legend and the legend of the marks the chart uses (part-year, approximate,
 * gap, imported); under the plot the notes (other scopes, mixed periods) and
 * the source line, wrapped to the image's width, so a copied image explains
 * itself and keeps its provenance. `height`: the image's height, the frame's
 * plus what more legend rows and foot lines need, so they never squeeze the
 * plot. Pure.
 */
export function withExportFrame(
  option: EChartsCoreOption,
  frame: ChartExportFrame,
  measure: MeasureText,
): { option: EChartsCoreOption; drawing: FrameDrawing; height: number } {
  const legendFont = `12px ${EXPORT_FONT}`;
  const footFont = `12px ${EXPORT_FONT}`;
  const maxWidth = frame.width - 32;
  const byLegendFont = (text: string) => measure(text, legendFont);
  const series = layoutLegend(seriesLegendOf(option), byLegendFont, { left: 16, top: TITLE_BAND, maxWidth, align: 'left' });
  const markItems = (frame.marks ?? []).map(({ mark, label }): FrameLegendItem => ({ name: label, color: '#0072B2', mark }));
  const marks = layoutLegend(markItems, byLegendFont, { left: 16, top: TITLE_BAND + series.height, maxWidth, align: 'left' });
  const legendHeight = series.height + marks.height;

  const byFootFont = (text: string) => measure(text, footFont);
  const noteLines = (frame.notes ?? []).flatMap((note) => wrapText(note, maxWidth, byFootFont));
  const sourceLines = wrapText(frame.sourceLine, maxWidth, byFootFont);
  const footLines = [...noteLines, ...sourceLines];
  const footHeight = footLines.length * FOOT_LINE_HEIGHT;
  // The frame's height holds one legend row and one source line; anything more is added to the image.
  const height = frame.height + Math.max(0, legendHeight - LEGEND_ROW_HEIGHT) + Math.max(0, footHeight - FOOT_LINE_HEIGHT);
  const footTop = height - 12 - footHeight;

  const grid = (option.grid ?? {}) as Grid;
  const ownRight = typeof grid.right === 'number' ? grid.right : 0;
  return {
    option: {
      ...option,
      animation: false,
      backgroundColor: '#ffffff',
      grid: {
        ...grid,
        top: TITLE_BAND + Math.max(legendHeight, LEGEND_ROW_HEIGHT) + PLOT_GAP,
        bottom: height - footTop + 12, // the foot lines and a margin above them
        left: 24,
        // The builder's own right margin holds the value labels past the longest bar; keep it.
        right: Math.max(24, ownRight, axisNameRoom(option, measure)),
      },
    },
    drawing: {
      texts: [
        { text: frame.title, x: 16, y: 12, font: `bold 18px ${EXPORT_FONT}`, fill: '#1a1a1a', verticalAlign: 'top' },
        { text: frame.subtitle, x: 16, y: 42, font: `13px ${EXPORT_FONT}`, fill: '#4a4f57', verticalAlign: 'top' },
        ...legendTexts([...series.placements, ...marks.placements], legendFont),
        ...footLines.map((text, i): FrameText => ({
          text,
          x: 16,
          y: footTop + i * FOOT_LINE_HEIGHT,
          font: footFont,
          // Notes in ink, the source line muted: a note changes how the numbers read.
          fill: i < noteLines.length ? '#1a1a1a' : '#4a4f57',
          verticalAlign: 'top',
        })),
      ],
      legend: [...series.placements, ...marks.placements],
    },
    height,
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

/** Adds a swatch's shapes (chart-mark-swatch.ts) with the box's left end at x and its middle at y. */
function paintSwatch(zr: ReturnType<ECharts['getZr']>, g: Shapes, shapes: SwatchShape[], x: number, y: number, z: number): void {
  const top = y - SWATCH_HEIGHT / 2;
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'rect':
        zr.add(
          new g.Rect({
            silent: true,
            z,
            shape: { x: x + shape.x, y: top + shape.y, width: shape.width, height: shape.height },
            style: { fill: shape.fill, stroke: shape.stroke, lineWidth: shape.lineWidth, lineDash: shape.dash },
          }),
        );
        break;
      case 'line':
        zr.add(
          new g.Line({
            silent: true,
            z,
            shape: { x1: x + shape.x1, y1: top + shape.y1, x2: x + shape.x2, y2: top + shape.y2 },
            style: { stroke: shape.stroke, lineWidth: shape.lineWidth, lineDash: shape.dash },
          }),
        );
        break;
      case 'polygon':
        zr.add(new g.Polygon({ silent: true, z, shape: { points: shape.points.map(([px, py]) => [x + px, top + py]) }, style: { fill: shape.fill, stroke: shape.stroke, lineWidth: shape.lineWidth } }));
        break;
      case 'circle':
        zr.add(new g.Circle({ silent: true, z, shape: { cx: x + shape.cx, cy: top + shape.cy, r: shape.r }, style: { fill: shape.fill, stroke: shape.stroke, lineWidth: shape.lineWidth } }));
        break;
    }
  }
}

/** Adds the drawing to a chart's scene, above the series; both renderers then draw it with everything else. */
export function paintFrame(chart: ECharts, g: Shapes, drawing: FrameDrawing): void {
  const zr = chart.getZr();
  const z = 100;
  for (const t of drawing.texts) {
    zr.add(new g.Text({ silent: true, z, style: { text: t.text, x: t.x, y: t.y, font: t.font, fill: t.fill, verticalAlign: t.verticalAlign } }));
  }
  for (const { item, x, y } of drawing.legend) {
    if (item.mark) {
      paintSwatch(zr, g, markSwatch(item.mark), x, y, z);
      continue;
    }
    // A line with a hollow dot, the way the line charts draw a jurisdiction.
    zr.add(new g.Line({ silent: true, z, shape: { x1: x, y1: y, x2: x + LEGEND_SWATCH_WIDTH, y2: y }, style: { stroke: item.color, lineWidth: 2.5 } }));
    zr.add(new g.Circle({ silent: true, z, shape: { cx: x + LEGEND_SWATCH_WIDTH / 2, cy: y, r: 4 }, style: { fill: '#ffffff', stroke: item.color, lineWidth: 2 } }));
  }
}
