import type { Indicator } from '../indicator';
import { isLevel, isPartialPeriod, periodKey, type Observation, type Period } from '../observation';

/**
 * Consistency checks over observations and the indicator catalog: what the
 * sources get wrong, or leave for the reader to work out. Pure; it takes any
 * list of observations (curated files today, imported reports later) and
 * never changes a value: a contradiction is reported, not resolved.
 *
 * Comparability: two observations are compared only when they come from the
 * same document, jurisdiction and year, have the same scope, and their
 * periods are compatible: the same kind with the same bounds (fullYear;
 * the same months for a span; the same date, or both undated, for asOf). A
 * rate whose parts are stated for another period of the same document is
 * still recomputed, and the finding says the periods differ.
 */

/** ±0.05 percentage points: reports round rates to two decimals at most. */
export const RATE_TOLERANCE_POINTS = 0.05;

export type RateStatus = 'consistent' | 'inconsistent' | 'approximate';
export type PartsStatus = 'consistent' | 'inconsistent' | 'incomplete' | 'approximate';

export interface RateFinding {
  kind: 'rate';
  id: string;
  status: RateStatus;
  rate: Observation;
  numerator: Observation;
  denominator: Observation;
  /** numerator ÷ denominator × 100, unrounded. */
  expected: number;
  stated: number;
  /** stated − expected, in percentage points. */
  difference: number;
  periodsMatch: boolean;
}

/**
 * Parts against a stated total. Two kinds of part, told apart by the catalog:
 * - breakdown: categories of the total (12345 work orders by type, 受理 and
 *   不予受理 among 行政复议 applications). Their sum is compared with the
 *   total: equal → consistent; larger → inconsistent; smaller → incomplete,
 *   because the report need not list every category (there is often an 其他),
 *   so the remainder is shown, not called an error.
 * - share: a part that has its own rate against the total (可网办事项 of
 *   依申请事项, with 可网办率). Shares overlap (a matter can be both 即办 and
 *   可网办), so they are never summed; each must not exceed the total.
 * Any non-exact value (多, 余, 约) makes the comparison approximate.
 */
export interface PartsFinding {
  kind: 'parts';
  id: string;
  mode: 'breakdown' | 'share';
  status: PartsStatus;
  total: Observation;
  parts: Observation[];
  /** Breakdown: the sum of the parts. Share: the largest part. */
  sum: number;
  /** Breakdown: total − sum. */
  remainder: number;
  /** Catalog parts of this total that the document does not state. */
  missingIndicatorIds: string[];
  /** Share: the parts larger than the total. */
  exceeding: Observation[];
}

/** The same category given two different values in one document and period (行政强制案 36 and 1299). */
export interface RepeatedFinding {
  kind: 'repeated';
  id: string;
  observations: Observation[];
}

export interface ListedFinding {
  kind: 'partialPeriod' | 'approximate' | 'relativeWithoutBase';
  id: string;
  observation: Observation;
}

export type QualityFinding = RateFinding | PartsFinding | RepeatedFinding | ListedFinding;
export type FindingKind = QualityFinding['kind'];
export const FINDING_KINDS: FindingKind[] = ['rate', 'parts', 'repeated', 'partialPeriod', 'approximate', 'relativeWithoutBase'];


function scopeKey(o: Observation): string {
  return `${o.scope.kind}:${o.scope.label.zh}`;
}

/** Same document, jurisdiction, year and scope: the frame in which figures are compared. */
function frameKey(o: Observation): string {
  return `${o.provenance.sourceId}|${o.jurisdictionCode}|${o.year}|${scopeKey(o)}`;
}

function comparableKey(o: Observation): string {
  return `${frameKey(o)}|${periodKey(o.period)}`;
}

const byPosition = (a: Observation, b: Observation) =>
  a.provenance.sourceId.localeCompare(b.provenance.sourceId) || a.provenance.start - b.provenance.start || a.id.localeCompare(b.id);

function levelsOf(observations: Observation[], indicatorId: string, frame: string): Observation[] {
  return observations.filter((o) => isLevel(o) && o.indicatorId === indicatorId && frameKey(o) === frame);
}

/** Candidates with the same period first; others only when none match. */
function preferSamePeriod(candidates: Observation[], period: Period): { list: Observation[]; same: boolean } {
  const same = candidates.filter((o) => periodKey(o.period) === periodKey(period));
  return same.length > 0 ? { list: same, same: true } : { list: candidates, same: false };
}

export function checkRates(observations: Observation[], indicators: Indicator[]): RateFinding[] {
  const findings: RateFinding[] = [];
  for (const indicator of indicators) {
    if (indicator.kind !== 'rate' || !indicator.numeratorId || !indicator.denominatorId) continue;
    for (const rate of observations.filter((o) => o.indicatorId === indicator.id && isLevel(o))) {
      const frame = frameKey(rate);
      const numerators = preferSamePeriod(levelsOf(observations, indicator.numeratorId, frame), rate.period);
      const denominators = preferSamePeriod(levelsOf(observations, indicator.denominatorId, frame), rate.period);
      for (const numerator of numerators.list) {
        for (const denominator of denominators.list) {
          if (denominator.value === 0) continue;
          const expected = (numerator.value / denominator.value) * 100;
          const difference = rate.value - expected;
          const exact = [rate, numerator, denominator].every((o) => o.qualifier === 'exact');
          findings.push({
            kind: 'rate',
            id: `rate:${rate.id}:${numerator.id}:${denominator.id}`,
            status: !exact ? 'approximate' : Math.abs(difference) <= RATE_TOLERANCE_POINTS + 1e-9 ? 'consistent' : 'inconsistent',
            rate,
            numerator,
            denominator,
            expected,
            stated: rate.value,
            difference,
            periodsMatch:
              numerators.same && denominators.same && periodKey(numerator.period) === periodKey(denominator.period),
          });
        }
      }
    }
  }
  return findings.sort((a, b) => byPosition(a.rate, b.rate));
}

export function checkPartsAgainstTotals(observations: Observation[], indicators: Indicator[]): PartsFinding[] {
  const findings: PartsFinding[] = [];
  const partsOf = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (indicator.partOfId) partsOf.set(indicator.partOfId, [...(partsOf.get(indicator.partOfId) ?? []), indicator]);
  }
  // A part that has a rate over the total is a share of it, not one of its categories.
  const isShare = (partId: string, totalId: string) =>
    indicators.some((i) => i.kind === 'rate' && i.numeratorId === partId && i.denominatorId === totalId);

  for (const [totalId, partIndicators] of partsOf) {
    for (const total of observations.filter((o) => o.indicatorId === totalId && isLevel(o))) {
      const key = comparableKey(total);
      const stated = (id: string) => observations.filter((o) => o.indicatorId === id && isLevel(o) && comparableKey(o) === key);
      for (const mode of ['breakdown', 'share'] as const) {
        const modeParts = partIndicators.filter((p) => isShare(p.id, totalId) === (mode === 'share'));
        const parts = modeParts.flatMap((p) => stated(p.id)).sort(byPosition);
        if (parts.length === 0) continue;
        const missingIndicatorIds = modeParts.filter((p) => stated(p.id).length === 0).map((p) => p.id);
        const exact = total.qualifier === 'exact' && parts.every((p) => p.qualifier === 'exact');
        const base = { kind: 'parts' as const, id: `parts:${mode}:${total.id}`, mode, total, parts, missingIndicatorIds };
        if (mode === 'share') {
          const exceeding = parts.filter((p) => p.value > total.value);
          const largest = Math.max(...parts.map((p) => p.value));
          findings.push({
            ...base,
            status: exceeding.length > 0 && exact ? 'inconsistent' : !exact ? 'approximate' : 'consistent',
            sum: largest,
            remainder: total.value - largest,
            exceeding,
          });
        } else {
          const sum = parts.reduce((n, p) => n + p.value, 0);
          const remainder = Number((total.value - sum).toPrecision(12));
          findings.push({
            ...base,
            status: !exact ? 'approximate' : remainder === 0 ? 'consistent' : remainder < 0 ? 'inconsistent' : 'incomplete',
            sum: Number(sum.toPrecision(12)),
            remainder,
            exceeding: [],
          });
        }
      }
    }
  }
  return findings.sort((a, b) => byPosition(a.total, b.total) || a.mode.localeCompare(b.mode));
}

export function checkRepeatedCategories(observations: Observation[]): RepeatedFinding[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    if (!isLevel(o)) continue;
    const key = `${o.indicatorId}|${comparableKey(o)}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()]
    .filter((group) => new Set(group.map((o) => o.value)).size > 1)
    .map((group) => group.sort(byPosition))
    .map((group) => ({ kind: 'repeated' as const, id: `repeated:${group.map((o) => o.id).join('+')}`, observations: group }))
    .sort((a, b) => byPosition(a.observations[0]!, b.observations[0]!));
}

/** A relative value whose base level (same indicator, jurisdiction and base year) is in none of the data. */
function hasBase(observation: Observation, observations: Observation[]): boolean {
  const relative = observation.relative;
  if (!relative || relative.baseYear === null) return false;
  return observations.some(
    (o) =>
      isLevel(o) &&
      o.indicatorId === observation.indicatorId &&
      o.jurisdictionCode === observation.jurisdictionCode &&
      o.year === relative.baseYear,
  );
}

export function listFigures(observations: Observation[]): ListedFinding[] {
  const sorted = [...observations].sort(byPosition);
  const list = (kind: ListedFinding['kind'], keep: (o: Observation) => boolean): ListedFinding[] =>
    sorted.filter(keep).map((observation) => ({ kind, id: `${kind}:${observation.id}`, observation }));
  return [
    ...list('partialPeriod', (o) => isPartialPeriod(o.period)),
    ...list('approximate', (o) => o.qualifier !== 'exact'),
    ...list('relativeWithoutBase', (o) => o.relative !== null && !hasBase(o, observations)),
  ];
}

export function runQualityChecks(observations: Observation[], indicators: Indicator[]): QualityFinding[] {
  return [
    ...checkRates(observations, indicators),
    ...checkPartsAgainstTotals(observations, indicators),
    ...checkRepeatedCategories(observations),
    ...listFigures(observations),
  ];
}

/** A finding that is a problem in the source (as opposed to a check that passed or a figure listed for care). */
export function isProblem(finding: QualityFinding): boolean {
  if (finding.kind === 'rate' || finding.kind === 'parts') return finding.status === 'inconsistent';
  return finding.kind === 'repeated';
}

/** The observations a finding points at, for its links to the reader. */
export function findingObservations(finding: QualityFinding): Observation[] {
  switch (finding.kind) {
    case 'rate':
      return [finding.rate, finding.numerator, finding.denominator];
    case 'parts':
      return [finding.total, ...finding.parts];
    case 'repeated':
      return finding.observations;
    default:
      return [finding.observation];
  }
}

export interface QualitySummaryRow {
  key: string;
  observations: number;
  counts: Record<FindingKind, number>;
  problems: number;
  checksPassed: number;
}

function emptyCounts(): Record<FindingKind, number> {
  return { rate: 0, parts: 0, repeated: 0, partialPeriod: 0, approximate: 0, relativeWithoutBase: 0 };
}

/**
 * Counts per document (key = sourceId) or per jurisdiction (key = code). A
 * finding belongs to the document and jurisdiction of its first observation.
 */
export function summarizeFindings(
  findings: QualityFinding[],
  observations: Observation[],
  by: 'document' | 'jurisdiction',
): QualitySummaryRow[] {
  const keyOf = (o: Observation) => (by === 'document' ? o.provenance.sourceId : o.jurisdictionCode);
  const rows = new Map<string, QualitySummaryRow>();
  const row = (key: string) => {
    let existing = rows.get(key);
    if (!existing) {
      existing = { key, observations: 0, counts: emptyCounts(), problems: 0, checksPassed: 0 };
      rows.set(key, existing);
    }
    return existing;
  };
  for (const o of observations) row(keyOf(o)).observations++;
  for (const finding of findings) {
    const target = row(keyOf(findingObservations(finding)[0]!));
    target.counts[finding.kind]++;
    if (isProblem(finding)) target.problems++;
    if ((finding.kind === 'rate' || finding.kind === 'parts') && finding.status === 'consistent') target.checksPassed++;
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}
