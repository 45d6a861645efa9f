import { describe, expect, it } from 'vitest';
import { makeObservation } from '../../test/fixtures/make-observation';
import { conflictingIds, hasConflict, latestValue, leadingLevel, trendPoints, valueInYear, yearSeries } from './latest-values';

const partYear = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } as const;

describe('valueInYear', () => {
  const observations = [
    makeObservation({ year: 2019, value: 90 }),
    makeObservation({ year: 2021, value: 99.5, period: partYear }),
    makeObservation({ year: 2020, value: 95 }),
    makeObservation({ jurisdictionCode: '440300', year: 2018, value: 80 }),
  ];

  it('gives the chosen year, described as the latest is, with the years before it counted', () => {
    const year = valueInYear(observations, '440981', 2020);
    expect(year?.levels.map((o) => o.value)).toEqual([95]);
    expect(year?.partial).toBe(false);
    expect(year?.earlierYears).toBe(1);
    expect(valueInYear(observations, '440981', 2021)).toEqual(latestValue(observations, '440981'));
  });

  it('is null for a year the jurisdiction does not report, never a neighbouring year in its place', () => {
    expect(valueInYear(observations, '440981', 2018)).toBeNull();
    expect(valueInYear(observations, '440300', 2019)).toBeNull();
  });
});

describe('latestValue', () => {
  it('takes the most recent year and says when it covers only part of the year', () => {
    const latest = latestValue(
      [
        makeObservation({ year: 2019, value: 90 }),
        makeObservation({ year: 2021, value: 99.5, period: partYear }),
        makeObservation({ year: 2020, value: 95 }),
      ],
      '440981',
    );
    expect(latest?.year).toBe(2021);
    expect(latest?.levels.map((o) => o.value)).toEqual([99.5]);
    expect(latest?.partial).toBe(true);
    expect(latest?.earlierYears).toBe(2);
  });

  it('ignores other jurisdictions and returns null when the jurisdiction reports nothing', () => {
    const observations = [makeObservation({ jurisdictionCode: '440300', year: 2018 })];
    expect(latestValue(observations, '440981')).toBeNull();
    expect(latestValue(observations, '440300')?.year).toBe(2018);
  });

  it('never promotes a relative value (a growth rate) to a level, nor an older level to "latest"', () => {
    const relative = makeObservation({ year: 2021, value: 10.6, relative: { kind: 'percentChange', baseAsWritten: '较2020年', baseYear: 2020 } });
    const latest = latestValue([makeObservation({ year: 2020, value: 5 }), relative], '440981');
    expect(latest?.year).toBe(2021);
    expect(latest?.levels).toEqual([]);
    expect(latest?.relatives).toEqual([relative]);
  });

  it('keeps both of two conflicting values and flags the conflict', () => {
    const latest = latestValue([makeObservation({ value: 36 }), makeObservation({ value: 1299 })], '440981');
    expect(latest?.levels.map((o) => o.value)).toEqual([36, 1299]);
    expect(latest?.conflict).toBe(true);
    expect(latest?.multipleScopes).toBe(false);
  });

  it('does not call the full year and part of it a conflict, only two values for the same period', () => {
    const toNovember = { kind: 'asOf', date: '2021-11-30', asWritten: '截至11月底' } as const;
    const twoPeriods = [makeObservation({ value: 120000 }), makeObservation({ value: 115000, period: toNovember })];
    expect(latestValue(twoPeriods, '440981')).toMatchObject({ conflict: false, partial: true });
    expect(latestValue([...twoPeriods, makeObservation({ value: 110000, period: toNovember })], '440981')?.conflict).toBe(true);
  });

  it('does not call two values for different scopes a conflict', () => {
    const latest = latestValue(
      [
        makeObservation({ value: 5, scope: { kind: 'subset', label: { zh: '市直部门', en: 'departments' } } }),
        makeObservation({ value: 4, scope: { kind: 'subset', label: { zh: '各区', en: 'districts' } } }),
      ],
      '440981',
    );
    expect(latest?.conflict).toBe(false);
    expect(latest?.multipleScopes).toBe(true);
  });
});

describe('hasConflict', () => {
  it('does not flag the same value stated twice', () => {
    expect(hasConflict([makeObservation({ value: 5 }), makeObservation({ value: 5 })])).toBe(false);
  });
});

describe('conflictingIds', () => {
  const toNovember = { kind: 'asOf', date: '2021-11-30', asWritten: '截至11月底' } as const;

  it('names both sides of a contradiction, and nothing that shares only the jurisdiction and year', () => {
    const a = makeObservation({ value: 5 });
    const b = makeObservation({ value: 6 });
    const partYear = makeObservation({ value: 4, period: toNovember });
    const otherYear = makeObservation({ value: 7, year: 2020 });
    const otherPlace = makeObservation({ value: 8, jurisdictionCode: '440300' });
    const otherIndicator = makeObservation({ value: 9, indicatorId: 'hotline.resolution-rate' });
    expect([...conflictingIds([a, b, partYear, otherYear, otherPlace, otherIndicator])].sort()).toEqual([a.id, b.id].sort());
  });
});

describe('leadingLevel', () => {
  it('is the first full-year figure, even after a part-year one, else the first', () => {
    const partYear = makeObservation({ value: 4, period: { kind: 'asOf', date: '2021-11-30', asWritten: '截至11月底' } });
    const fullYear = makeObservation({ value: 5 });
    expect(leadingLevel([partYear, fullYear])).toBe(fullYear);
    expect(leadingLevel([partYear])).toBe(partYear);
    expect(leadingLevel([])).toBeUndefined();
  });
});

describe('trendPoints', () => {
  it('needs two years with levels to make a trend', () => {
    expect(trendPoints(yearSeries([makeObservation({ year: 2021 })], '440981'))).toEqual([]);
    const points = trendPoints(yearSeries([makeObservation({ year: 2021 }), makeObservation({ year: 2019 })], '440981'));
    expect(points.map((p) => p.year)).toEqual([2019, 2021]);
  });
});
