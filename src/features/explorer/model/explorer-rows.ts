import type { Direction } from '../../../domain/indicator';
import { compareJurisdictions, type IndicatorRow } from '../../../domain/indicator-view';
import { comparableKey, hasConflict, leadingLevelIndex, scopeKey } from '../../../domain/latest-values';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import type { SourceDocument } from '../../../domain/source-document';
import type { ExplorerState, Sort } from '../url-state';

/** The change from the year before, or why there is none to show. */
export type YearOnYear =
  | { kind: 'change'; absolute: number; percent: number | null; previous: Observation }
  | { kind: 'none'; reason: 'noPrevious' | 'partialPeriod' | 'conflict' | 'scope' | 'qualified' };

export interface ExplorerEntry {
  row: IndicatorRow;
  observation: Observation;
  /** 1 = best for the indicator's direction (largest first when neutral); ties share a rank. Null for a row's levels other than the one ranked (leadingLevelIndex). */
  rank: number | null;
  /**
   * An earlier level of the row states this scope and period again, with
   * another value: a contradiction in the source. A second level for another
   * period (the full year and 截至11月底) is not one.
   */
  conflict: boolean;
  change: YearOnYear;
}

export function filterRows(rows: IndicatorRow[], state: Pick<ExplorerState, 'jurisdictions' | 'from' | 'to'>): IndicatorRow[] {
  const wanted = state.jurisdictions ? new Set(state.jurisdictions) : null;
  return rows.filter(
    (row) =>
      (!wanted || wanted.has(row.jurisdiction.code)) &&
      (state.from === null || row.year >= state.from) &&
      (state.to === null || row.year <= state.to),
  );
}

/** Rows by jurisdiction and year, so a year-on-year lookup is O(1) at thousands of jurisdictions. */
export type RowLookup = Map<number, IndicatorRow>;

/** Codes are 6 or 9 digits and years 4: one number keys a jurisdiction-year without building strings. */
function rowKey(code: string, year: number): number {
  return Number(code) * 10_000 + year;
}

export function rowLookup(rows: IndicatorRow[]): RowLookup {
  return new Map(rows.map((r) => [rowKey(r.jurisdiction.code, r.year), r]));
}

/**
 * Year-on-year change is shown only where it means something: both years
 * stated once, as exact full-year levels of the same scope. Anything else
 * says why there is no change rather than computing a misleading one. A
 * contradiction counts only where it touches the figures compared: a second
 * scope or a part-year figure that disagrees with nothing does not stop it.
 */
export function yearOnYear(rows: IndicatorRow[] | RowLookup, row: IndicatorRow, observation: Observation): YearOnYear {
  const previousRow =
    rows instanceof Map ? rows.get(rowKey(row.jurisdiction.code, row.year - 1)) : rows.find((r) => r.jurisdiction.code === row.jurisdiction.code && r.year === row.year - 1);
  if (!previousRow || previousRow.levels.length === 0) return { kind: 'none', reason: 'noPrevious' };
  const scope = scopeKey(observation);
  const sameScope = previousRow.levels.filter((o) => scopeKey(o) === scope);
  if (sameScope.length === 0) return { kind: 'none', reason: 'scope' };
  // A year may give the full year and a part of it (截至11月底): the change is between full years.
  const fullYears = sameScope.filter((o) => !isPartialPeriod(o.period));
  if (fullYears.length === 0 || isPartialPeriod(observation.period)) return { kind: 'none', reason: 'partialPeriod' };
  const key = comparableKey(observation);
  const restated = row.levels.filter((o) => comparableKey(o) === key);
  if (hasConflict(fullYears) || hasConflict(restated)) return { kind: 'none', reason: 'conflict' };
  const previous = fullYears[0]!;
  if (previous.qualifier !== 'exact' || observation.qualifier !== 'exact') return { kind: 'none', reason: 'qualified' };
  const absolute = observation.value - previous.value;
  return { kind: 'change', absolute, percent: previous.value === 0 ? null : (absolute / previous.value) * 100, previous };
}

/** Competition ranking ("1, 2, 2, 4"): the rank of a value is one more than the count of strictly better values. */
export function rankValues(values: ArrayLike<number>, direction: Direction): (value: number) => number {
  const ordered = Float64Array.from(values).sort();
  // ordered is ascending; count values strictly below (lowerIsBetter) or strictly above (otherwise).
  const lowerBound = (value: number) => {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ordered[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upperBound = (value: number) => {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ordered[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return direction === 'lowerIsBetter' ? (value) => lowerBound(value) + 1 : (value) => ordered.length - upperBound(value) + 1;
}

/** The rank at the top-th place (1-based): every entry ranked better is drawn in a top `top`, and the ties at it fill the rest. */
export function cutoffRank(ranks: ArrayLike<number>, top: number): number {
  return Float64Array.from(ranks).sort()[top - 1]!;
}

/**
 * All entries (one per level value) of the given rows, with ranks computed
 * within each year. With `onlyYear`, the entries of that year alone: what a
 * ranked chart draws, without the work of every other year. With `rankOf`
 * (only with `onlyYear`), ranks come from it: the rows are then some of the
 * year's, ranked among all of it (bar-year.ts).
 */
export function buildEntries(
  allRows: IndicatorRow[],
  visibleRows: IndicatorRow[],
  direction: Direction,
  onlyYear?: number,
  rankOf?: (value: number) => number,
): ExplorerEntry[] {
  const entries: ExplorerEntry[] = [];
  const lookup = rowLookup(onlyYear === undefined ? allRows : allRows.filter((r) => r.year === onlyYear - 1));
  const byYear = new Map<number, IndicatorRow[]>();
  for (const row of visibleRows) {
    if (onlyYear !== undefined && row.year !== onlyYear) continue;
    const list = byYear.get(row.year);
    if (list) list.push(row);
    else byYear.set(row.year, [row]);
  }
  for (const rows of byYear.values()) {
    // One value per jurisdiction is ranked (leadingLevelIndex); a second figure, or a conflicting one, is shown, not ranked.
    const rank = rankOf ?? rankValues(rows.filter((r) => r.levels.length > 0).map((r) => r.levels[leadingLevelIndex(r.levels)]!.value), direction);
    for (const row of rows) {
      const ranked = leadingLevelIndex(row.levels);
      row.levels.forEach((observation, index) => {
        entries.push({
          row,
          observation,
          rank: index === ranked ? rank(observation.value) : null,
          conflict: index > 0 && contradictsEarlierLevel(row.levels, index),
          change: yearOnYear(lookup, row, observation),
        });
      });
    }
  }
  return entries;
}

/** Rows hold a handful of levels at most, so comparing with each earlier one costs nothing. */
function contradictsEarlierLevel(levels: Observation[], index: number): boolean {
  const observation = levels[index]!;
  const key = comparableKey(observation);
  return levels.slice(0, index).some((earlier) => earlier.value !== observation.value && comparableKey(earlier) === key);
}

/** True when a year's ranking mixes part-year and full-year values: ranks then compare unlike things. */
export function mixesPeriods(entries: ExplorerEntry[]): boolean {
  const kinds = new Set(entries.map((e) => isPartialPeriod(e.observation.period)));
  return kinds.size > 1;
}

const collators = new Map<string, Intl.Collator>();
/** One collator per language: localeCompare builds a new one on every call, which shows at thousands of names. */
export function collator(language: 'zh' | 'en'): Intl.Collator {
  let c = collators.get(language);
  if (!c) {
    c = new Intl.Collator(language);
    collators.set(language, c);
  }
  return c;
}

/** The table's order of a year's entries, as a comparator: newest year first, then by the chosen sort. */
export type EntryOrder = (a: ExplorerEntry, b: ExplorerEntry) => number;

/**
 * Equal values keep the rows' order (level, then GB/T 2260 code, as statistical yearbooks list regions),
 * not the names' pinyin order: the first Chinese collator of a page loads ICU's collation data (10–20 ms),
 * and a ranked chart of rates has ties at 100 % on the way to its first paint (docs/scale.md).
 */
export function entryOrder(sort: Sort, language: 'zh' | 'en', direction: Direction): EntryOrder {
  const change = (e: ExplorerEntry) => (e.change.kind === 'change' ? e.change.absolute : null);
  const better = direction === 'lowerIsBetter' ? 1 : -1;
  const byRow = (a: ExplorerEntry, b: ExplorerEntry) => compareJurisdictions(a.row.jurisdiction, b.row.jurisdiction);
  if (sort === 'name') {
    const compareNames = collator(language).compare;
    return (a, b) => b.row.year - a.row.year || compareNames(a.row.jurisdiction.name[language], b.row.jurisdiction.name[language]) || byRow(a, b);
  }
  return (a, b) => {
    if (a.row.year !== b.row.year) return b.row.year - a.row.year;
    if (sort === 'change') {
      const ca = change(a);
      const cb = change(b);
      if (ca === null || cb === null) return ca === null ? (cb === null ? byRow(a, b) : 1) : -1;
      return better * (ca - cb) || byRow(a, b);
    }
    return better * (a.observation.value - b.observation.value) || byRow(a, b);
  };
}

export function sortEntries(entries: ExplorerEntry[], sort: Sort, language: 'zh' | 'en', direction: Direction): ExplorerEntry[] {
  return [...entries].sort(entryOrder(sort, language, direction));
}

/**
 * The documents behind what a chart draws, in the index's order: the bars of
 * its year, or every level of the line chart (relatives are not drawn). An
 * exported chart names them in its source line.
 */
export function documentsBehindChart(
  chart: 'bar' | 'line',
  rows: readonly IndicatorRow[],
  barEntries: readonly ExplorerEntry[],
  documents: readonly SourceDocument[],
): SourceDocument[] {
  const drawn = chart === 'line' ? rows.flatMap((r) => r.levels) : barEntries.map((e) => e.observation);
  const sourceIds = new Set(drawn.map((o) => o.provenance.sourceId));
  return documents.filter((d) => sourceIds.has(d.id));
}
