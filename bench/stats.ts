/**
 * The statistics the bench reports. Load times on a shared machine are
 * skewed and noisy (a slow load is often twice the median), so the bench
 * reports medians, and a comparison of two builds gives an interval for the
 * difference of their medians instead of a single number.
 */
import { seededRandom } from '../scripts/lib/seeded-random';

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0 ≤ q ≤ 1) with linear interpolation between the two nearest ranks; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export interface Difference {
  /** median(b) − median(a): negative when b is faster. */
  estimate: number;
  /** The central `level` share of the bootstrap distribution of that difference. */
  low: number;
  high: number;
  level: number;
}

/**
 * The difference of the medians of two samples, with a percentile bootstrap
 * interval: each sample is resampled with replacement `rounds` times. Why an
 * interval: between two builds of the same code the medians of 24 loads
 * still differ by 10–20 ms here, so a gain is only a gain when the interval
 * leaves out zero.
 */
export function medianDifference(a: readonly number[], b: readonly number[], options: { rounds?: number; level?: number; seed?: number } = {}): Difference {
  const { rounds = 2000, level = 0.95, seed = 1 } = options;
  if (a.length === 0 || b.length === 0) throw new Error('both samples need at least one value');
  const random = seededRandom(seed);
  const resample = (values: readonly number[]) => Array.from(values, () => values[Math.floor(random() * values.length)]!);
  const differences = Array.from({ length: rounds }, () => median(resample(b)) - median(resample(a)));
  const tail = (1 - level) / 2;
  return { estimate: median(b) - median(a), low: quantile(differences, tail), high: quantile(differences, 1 - tail), level };
}
