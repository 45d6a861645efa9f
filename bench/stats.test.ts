import { describe, expect, it } from 'vitest';
import { median, medianDifference, quantile } from './stats';

describe('median and quantile', () => {
  it('take the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolate between ranks and clamp q to 0–1', () => {
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([10, 20], 0.5)).toBe(15);
    expect(quantile([10, 20, 30], -1)).toBe(10);
    expect(quantile([10, 20, 30], 2)).toBe(30);
  });

  it('leave the samples unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('medianDifference', () => {
  const a = [500, 510, 520, 530, 540, 550, 560, 570, 580, 590, 600, 610];

  it('estimates median(b) − median(a), with an interval around it', () => {
    const b = a.map((x) => x - 100);
    const d = medianDifference(a, b);
    expect(d.estimate).toBe(-100);
    expect(d.low).toBeLessThanOrEqual(-100);
    expect(d.high).toBeGreaterThanOrEqual(-100);
    // A shift far larger than the spread: the interval leaves out zero.
    expect(d.high).toBeLessThan(0);
  });

  it('includes zero when two samples come from the same values', () => {
    const b = [...a].reverse();
    const d = medianDifference(a, b);
    expect(d.estimate).toBe(0);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
  });

  it('is reproducible for a seed, and the level widens the interval', () => {
    const b = a.map((x, i) => x + (i % 3) * 7 - 5);
    expect(medianDifference(a, b)).toEqual(medianDifference(a, b));
    const narrow = medianDifference(a, b, { level: 0.5 });
    const wide = medianDifference(a, b, { level: 0.99 });
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });

  it('refuses an empty sample', () => {
    expect(() => medianDifference([], [1])).toThrow(/at least one value/);
  });
});
