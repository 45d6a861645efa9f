import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalValueAsWritten } from './canonical-value';
import { parseNumberAsWritten } from './number-as-written';

describe('canonicalValueAsWritten', () => {
  it.each([
    [87.41, '%', '87.41%'],
    [87.4, '%', '87.4%'],
    [100, '%', '100%'],
    [3693, '件', '3693'],
    [5543.21, '万元', '5543.21'],
    [0.5, '亿元', '0.5'],
    [0, '件', '0'],
  ] as const)('%d %s → %s', (value, unit, written) => {
    expect(canonicalValueAsWritten(value, unit)).toBe(written);
  });

  it('has no rendering for values a report does not write as plain digits', () => {
    expect(canonicalValueAsWritten(-3, '件')).toBeNull();
    expect(canonicalValueAsWritten(1e21, '件')).toBeNull();
    expect(canonicalValueAsWritten(1e-7, '%')).toBeNull();
    expect(canonicalValueAsWritten(Number.NaN, '件')).toBeNull();
    expect(canonicalValueAsWritten(Number.POSITIVE_INFINITY, '件')).toBeNull();
  });

  it('reads back as exactly the value, and parseNumberAsWritten reads it as that number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), fc.constantFrom('%', '件', '万元', '人次'), (value, unit) => {
        const written = canonicalValueAsWritten(value, unit);
        if (written === null) return;
        expect(Number(unit === '%' ? written.slice(0, -1) : written)).toBe(value);
        // Within the tolerance scripts/lib/curated-dataset.ts allows between a parse and a value.
        const parsed = parseNumberAsWritten(written);
        expect(parsed).toMatchObject({ qualifier: 'exact', isPercent: unit === '%' });
        expect(Math.abs(parsed!.value - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, value));
      }),
    );
  });

  it('renders every value of two decimals as written with two decimals, trailing zeros dropped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (hundredths) => {
        const value = hundredths / 100;
        const fixed = value.toFixed(2).replace(/\.?0+$/, '');
        expect(canonicalValueAsWritten(value, '%')).toBe(`${fixed}%`);
      }),
    );
  });
});
