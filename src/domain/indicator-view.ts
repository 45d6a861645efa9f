import type { Jurisdiction, JurisdictionLevel } from './jurisdiction';
import { hasConflict } from './latest-values';
import { isLevel, type Observation } from './observation';
import type { SourceDocument } from './source-document';

/**
 * One jurisdiction-year of an indicator, as the explorer shows it. A row
 * exists for every jurisdiction-year a document covers, so a figure the
 * document does not give reads "not reported", never zero or blank. Only
 * jurisdictions the index lists have rows (there is no name to show for
 * others); a briefing's "not reported" rows are these rows too
 * (briefing.ts, notReportedInScope), so it states what the table showed.
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

/** What rows are made from: the jurisdictions an index lists and the documents it has. */
export interface RowSource {
  jurisdictions: readonly Jurisdiction[];
  documents: readonly Pick<SourceDocument, 'jurisdictionCode' | 'yearCovered'>[];
}

/** The index's jurisdictions in row order (compareJurisdictions): sorted once per list, then kept. */
export function jurisdictionsInRowOrder(index: Pick<RowSource, 'jurisdictions'>): readonly Jurisdiction[] {
  return rowOrder(index).ordered;
}

/** Each of the index's codes with its place in row order: what a view asks to know whether the index lists a code. */
export function jurisdictionPlaces(index: Pick<RowSource, 'jurisdictions'>): ReadonlyMap<string, number> {
  return rowOrder(index).placeOf;
}

/**
 * The jurisdictions in row order (compareJurisdictions), with each code's place: computed once per list.
 * Kept by the list rather than the index, so an object made of the index's own lists (a briefing's
 * look-ups) finds the order the explorer already sorted.
 */
const rowOrders = new WeakMap<readonly Jurisdiction[], { ordered: Jurisdiction[]; placeOf: Map<string, number> }>();
function rowOrder({ jurisdictions }: Pick<RowSource, 'jurisdictions'>): { ordered: Jurisdiction[]; placeOf: Map<string, number> } {
  let order = rowOrders.get(jurisdictions);
  if (!order) {
    const ordered = [...jurisdictions].sort(compareJurisdictions);
    order = { ordered, placeOf: new Map(ordered.map((j, place) => [j.code, place])) };
    rowOrders.set(jurisdictions, order);
  }
  return order;
}

export function buildIndicatorRows(index: RowSource, observations: readonly Observation[]): IndicatorRow[] {
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
