import type { DataIndex } from '../../../domain/data-files';
import type { Direction } from '../../../domain/indicator';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Observation } from '../../../domain/observation';
import type { IndicatorObservations } from '../../../lib/data/with-imported';
import type { ExplorerState } from '../url-state';
import { buildEntries, cutoffRank, filterRows, rankValues, type ExplorerEntry } from './explorer-rows';
import { observationsOfYears, type ViewScope } from './indicator-data';

/** What a ranked chart of one year draws from, and what its notes say about the rest of the year. */
export interface BarYear {
  /**
   * Entries the chart may draw, unsorted (selectBarEntries orders them): every entry of the year, or
   * at scale only those ranked at or above the cutoff of the top `top` and the highlighted ones.
   */
  entries: ExplorerEntry[];
  /** The year's entries in all, and how many of them are ranked (a second, conflicting value is not). */
  counts: { total: number; ranked: number };
  /** A jurisdiction's rank that year, or null when it has no value. */
  rankOf: (code: string) => number | null;
  /** Jurisdictions a document covers that year without a value for the indicator: "not reported". */
  notReported: number;
  /** The observations built for `entries`, the year before's included (for the change). */
  observations: Observation[];
}

type Filters = Pick<ExplorerState, 'jurisdictions' | 'from' | 'to'>;

/**
 * The ranked chart's year: the same entries, ranks, changes and counts as
 * building the year and the one before would give (bar-year.test.ts checks
 * it), but at scale without building them all. Why: of a county-level year
 * (3,000 values) the chart draws the top 20, yet building, ranking and
 * sorting every one of them and the year before was the largest part of the
 * explorer's render on the way to the first chart and after an indicator
 * switch (docs/scale.md). Where the file can give a year's values without
 * building anything (the columnar form) and nothing is imported, the values
 * are ranked as numbers and only the jurisdictions that can be drawn are
 * built: those ranked at or above the top `top`'s rank (ties included) and
 * the highlighted ones. `whole` asks for every entry of the year anyway
 * (the line chart picks its highlights from them).
 */
export function barYearOf(
  index: DataIndex,
  data: IndicatorObservations,
  filters: Filters,
  scope: ViewScope,
  year: number,
  direction: Direction,
  view: { top: number; highlight: ReadonlySet<string>; whole?: boolean },
): BarYear {
  const levels = data.imported.length === 0 && !view.whole && scope.keepsYear(year) ? data.curated.singleLevelsOfYear(year, scope.keepsCode) : null;
  if (levels === null) return wholeYear(index, data, filters, year, direction);

  const { codes, values } = levels;
  const rank = rankValues(values, direction);
  // Each code's rank, in the same order as `codes`.
  const ranks = Float64Array.from(values, rank);
  let drawable: ReadonlySet<string> = new Set(codes);
  if (codes.length > view.top) {
    const cutoff = cutoffRank(ranks, view.top);
    drawable = new Set(codes.filter((code, k) => ranks[k]! <= cutoff || view.highlight.has(code)));
  }
  const observations = data.curated.ofYearsFor([year - 1, year], (code) => drawable.has(code));
  const allRows = buildIndicatorRows(index, observations);
  const entries = buildEntries(allRows, filterRows(allRows, filters), direction, year, rank);
  const withValue = new Set(codes);
  const notReported = new Set(index.documents.filter((d) => d.yearCovered === year && scope.keepsCode(d.jurisdictionCode) && !withValue.has(d.jurisdictionCode)).map((d) => d.jurisdictionCode)).size;
  let rankByCode: Map<string, number> | null = null;
  return {
    entries,
    counts: { total: codes.length, ranked: codes.length },
    rankOf: (code) => {
      rankByCode ??= new Map(codes.map((c, k) => [c, ranks[k]!]));
      return rankByCode.get(code) ?? null;
    },
    notReported,
    observations,
  };
}

/** Every entry of the year, from every observation of it and the year before. */
function wholeYear(index: DataIndex, data: IndicatorObservations, filters: Filters, year: number, direction: Direction): BarYear {
  const observations = observationsOfYears(data, [year - 1, year]);
  const allRows = buildIndicatorRows(index, observations);
  const rows = filterRows(allRows, filters);
  const entries = buildEntries(allRows, rows, direction, year);
  const ranks = new Map(entries.flatMap((e) => (e.rank === null ? [] : [[e.row.jurisdiction.code, e.rank] as const])));
  return {
    entries,
    counts: { total: entries.length, ranked: ranks.size },
    rankOf: (code) => ranks.get(code) ?? null,
    notReported: rows.filter((r) => r.status === 'notReported' && r.year === year).length,
    observations,
  };
}
