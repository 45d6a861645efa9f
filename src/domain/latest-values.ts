import { isLevel, isPartialPeriod, periodKey, type Observation } from './observation';

/**
 * One jurisdiction's values of one indicator in one year, as stated in its
 * sources. Levels and relative values (growth rates, multiples) are kept apart:
 * a relative value is never a level.
 */
export interface YearValues {
  year: number;
  levels: Observation[];
  relatives: Observation[];
}

/** The most recent year a jurisdiction reports for an indicator, with what a careful reader must know about it. */
export interface LatestValue extends YearValues {
  /** At least one level covers only part of the year (1–10月, 截至11月8日). */
  partial: boolean;
  /** Two different values with the same scope: a contradiction in the source, shown, never resolved. */
  conflict: boolean;
  /** Several levels that differ only because they describe different scopes (市直部门 vs 各区). */
  multipleScopes: boolean;
  /** How many earlier years also carry values. */
  earlierYears: number;
}

/** What a scope is known by: its kind and its label as the source words it. */
export function scopeKey(observation: Observation): string {
  return `${observation.scope.kind}|${observation.scope.label.zh}`;
}

/**
 * What two levels of one jurisdiction-year must share to contradict each
 * other: the scope and the period. 12万件 for the full year and 11.5万件 up to
 * the end of November are two facts, not a contradiction.
 */
export function comparableKey(observation: Observation): string {
  return `${scopeKey(observation)}|${periodKey(observation.period)}`;
}

/** Levels grouped by what they must share to contradict each other: indicator, jurisdiction, year, scope and period. */
function comparableGroups(levels: Observation[]): Map<string, Observation[]> {
  const groups = new Map<string, Observation[]>();
  for (const observation of levels) {
    const key = `${observation.indicatorId}|${observation.jurisdictionCode}|${observation.year}|${comparableKey(observation)}`;
    const group = groups.get(key);
    if (group) group.push(observation);
    else groups.set(key, [observation]);
  }
  return groups;
}

const disagrees = (group: Observation[]) => group.some((o) => o.value !== group[0]!.value);

/**
 * True when levels of the same indicator, jurisdiction, year, scope and
 * period state different values. The same value stated twice is not a
 * conflict.
 */
export function hasConflict(levels: Observation[]): boolean {
  for (const group of comparableGroups(levels).values()) if (disagrees(group)) return true;
  return false;
}

/**
 * The ids of every level on either side of a contradiction (the rule of
 * hasConflict), among levels of any indicators, jurisdictions and years: a
 * table, CSV or printed page flags both figures, so neither passes for a
 * value that stands alone.
 */
export function conflictingIds(levels: Observation[]): Set<string> {
  const ids = new Set<string>();
  for (const group of comparableGroups(levels).values()) if (disagrees(group)) for (const o of group) ids.add(o.id);
  return ids;
}

/**
 * Which of a jurisdiction-year's levels stands for the year in a ranking or
 * a trend line: the first full-year figure, so a year that states 截至11月底
 * before the full year is ranked and drawn on the full year; with only
 * part-year figures, the first. The others are still shown beside it.
 */
export function leadingLevelIndex(levels: readonly Observation[]): number {
  const fullYear = levels.findIndex((o) => !isPartialPeriod(o.period));
  return fullYear === -1 ? 0 : fullYear;
}

export function leadingLevel(levels: readonly Observation[]): Observation | undefined {
  return levels[leadingLevelIndex(levels)];
}

/** Every year with values for one jurisdiction, oldest first. Observations of other jurisdictions are ignored. */
export function yearSeries(observations: Observation[], jurisdictionCode: string): YearValues[] {
  const byYear = new Map<number, YearValues>();
  for (const observation of observations) {
    if (observation.jurisdictionCode !== jurisdictionCode) continue;
    const entry = byYear.get(observation.year) ?? { year: observation.year, levels: [], relatives: [] };
    (isLevel(observation) ? entry.levels : entry.relatives).push(observation);
    byYear.set(observation.year, entry);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The latest value is the most recent year with any value. If that year gives
 * only a relative value ("接近2017年的2倍"), levels is empty: the caller shows
 * the relative value as such and never promotes an older level to "latest".
 */
export function latestValue(observations: Observation[], jurisdictionCode: string): LatestValue | null {
  const series = yearSeries(observations, jurisdictionCode);
  return series.length === 0 ? null : describeYear(series, series.length - 1);
}

/**
 * One chosen year's values, described as latestValue describes the latest:
 * null when the jurisdiction states nothing for that year (not reported,
 * never an older or newer year's value in its place).
 */
export function valueInYear(observations: Observation[], jurisdictionCode: string, year: number): LatestValue | null {
  const series = yearSeries(observations, jurisdictionCode);
  const at = series.findIndex((s) => s.year === year);
  return at === -1 ? null : describeYear(series, at);
}

function describeYear(series: YearValues[], at: number): LatestValue {
  const values = series[at]!;
  return {
    ...values,
    partial: values.levels.some((o) => isPartialPeriod(o.period)),
    conflict: hasConflict(values.levels),
    multipleScopes: new Set(values.levels.map(scopeKey)).size > 1,
    earlierYears: at,
  };
}

/** Years with exactly the level values to draw in a trend line; needs at least two years to be a trend. */
export function trendPoints(series: YearValues[]): Array<{ year: number; observations: Observation[] }> {
  const points = series.filter((s) => s.levels.length > 0).map((s) => ({ year: s.year, observations: s.levels }));
  return points.length >= 2 ? points : [];
}
