import type { DataIndex } from '../../../domain/data-files';
import { jurisdictionPlaces } from '../../../domain/indicator-view';
import { isLevel, type Observation } from '../../../domain/observation';
import type { IndicatorObservations } from '../../../lib/data/with-imported';
import type { ExplorerState } from '../url-state';

/**
 * What the explorer asks of one indicator's observations (curated, built on
 * demand, and imported) before, or without, building all of them: which
 * years and jurisdictions have values in the view, and the observations of
 * the years a ranked chart draws. Each answer equals what building every
 * row and filtering it would give (indicator-data.test.ts checks this).
 */

/** The jurisdictions and years a view keeps: the chosen ones (or all) that the index knows, within from–to. */
export interface ViewScope {
  keepsCode: (code: string) => boolean;
  keepsYear: (year: number) => boolean;
}

export function viewScope(index: DataIndex, state: Pick<ExplorerState, 'jurisdictions' | 'from' | 'to'>): ViewScope {
  // Rows exist only for jurisdictions the index lists (buildIndicatorRows), so values of others never show;
  // the same look-up, kept once per index, places the rows.
  const known = jurisdictionPlaces(index);
  const wanted = state.jurisdictions ? new Set(state.jurisdictions) : null;
  const { from, to } = state;
  return {
    keepsCode: wanted ? (code) => known.has(code) && wanted.has(code) : (code) => known.has(code),
    keepsYear: (year) => (from === null || year >= from) && (to === null || year <= to),
  };
}

/** Years (ascending) with a level value of a jurisdiction the view keeps, within its years. */
export function yearsWithLevels(data: IndicatorObservations, scope: ViewScope): number[] {
  const years = new Set(data.curated.yearsWithLevels(scope.keepsCode).filter(scope.keepsYear));
  for (const o of data.imported) if (isLevel(o) && scope.keepsCode(o.jurisdictionCode) && scope.keepsYear(o.year)) years.add(o.year);
  return [...years].sort((a, b) => a - b);
}

/** Jurisdictions the view keeps with a level value in one of its years. */
export function jurisdictionsWithLevels(data: IndicatorObservations, scope: ViewScope): Set<string> {
  const codes = new Set<string>();
  for (const code of data.curated.codesWithLevels(scope.keepsYear)) if (scope.keepsCode(code)) codes.add(code);
  for (const o of data.imported) if (isLevel(o) && scope.keepsCode(o.jurisdictionCode) && scope.keepsYear(o.year)) codes.add(o.jurisdictionCode);
  return codes;
}

/** The observations of the given years, curated then imported. */
export function observationsOfYears(data: IndicatorObservations, years: readonly number[]): Observation[] {
  const curated = data.curated.ofYears(years);
  const imported = data.imported.filter((o) => years.includes(o.year));
  return imported.length === 0 ? curated : [...curated, ...imported];
}

/** Every observation, curated then imported; without imported values, the curated array itself (no copy of 27,000). */
export function allObservations(data: IndicatorObservations): Observation[] {
  return data.imported.length === 0 ? data.curated.all() : [...data.curated.all(), ...data.imported];
}

/** A value computed the first time it is asked for, then kept: for work a render may skip but a click may need. */
export function computeOnce<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
