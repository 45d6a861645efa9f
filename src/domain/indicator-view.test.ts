import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex } from '../../test/fixtures/make-observation';
import { buildIndicatorRows, hasConflictingLevels } from './indicator-view';

describe('buildIndicatorRows', () => {
  it('lists every jurisdiction-year a document covers, marking those without a figure as not reported', () => {
    const rows = buildIndicatorRows(testIndex, [makeObservation({ value: 12905, valueAsWritten: '12905' })]);
    expect(rows.map((r) => [r.jurisdiction.code, r.year, r.status])).toEqual([
      ['440300', 2018, 'notReported'],
      ['440981', 2021, 'reported'],
    ]);
    expect(rows[0]!.levels).toEqual([]);
  });

  it('keeps relative values apart from levels', () => {
    const relative = makeObservation({
      value: 10.6,
      valueAsWritten: '10.6%',
      relative: { kind: 'percentChange', baseAsWritten: '较2020年同期', baseYear: 2020 },
    });
    const [, row] = buildIndicatorRows(testIndex, [relative]);
    expect(row!.levels).toEqual([]);
    expect(row!.relatives).toEqual([relative]);
    expect(row!.status).toBe('reported');
  });

  it('keeps both of two conflicting figures and flags the conflict', () => {
    const rows = buildIndicatorRows(testIndex, [makeObservation({ value: 36 }), makeObservation({ value: 1299 })]);
    const row = rows.find((r) => r.jurisdiction.code === '440981')!;
    expect(row.levels.map((o) => o.value)).toEqual([36, 1299]);
    expect(hasConflictingLevels(row)).toBe(true);
  });

  it('does not flag a full year and part of it (截至11月底) as a conflict, but the same period twice with two values', () => {
    const toNovember = { kind: 'asOf', date: '2024-11-30', asWritten: '截至11月底' } as const;
    const levels = [makeObservation({ year: 2024, value: 120000 }), makeObservation({ year: 2024, value: 115000, period: toNovember })];
    const row = (observations: typeof levels) => buildIndicatorRows(testIndex, observations).find((r) => r.status === 'reported')!;
    expect(hasConflictingLevels(row(levels))).toBe(false);
    expect(hasConflictingLevels(row([...levels, makeObservation({ year: 2024, value: 114000, period: toNovember })]))).toBe(true);
  });

  it('does not flag the same figure stated twice as a conflict', () => {
    const rows = buildIndicatorRows(testIndex, [makeObservation({ value: 5 }), makeObservation({ value: 5 })]);
    expect(hasConflictingLevels(rows.find((r) => r.status === 'reported')!)).toBe(false);
  });

  it('orders by level (province first), then code, then year', () => {
    const rows = buildIndicatorRows(testIndex, [makeObservation({ jurisdictionCode: '440000', year: 2022 })]);
    expect(rows.map((r) => r.jurisdiction.code)).toEqual(['440000', '440300', '440981']);
  });
});
