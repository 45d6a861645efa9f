import type { ChartMark } from './chart-legend';

/**
 * The small picture of each mark beside its explanation, as plain shapes in
 * a 24 × 14 box: the on-page legend draws them as SVG
 * (chart-marks-legend.tsx) and an exported image as zrender shapes
 * (chart-frame.ts), so both show the same picture of what the chart draws.
 * Pure, and free of ECharts and React.
 */
export const SWATCH_WIDTH = 24;
export const SWATCH_HEIGHT = 14;

export type SwatchShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string; lineWidth?: number; dash?: number[] }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; lineWidth: number; dash?: number[] }
  | { kind: 'polygon'; points: Array<[number, number]>; fill: string; stroke?: string; lineWidth?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; lineWidth: number };

/** The colours a swatch is drawn in: the first series colour, the outline ink, and the paper under hollow marks. */
export interface SwatchColors {
  fill: string;
  ink: string;
  paper: string;
}

/** As the charts draw them in normal contrast (src/lib/chart-marks.ts): the series blue and a near-black outline. */
export const SWATCH_COLORS: SwatchColors = { fill: '#0072B2', ink: '#1a1a1a', paper: '#ffffff' };

/**
 * The diagonal stripes of a part-year swatch, clipped to its box: the same
 * -45° hatching the charts draw (PARTIAL_PERIOD_DECAL), as line segments
 * both renderers draw alike.
 */
export function hatchSegments(box: { x: number; y: number; width: number; height: number }, step = 5): Array<{ x1: number; y1: number; x2: number; y2: number }> {
  const segments: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  const { x, y, width, height } = box;
  // A stripe starting at the bottom edge at x + offset runs up and right; keep the part inside the box.
  for (let offset = -height + step / 2; offset < width; offset += step) {
    const from = Math.max(0, -offset);
    const to = Math.min(height, width - offset);
    if (to <= from) continue;
    segments.push({ x1: x + offset + from, y1: y + height - from, x2: x + offset + to, y2: y + height - to });
  }
  return segments;
}

/**
 * What a mark's swatch is made of, in the 24 × 14 box: a hatched bar end, a
 * bar end with a dashed outline, a dashed line through a hollow point, a
 * diamond, a line that stops and starts again, a triangle. The word
 * "imported" is its own picture (the legend's text quotes it), so it has no
 * shapes.
 */
export function markSwatch(mark: ChartMark, colors: SwatchColors = SWATCH_COLORS): SwatchShape[] {
  const mid = SWATCH_HEIGHT / 2;
  const bar = { x: 1, y: 2, width: SWATCH_WIDTH - 2, height: SWATCH_HEIGHT - 4 };
  switch (mark) {
    case 'partial':
      return [
        { kind: 'rect', ...bar, fill: colors.fill },
        ...hatchSegments(bar).map((s): SwatchShape => ({ kind: 'line', ...s, stroke: 'rgba(255, 255, 255, 0.75)', lineWidth: 1.5 })),
      ];
    case 'approx':
      return [{ kind: 'rect', ...bar, fill: colors.fill, stroke: colors.ink, lineWidth: 2, dash: [4, 3] }];
    case 'partialPoint':
      return [
        { kind: 'line', x1: 0, y1: mid, x2: SWATCH_WIDTH, y2: mid, stroke: colors.fill, lineWidth: 2, dash: [4, 3] },
        { kind: 'circle', cx: SWATCH_WIDTH / 2, cy: mid, r: 4.5, fill: colors.paper, stroke: colors.fill, lineWidth: 2 },
      ];
    case 'approxPoint':
      return [
        {
          kind: 'polygon',
          points: [
            [SWATCH_WIDTH / 2, mid - 6],
            [SWATCH_WIDTH / 2 + 5, mid],
            [SWATCH_WIDTH / 2, mid + 6],
            [SWATCH_WIDTH / 2 - 5, mid],
          ],
          fill: colors.fill,
        },
      ];
    case 'noBar':
      // Where a bar would be, none: an empty outline, dotted.
      return [{ kind: 'rect', ...bar, fill: 'none', stroke: colors.ink, lineWidth: 1, dash: [2, 2] }];
    case 'gap':
      // A line that stops and starts again: nothing is drawn where no figure is reported.
      return [
        { kind: 'line', x1: 0, y1: mid, x2: 8, y2: mid, stroke: colors.fill, lineWidth: 2.5 },
        { kind: 'line', x1: 16, y1: mid, x2: SWATCH_WIDTH, y2: mid, stroke: colors.fill, lineWidth: 2.5 },
      ];
    case 'importedTriangle':
      return [
        {
          kind: 'polygon',
          points: [
            [SWATCH_WIDTH / 2, mid - 6],
            [SWATCH_WIDTH / 2 + 6, mid + 5],
            [SWATCH_WIDTH / 2 - 6, mid + 5],
          ],
          fill: colors.fill,
        },
      ];
    case 'importedWord':
      return [];
  }
}

/** Whether a mark has a picture of its own (the word "imported" does not: its explanation quotes it). */
export const hasSwatch = (mark: ChartMark): boolean => markSwatch(mark).length > 0;
