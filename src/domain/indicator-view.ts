import type { DataIndex } from './data-files';
import type { Jurisdiction, JurisdictionLevel } from './jurisdiction';
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

export function buildIndicatorRows(index: DataIndex, observations: Observation[]): IndicatorRow[] {
  const jurisdictions = new Map(index.jurisdictions.map((j) => [j.code, j]));
  // Rows by jurisdiction, then by year: no key strings built for each of 30,000 observations at scale,
  // and the final order comes from sorting a few thousand jurisdictions, not every row.
  const rows = new Map<string, { jurisdiction: Jurisdiction; byYear: Map<number, IndicatorRow> }>();
  const rowFor = (code: string, year: number): IndicatorRow | undefined => {
    let entry = rows.get(code);
    const existing = entry?.byYear.get(year);
    if (existing) return existing;
    if (!entry) {
      const jurisdiction = jurisdictions.get(code);
      if (!jurisdiction) return undefined;
      entry = { jurisdiction, byYear: new Map() };
      rows.set(code, entry);
    }
    const row: IndicatorRow = { jurisdiction: entry.jurisdiction, year, levels: [], relatives: [], status: 'notReported' };
    entry.byYear.set(year, row);
    return row;
  };
  for (const document of index.documents) rowFor(document.jurisdictionCode, document.yearCovered);
  for (const observation of observations) {
    const row = rowFor(observation.jurisdictionCode, observation.year);
    if (!row) continue;
    (isLevel(observation) ? row.levels : row.relatives).push(observation);
    row.status = 'reported';
  }
  const ordered = [...rows.values()].sort((a, b) => compareJurisdictions(a.jurisdiction, b.jurisdiction));
  return ordered.flatMap(({ byYear }) => [...byYear.values()].sort((a, b) => a.year - b.year));
}

/** True when one jurisdiction-year carries several different level values: a contradiction to show, not resolve. */
export function hasConflictingLevels(row: IndicatorRow): boolean {
  return new Set(row.levels.map((o) => o.value)).size > 1;
}
