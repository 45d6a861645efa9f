import type { DataIndex } from './data-files';
import type { Jurisdiction, JurisdictionLevel } from './jurisdiction';
import { hasConflict } from './latest-values';
import { isLevel, type Observation } from './observation';

/**
 * One jurisdiction-year of an indicator, as the explorer shows it. A row
 * exists for every jurisdiction-year a document covers, so a figure the
 * document does not give reads "not reported", never zero or blank.
 */
export interface IndicatorRow {
  jurisdiction: Jurisdiction;
  year: number;
  /** Values stated as levels. More than one means the sources disagree (or repeat a category). */
  levels: Observation[];
  /** Changes and multiples ("同比增长10.6%"): shown, never drawn as levels. */
  relatives: Observation[];
  status: 'reported' | 'notReported';
}

const LEVEL_ORDER: Record<JurisdictionLevel, number> = { province: 0, prefecture: 1, county: 2, town: 3 };

export function compareJurisdictions(a: Jurisdiction, b: Jurisdiction): number {
  // Codes are digit strings: plain comparison orders them like localeCompare, without its cost at thousands of rows.
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** The index's jurisdictions in row order (compareJurisdictions): sorted once per index, then kept. */
export function jurisdictionsInRowOrder(index: DataIndex): readonly Jurisdiction[] {
  return rowOrder(index).ordered;
}

/** Each of the index's codes with its place in row order: what a view asks to know whether the index lists a code. */
export function jurisdictionPlaces(index: DataIndex): ReadonlyMap<string, number> {
  return rowOrder(index).placeOf;
}

/** The index's jurisdictions in row order (compareJurisdictions), with each code's place: computed once per index. */
const rowOrders = new WeakMap<DataIndex, { ordered: Jurisdiction[]; placeOf: Map<string, number> }>();
function rowOrder(index: DataIndex): { ordered: Jurisdiction[]; placeOf: Map<string, number> } {
  let order = rowOrders.get(index);
  if (!order) {
    const ordered = [...index.jurisdictions].sort(compareJurisdictions);
    order = { ordered, placeOf: new Map(ordered.map((j, place) => [j.code, place])) };
    rowOrders.set(index, order);
  }
  return order;
}

export function buildIndicatorRows(index: DataIndex, observations: Observation[]): IndicatorRow[] {
  // Rows by the jurisdiction's place in row order, each a short list of years (ten at most in practice):
  // finding a year by scanning it costs less than a map per jurisdiction, no key strings are built for
  // each of 30,000 observations at scale, and the order is the index's, sorted once (rowOrder), not
  // thousands of jurisdictions sorted again for every indicator and year range.
  const { ordered, placeOf } = rowOrder(index);
  const lists = new Array<IndicatorRow[] | undefined>(ordered.length);
  const rowFor = (code: string, year: number): IndicatorRow | undefined => {
    const place = placeOf.get(code);
    if (place === undefined) return undefined;
    let list = lists[place];
    if (list) {
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!.year === year) return list[i];
    } else {
      lists[place] = list = [];
    }
    const row: IndicatorRow = { jurisdiction: ordered[place]!, year, levels: [], relatives: [], status: 'notReported' };
    list.push(row);
    return row;
  };
  for (const document of index.documents) rowFor(document.jurisdictionCode, document.yearCovered);
  for (const observation of observations) {
    const row = rowFor(observation.jurisdictionCode, observation.year);
    if (!row) continue;
    (isLevel(observation) ? row.levels : row.relatives).push(observation);
    row.status = 'reported';
  }
  const result: IndicatorRow[] = [];
  for (const list of lists) {
    if (!list) continue;
    // Usually in order already (files list a year's values together); sort only when not.
    if (list.some((row, i) => i > 0 && list[i - 1]!.year > row.year)) list.sort((a, b) => a.year - b.year);
    for (const row of list) result.push(row);
  }
  return result;
}

/** True when one jurisdiction-year states different levels for the same scope and period: a contradiction to show, not resolve. */
export function hasConflictingLevels(row: IndicatorRow): boolean {
  return hasConflict(row.levels);
}
