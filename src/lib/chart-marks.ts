import type { Language } from '../domain/localized-text';
import { isPartialPeriod, type Observation } from '../domain/observation';
import { UNIT_LABELS, type UnitSymbol } from '../domain/unit';

/**
 * The visual conventions every chart shares, so a reader learns them once:
 * Okabe–Ito colours, hatching for part-year values, a dashed outline for
 * approximate values and bounds. Shape and pattern carry the meaning; colour
 * never does alone.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

/** A value axis named by its unit, from zero; a rate's runs to 100 %, so rates are drawn on one scale. */
export function unitValueAxis(unit: UnitSymbol, language: Language) {
  return { type: 'value' as const, name: UNIT_LABELS[unit][language], min: 0, max: unit === '%' ? 100 : undefined };
}

/** Diagonal hatching for a value that covers only part of the year (survives black-and-white printing). */
export const PARTIAL_PERIOD_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(255, 255, 255, 0.75)',
} as const;

/** ECharts itemStyle for a bar: its colour, hatched when part-year, outlined dashed when approximate or a bound. */
export function honestBarStyle(observation: Observation, color: string): Record<string, unknown> {
  const style: Record<string, unknown> = { color };
  if (isPartialPeriod(observation.period)) style.decal = PARTIAL_PERIOD_DECAL;
  if (observation.qualifier !== 'exact') {
    style.borderType = 'dashed';
    style.borderColor = '#1a1a1a';
    style.borderWidth = 2;
  }
  return style;
}

/** A line's point: hollow = part of the year, diamond = approximate or a bound, triangle = from a report imported in this browser. */
export function pointSymbol(observation: Observation, imported: boolean): string {
  const hollow = isPartialPeriod(observation.period);
  if (imported) return hollow ? 'emptyTriangle' : 'triangle';
  if (observation.qualifier !== 'exact') return hollow ? 'emptyDiamond' : 'diamond';
  return hollow ? 'emptyCircle' : 'circle';
}

/**
 * One line's values split into two series along the same axis: segments
 * between two full-year values solid, segments touching a part-year value
 * dashed. A year without a value (null) leaves a gap in both, never a zero.
 * Two series rather than per-segment styles: ECharts styles a line series as
 * a whole.
 */
export function lineSegments(points: ReadonlyArray<Observation | null | undefined>): { solid: Array<number | null>; dashed: Array<number | null> } {
  const solid: Array<number | null> = points.map(() => null);
  const dashed: Array<number | null> = points.map(() => null);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (!a || !b) continue;
    const target = isPartialPeriod(a.period) || isPartialPeriod(b.period) ? dashed : solid;
    target[i] = a.value;
    target[i + 1] = b.value;
  }
  return { solid, dashed };
}
