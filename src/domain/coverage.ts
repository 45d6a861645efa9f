import type { DataIndex } from './data-files';
import { THEMES, type Theme } from './indicator';
import { compareJurisdictions } from './indicator-view';
import type { Jurisdiction } from './jurisdiction';
import { isPartialPeriod, type Observation } from './observation';

/**
 * What is known, at a glance: for each jurisdiction-year that a document
 * covers, and each theme, whether the documents report it.
 * - full: values reported, all for the whole year;
 * - partial: values reported, but some cover only part of the year;
 * - notReported: a document covers the year but gives no value for the theme (not zero).
 */
export type CoverageStatus = 'full' | 'partial' | 'notReported';

export interface CoverageColumn {
  jurisdiction: Jurisdiction;
  year: number;
  /** The documents covering this jurisdiction-year (empty when values exist without one, which the data build forbids). */
  documentIds: string[];
}

export interface CoverageCell {
  status: CoverageStatus;
  /** Distinct indicators with at least one value. */
  indicatorCount: number;
  /** Distinct indicators with at least one part-year value. */
  partialIndicatorCount: number;
}

export interface Coverage {
  columns: CoverageColumn[];
  themes: readonly Theme[];
  /** cells[themeIndex][columnIndex] */
  cells: CoverageCell[][];
  /** Jurisdictions in the catalog with no document at all. */
  withoutDocuments: Jurisdiction[];
}

export function buildCoverage(index: DataIndex, observations: Observation[], themes: readonly Theme[] = THEMES): Coverage {
  const jurisdictions = new Map(index.jurisdictions.map((j) => [j.code, j]));
  const themeOf = new Map(index.indicators.map((i) => [i.id, i.theme]));
  const columnsByKey = new Map<string, CoverageColumn>();
  const columnFor = (code: string, year: number): CoverageColumn | undefined => {
    const key = `${code}|${year}`;
    const existing = columnsByKey.get(key);
    if (existing) return existing;
    const jurisdiction = jurisdictions.get(code);
    if (!jurisdiction) return undefined;
    const column: CoverageColumn = { jurisdiction, year, documentIds: [] };
    columnsByKey.set(key, column);
    return column;
  };
  for (const document of index.documents) columnFor(document.jurisdictionCode, document.yearCovered)?.documentIds.push(document.id);
  for (const observation of observations) columnFor(observation.jurisdictionCode, observation.year);

  const columns = [...columnsByKey.values()].sort(
    (a, b) => compareJurisdictions(a.jurisdiction, b.jurisdiction) || a.year - b.year,
  );
  const columnIndex = new Map(columns.map((c, i) => [`${c.jurisdiction.code}|${c.year}`, i]));
  const themeIndex = new Map(themes.map((t, i) => [t, i]));

  const reported = themes.map(() => columns.map(() => new Set<string>()));
  const partial = themes.map(() => columns.map(() => new Set<string>()));
  for (const observation of observations) {
    const theme = themeOf.get(observation.indicatorId);
    const row = theme === undefined ? undefined : themeIndex.get(theme);
    const column = columnIndex.get(`${observation.jurisdictionCode}|${observation.year}`);
    if (row === undefined || column === undefined) continue;
    reported[row]![column]!.add(observation.indicatorId);
    if (isPartialPeriod(observation.period)) partial[row]![column]!.add(observation.indicatorId);
  }

  const cells = themes.map((_, row) =>
    columns.map((__, column): CoverageCell => {
      const indicatorCount = reported[row]![column]!.size;
      const partialIndicatorCount = partial[row]![column]!.size;
      const status: CoverageStatus = indicatorCount === 0 ? 'notReported' : partialIndicatorCount > 0 ? 'partial' : 'full';
      return { status, indicatorCount, partialIndicatorCount };
    }),
  );

  const withDocuments = new Set(index.documents.map((d) => d.jurisdictionCode));
  const withoutDocuments = index.jurisdictions.filter((j) => !withDocuments.has(j.code)).sort(compareJurisdictions);
  return { columns, themes, cells, withoutDocuments };
}
