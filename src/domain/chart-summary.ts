import type { Qualifier } from './observation';

/** One value drawn in a chart, as the chart's reader sees it. */
export interface SummaryItem {
  /** What the value belongs to, e.g. a jurisdiction (the series or category name). */
  name: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  /** Covers only part of the year (e.g. 1–10月, 截至11月8日). */
  partial: boolean;
  /** A second, conflicting figure for the same name and year from the same source. */
  conflict?: boolean;
  imported?: boolean;
}

export interface SummaryPoint {
  name: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  partial: boolean;
}

export interface SummaryTrend {
  name: string;
  from: SummaryPoint;
  to: SummaryPoint;
  direction: 'up' | 'down' | 'flat';
  /** An end point covers part of a year, so the change may not compare like with like. */
  partial: boolean;
}

export interface ChartSummaryFacts {
  count: number;
  names: number;
  years: number[];
  /** Ties share the place; empty when there are no values. */
  highest: SummaryPoint[];
  lowest: SummaryPoint[];
  /** One per name with values in at least two years: first to last year (each year's full-year value where one is stated, else its first). */
  trends: SummaryTrend[];
  caveats: { partial: number; bounds: number; conflicts: number; notReported: number; imported: number };
}

const point = (item: SummaryItem): SummaryPoint => ({
  name: item.name,
  year: item.year,
  value: item.value,
  qualifier: item.qualifier,
  partial: item.partial,
});

/**
 * The facts a text summary of a chart states: how many values, the highest and
 * lowest, each series' trend across years, and the caveats a reader of the
 * picture would see as hatching, dashes or gaps. Pure: the wording is i18n's job.
 */
export function summarizeChart(items: readonly SummaryItem[], notReported = 0): ChartSummaryFacts {
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);
  const names = new Set(items.map((i) => i.name));
  const max = items.length > 0 ? Math.max(...items.map((i) => i.value)) : null;
  const min = items.length > 0 ? Math.min(...items.map((i) => i.value)) : null;
  const byName = new Map<string, Map<number, SummaryItem>>();
  for (const item of items) {
    if (item.conflict) continue;
    // The value that draws the line, as in the chart: the first full-year one, else the first (leadingLevel).
    const perYear = byName.get(item.name) ?? new Map<number, SummaryItem>();
    const held = perYear.get(item.year);
    if (!held || (held.partial && !item.partial)) perYear.set(item.year, item);
    byName.set(item.name, perYear);
  }
  const trends: SummaryTrend[] = [];
  for (const [name, perYear] of byName) {
    if (perYear.size < 2) continue;
    const ordered = [...perYear.values()].sort((a, b) => a.year - b.year);
    const from = ordered[0]!;
    const to = ordered.at(-1)!;
    const direction = to.value > from.value ? 'up' : to.value < from.value ? 'down' : 'flat';
    trends.push({ name, from: point(from), to: point(to), direction, partial: from.partial || to.partial });
  }
  return {
    count: items.length,
    names: names.size,
    years,
    highest: max === null ? [] : items.filter((i) => i.value === max).map(point),
    lowest: min === null || min === max ? [] : items.filter((i) => i.value === min).map(point),
    trends,
    caveats: {
      partial: items.filter((i) => i.partial).length,
      bounds: items.filter((i) => i.qualifier !== 'exact').length,
      conflicts: items.filter((i) => i.conflict).length,
      notReported,
      imported: items.filter((i) => i.imported).length,
    },
  };
}
