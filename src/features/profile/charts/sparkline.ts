import type { YearValues } from '../../../domain/latest-values';
import { isPartialPeriod } from '../../../domain/observation';

export interface SparklineDot {
  cx: number;
  cy: number;
  year: number;
  value: number;
  /** Part-year value: drawn hollow, so the cue is shape, not colour. */
  partial: boolean;
  /** Approximate or a bound: drawn with a dashed ring. */
  approximate: boolean;
}

export interface SparklineGeometry {
  width: number;
  height: number;
  /** SVG path data; the line breaks at a missing year and at a year with conflicting values, never interpolating across. */
  path: string;
  dots: SparklineDot[];
}

export interface SparklineSize {
  width: number;
  height: number;
  padding: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Pure geometry for an inline SVG trend line of one indicator in one
 * jurisdiction. Years are spaced by time, so a missing year shows as a gap.
 * Returns null with fewer than two years of levels: one point is not a trend.
 */
export function buildSparkline(series: YearValues[], size: SparklineSize = { width: 96, height: 28, padding: 4 }): SparklineGeometry | null {
  const years = series.filter((s) => s.levels.length > 0);
  if (years.length < 2) return null;
  const values = years.flatMap((s) => s.levels.map((o) => o.value));
  const minYear = years[0]!.year;
  const maxYear = years.at(-1)!.year;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const { width, height, padding } = size;
  const x = (year: number) => round(padding + ((year - minYear) / (maxYear - minYear)) * (width - 2 * padding));
  const y = (value: number) => round(max === min ? height / 2 : height - padding - ((value - min) / (max - min)) * (height - 2 * padding));

  const dots: SparklineDot[] = years.flatMap((s) =>
    s.levels.map((o) => ({
      cx: x(s.year),
      cy: y(o.value),
      year: s.year,
      value: o.value,
      partial: isPartialPeriod(o.period),
      approximate: o.qualifier !== 'exact',
    })),
  );

  let path = '';
  let previous: { year: number } | null = null;
  for (const s of years) {
    const single = new Set(s.levels.map((o) => o.value)).size === 1;
    if (!single) {
      previous = null;
      continue;
    }
    const point = `${x(s.year)},${y(s.levels[0]!.value)}`;
    path += previous && s.year === previous.year + 1 ? ` L${point}` : `${path ? ' ' : ''}M${point}`;
    previous = { year: s.year };
  }
  return { width, height, path, dots };
}
