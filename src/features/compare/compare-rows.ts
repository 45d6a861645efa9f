import type { DataIndex } from '../../domain/data-files';
import type { Indicator } from '../../domain/indicator';
import type { Jurisdiction } from '../../domain/jurisdiction';
import { latestValue, valueInYear, type LatestValue } from '../../domain/latest-values';
import { periodKey, type Observation } from '../../domain/observation';
import type { UnitSymbol } from '../../domain/unit';

export interface CompareCell {
  jurisdiction: Jurisdiction;
  /**
   * The latest year's values, or the chosen year's. Null: the jurisdiction reports no value for this
   * indicator (in that year): "not reported", never zero, never another year in its place.
   */
  latest: LatestValue | null;
}

/** Differences a reader must see before comparing the numbers in a row. */
export interface CompareFlags {
  /** The latest values come from different years. */
  differentYears: boolean;
  /** The values cover different spans (full year vs 1–10月 vs as of a date). */
  differentPeriods: boolean;
  /** The values are for different scopes (whole jurisdiction vs the issuing office vs a subset). */
  differentScopes: boolean;
  /** A jurisdiction's source states conflicting values. */
  conflict: boolean;
  /** Some jurisdiction gives only a relative value (a growth rate), which is not comparable as a level. */
  relativeOnly: boolean;
  /** Some jurisdiction does not report this indicator. */
  notReported: boolean;
}

export interface CompareRow {
  indicator: Indicator;
  cells: CompareCell[];
  flags: CompareFlags;
  /** The largest level in the row: small multiples share one scale per row. */
  max: number;
}


export function scopeKey(observation: Observation): string {
  return observation.scope.kind === 'jurisdiction' ? 'jurisdiction' : `${observation.scope.kind}:${observation.scope.label.zh}`;
}

/** `year` null: each jurisdiction's latest year. */
export function buildCompareRows(index: DataIndex, indicatorIds: string[], codes: string[], observations: Observation[], year: number | null = null): CompareRow[] {
  const jurisdictions = codes.map((code) => index.jurisdictions.find((j) => j.code === code)).filter((j): j is Jurisdiction => j !== undefined);
  return indicatorIds.flatMap((id) => {
    const indicator = index.indicators.find((i) => i.id === id);
    if (!indicator) return [];
    const own = observations.filter((o) => o.indicatorId === id);
    const cells = jurisdictions.map((jurisdiction) => ({
      jurisdiction,
      latest: year === null ? latestValue(own, jurisdiction.code) : valueInYear(own, jurisdiction.code, year),
    }));
    const reported = cells.flatMap((c) => (c.latest ? [c.latest] : []));
    const levels = reported.flatMap((l) => l.levels);
    const flags: CompareFlags = {
      differentYears: new Set(reported.map((l) => l.year)).size > 1,
      differentPeriods: new Set(levels.map((o) => periodKey(o.period))).size > 1,
      differentScopes: new Set(levels.map(scopeKey)).size > 1,
      conflict: reported.some((l) => l.conflict),
      relativeOnly: reported.some((l) => l.levels.length === 0),
      notReported: cells.some((c) => c.latest === null),
    };
    return [{ indicator, cells, flags, max: Math.max(0, ...levels.map((o) => o.value)) }];
  });
}

/** Rows whose indicators share a unit: a chart never puts 件 and % on one axis. */
export function groupByUnit(rows: CompareRow[]): Array<{ unit: UnitSymbol; rows: CompareRow[] }> {
  const groups = new Map<UnitSymbol, CompareRow[]>();
  for (const row of rows) groups.set(row.indicator.unit, [...(groups.get(row.indicator.unit) ?? []), row]);
  return [...groups.entries()].map(([unit, unitRows]) => ({ unit, rows: unitRows }));
}
