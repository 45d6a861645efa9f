import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex } from '../../../test/fixtures/make-observation';
import { buildCompareRows } from './compare-rows';

const rows = (observations: ReturnType<typeof makeObservation>[]) => buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], observations);
const shenzhen = (overrides: Parameters<typeof makeObservation>[0] = {}) => makeObservation({ jurisdictionCode: '440300', year: 2018, ...overrides });

describe('buildCompareRows', () => {
  it('flags different years, periods and scopes', () => {
    const [row] = rows([
      makeObservation({ period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } }),
      shenzhen({ scope: { kind: 'issuingBody', label: { zh: '市政府办公厅', en: 'office' } } }),
    ]);
    expect(row!.flags).toMatchObject({ differentYears: true, differentPeriods: true, differentScopes: true, notReported: false, conflict: false });
  });

  it('does not flag values that are alike', () => {
    const [row] = rows([makeObservation({ year: 2018 }), shenzhen()]);
    expect(row!.flags).toMatchObject({ differentYears: false, differentPeriods: false, differentScopes: false });
  });

  it('marks a jurisdiction without a value as not reported, and the row max ignores it', () => {
    const [row] = rows([makeObservation({ value: 38 })]);
    expect(row!.cells.map((c) => c.latest?.levels[0]?.value ?? null)).toEqual([38, null]);
    expect(row!.flags.notReported).toBe(true);
    expect(row!.max).toBe(38);
  });
});

describe('buildCompareRows for a chosen year', () => {
  it('compares that year only: a jurisdiction without it is not reported, never shown with another year', () => {
    const observations = [makeObservation({ year: 2018, value: 12 }), makeObservation({ year: 2021, value: 38 }), shenzhen({ value: 90 })];
    const [in2018] = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], observations, 2018);
    expect(in2018!.cells.map((c) => c.latest?.levels[0]?.value ?? null)).toEqual([12, 90]);
    expect(in2018!.flags).toMatchObject({ differentYears: false, notReported: false });
    const [in2021] = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], observations, 2021);
    expect(in2021!.cells.map((c) => c.latest?.levels[0]?.value ?? null)).toEqual([38, null]);
    expect(in2021!.flags.notReported).toBe(true);
    expect(in2021!.max).toBe(38);
  });
});
