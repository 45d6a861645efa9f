import { isLevel, type Observation } from './observation';

/**
 * One indicator file's observations, read as the explorer needs them: which
 * years and codes have level values can be asked without building any
 * Observation, and Observations are built for chosen years only, or all.
 *
 * Why: at scale an indicator file holds 27,000 rows, and a ranked chart of
 * one year needs that year and the one before (for the change). Building
 * every Observation first was most of the time to the first chart, and of
 * an indicator switch (docs/scale.md). Two implementations:
 * ColumnarObservations (columnar-indicator-file.ts), which builds on demand,
 * and ListedObservations, for files that list their observations.
 */
export interface ObservationSet {
  /** Years (ascending) with at least one level value of a code that `include` accepts. */
  yearsWithLevels(include?: (code: string) => boolean): number[];
  /** Codes with at least one level value in a year that `include` accepts. */
  codesWithLevels(include?: (year: number) => boolean): Set<string>;
  /** The observations (levels and relatives) of the given years, in file order. */
  ofYears(years: readonly number[]): Observation[];
  /** Every observation, in file order; the same array on every call. */
  all(): Observation[];
  /** The observations of the given years whose code `include` accepts, in file order (the same objects as ofYears gives). */
  ofYearsFor(years: readonly number[], include: (code: string) => boolean): Observation[];
  /**
   * One year's values without building any Observation, when the set can promise that each
   * jurisdiction-year holds at most one value and every value is a level (the columnar form): the
   * codes `include` accepts with a value that year, and their values, in file order. Null when it
   * cannot (a listed file may repeat a jurisdiction-year and holds relative values).
   */
  singleLevelsOfYear(year: number, include: (code: string) => boolean): { codes: string[]; values: Float64Array } | null;
  /** The observation with this id (the same object as ofYears gives), building only it; null when there is none. */
  byId(id: string): Observation | null;
}

/** A set over observations already listed (curated files are small: nothing to defer). */
export class ListedObservations implements ObservationSet {
  constructor(private readonly observations: Observation[]) {}

  yearsWithLevels(include: (code: string) => boolean = () => true): number[] {
    const years = new Set<number>();
    for (const o of this.observations) if (isLevel(o) && include(o.jurisdictionCode)) years.add(o.year);
    return [...years].sort((a, b) => a - b);
  }

  codesWithLevels(include: (year: number) => boolean = () => true): Set<string> {
    const codes = new Set<string>();
    for (const o of this.observations) if (isLevel(o) && include(o.year)) codes.add(o.jurisdictionCode);
    return codes;
  }

  ofYears(years: readonly number[]): Observation[] {
    return this.observations.filter((o) => years.includes(o.year));
  }

  all(): Observation[] {
    return this.observations;
  }

  ofYearsFor(years: readonly number[], include: (code: string) => boolean): Observation[] {
    return this.observations.filter((o) => years.includes(o.year) && include(o.jurisdictionCode));
  }

  singleLevelsOfYear(): null {
    return null;
  }

  byId(id: string): Observation | null {
    return this.observations.find((o) => o.id === id) ?? null;
  }
}
