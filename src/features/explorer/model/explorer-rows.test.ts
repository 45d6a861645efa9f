import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import { buildEntries, documentsBehindChart, filterRows, mixesPeriods, sortEntries, yearOnYear } from './explorer-rows';

const JAN_OCT = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } as const;
const rowsOf = (...observations: Parameters<typeof makeObservation>[0][]) => buildIndicatorRows(testIndex, observations.map((o) => makeObservation(o)));

describe('yearOnYear', () => {
  it('computes absolute and percent change between two exact full years', () => {
    const rows = rowsOf({ year: 2020, value: 80 }, { year: 2021, value: 100 });
    const row = rows.find((r) => r.year === 2021 && r.levels.length > 0)!;
    expect(yearOnYear(rows, row, row.levels[0]!)).toMatchObject({ kind: 'change', absolute: 20, percent: 25 });
  });

  it.each([
    ['there is no previous year', [{ year: 2021, value: 1 }], 'noPrevious'],
    ['either year is partial', [{ year: 2020, value: 1 }, { year: 2021, value: 2, period: JAN_OCT }], 'partialPeriod'],
    ['either value is a bound', [{ year: 2020, value: 1, qualifier: 'atLeast' as const }, { year: 2021, value: 2 }], 'qualified'],
    ['the previous year has conflicting values', [{ year: 2020, value: 1 }, { year: 2020, value: 5 }, { year: 2021, value: 2 }], 'conflict'],
  ])('refuses when %s', (_label, observations, reason) => {
    const rows = rowsOf(...observations);
    const row = rows.find((r) => r.year === 2021 && r.levels.length > 0)!;
    expect(yearOnYear(rows, row, row.levels.at(-1)!)).toEqual({ kind: 'none', reason });
  });

  it('refuses across different scopes', () => {
    const rows = rowsOf({ year: 2020, value: 1, scope: { kind: 'issuingBody', label: { zh: '办公厅', en: 'office' } } }, { year: 2021, value: 2 });
    const row = rows.find((r) => r.year === 2021 && r.levels.length > 0)!;
    expect(yearOnYear(rows, row, row.levels[0]!)).toEqual({ kind: 'none', reason: 'scope' });
  });
});

describe('a full year and part of it in one year', () => {
  const TO_NOVEMBER = { kind: 'asOf', date: '2024-11-30', asWritten: '截至11月底' } as const;
  const fullYear = { year: 2024, value: 120000 };
  const toNovember = { year: 2024, value: 115000, period: TO_NOVEMBER };

  it('are two facts, not a contradiction: the first is ranked, neither is flagged', () => {
    const rows = rowsOf(fullYear, toNovember);
    const entries = buildEntries(rows, rows, 'neutral');
    expect(entries.map((e) => [e.observation.value, e.rank, e.conflict])).toEqual([
      [120000, 1, false],
      [115000, null, false],
    ]);
  });

  it('still flag a second, different value for the same period: a contradiction is shown, not fixed', () => {
    const rows = rowsOf(fullYear, toNovember, { year: 2024, value: 110000 });
    const entries = buildEntries(rows, rows, 'neutral');
    expect(entries.map((e) => [e.observation.value, e.conflict])).toEqual([
      [120000, false],
      [115000, false],
      [110000, true],
    ]);
  });

  it('compare full year with full year for the change from the year before', () => {
    const rows = rowsOf({ year: 2023, value: 100000 }, { year: 2023, value: 90000, period: TO_NOVEMBER }, fullYear, toNovember);
    const row = rows.find((r) => r.year === 2024)!;
    expect(yearOnYear(rows, row, row.levels[0]!)).toMatchObject({ kind: 'change', absolute: 20000, percent: 20 });
    expect(yearOnYear(rows, row, row.levels[1]!)).toEqual({ kind: 'none', reason: 'partialPeriod' });
  });
});

describe('a year that states part of the year before the full year', () => {
  const TO_NOVEMBER = { kind: 'asOf', date: '2024-11-30', asWritten: '截至11月底' } as const;

  it('is ranked on its full-year figure', () => {
    const rows = rowsOf({ year: 2024, value: 115000, period: TO_NOVEMBER }, { year: 2024, value: 120000 }, { year: 2024, value: 118000, jurisdictionCode: '440300', provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } });
    const entries = buildEntries(rows, rows, 'higherIsBetter');
    expect(entries.map((e) => [e.row.jurisdiction.code, e.observation.value, e.rank])).toEqual(
      expect.arrayContaining([
        ['440981', 115000, null],
        ['440981', 120000, 1],
        ['440300', 118000, 2],
      ]),
    );
  });
});

describe('yearOnYear with two scopes', () => {
  const office = { kind: 'issuingBody', label: { zh: '办公厅', en: 'office' } } as const;

  it('compares with the previous figure of the same scope, whichever the source states first', () => {
    const rows = rowsOf({ year: 2020, value: 7, scope: office }, { year: 2020, value: 80 }, { year: 2021, value: 100 });
    const row = rows.find((r) => r.year === 2021 && r.levels.length > 0)!;
    expect(yearOnYear(rows, row, row.levels[0]!)).toMatchObject({ kind: 'change', absolute: 20, previous: { value: 80 } });
  });

  it('is not stopped by a contradiction in the other scope', () => {
    const rows = rowsOf({ year: 2020, value: 7, scope: office }, { year: 2020, value: 9, scope: office }, { year: 2020, value: 80 }, { year: 2021, value: 100 });
    const row = rows.find((r) => r.year === 2021 && r.levels.length > 0)!;
    expect(yearOnYear(rows, row, row.levels[0]!)).toMatchObject({ kind: 'change', absolute: 20 });
  });
});

describe('buildEntries and ranking', () => {
  const rows = buildIndicatorRows(testIndex, [
    makeObservation({ value: 50 }),
    makeObservation({ jurisdictionCode: '440300', value: 90, provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } }),
    makeObservation({ jurisdictionCode: '440000', value: 90, provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } }),
  ]);

  it('ranks largest first when higher is better, ties sharing a rank', () => {
    const ranks = buildEntries(rows, rows, 'higherIsBetter').map((e) => [e.row.jurisdiction.code, e.rank]);
    expect(ranks).toEqual(expect.arrayContaining([['440981', 3], ['440300', 1], ['440000', 1]]));
  });

  it('ranks smallest first when lower is better', () => {
    const gaozhou = buildEntries(rows, rows, 'lowerIsBetter').find((e) => e.row.jurisdiction.code === '440981');
    expect(gaozhou?.rank).toBe(1);
  });

  it('sorts by value, by name, or by change', () => {
    const entries = buildEntries(rows, rows, 'higherIsBetter');
    expect(sortEntries(entries, 'value', 'zh', 'higherIsBetter').map((e) => e.observation.value)).toEqual([90, 90, 50]);
    expect(sortEntries(entries, 'name', 'en', 'higherIsBetter').map((e) => e.row.jurisdiction.name.en)).toEqual(['Gaozhou', 'Guangdong', 'Shenzhen']);
  });

  it('keeps the rows\' order (level, then code) between equal values, whatever the names', () => {
    const tied = buildIndicatorRows(testIndex, [
      makeObservation({ value: 90 }),
      makeObservation({ jurisdictionCode: '440300', value: 90, provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } }),
    ]);
    const entries = buildEntries(tied, tied, 'higherIsBetter');
    // 深圳市 (a prefecture) before 高州市 (a county), though 高 comes before 深 in pinyin; by name, the reverse.
    for (const sort of ['value', 'change'] as const) {
      expect(sortEntries(entries, sort, 'zh', 'higherIsBetter').map((e) => e.row.jurisdiction.code)).toEqual(['440300', '440981']);
      expect(sortEntries([...entries].reverse(), sort, 'zh', 'higherIsBetter').map((e) => e.row.jurisdiction.code)).toEqual(['440300', '440981']);
    }
    expect(sortEntries(entries, 'name', 'zh', 'higherIsBetter').map((e) => e.row.jurisdiction.code)).toEqual(['440981', '440300']);
  });

  it('detects a year that mixes part-year and full-year values', () => {
    const mixed = buildIndicatorRows(testIndex, [makeObservation({ period: JAN_OCT }), makeObservation({ jurisdictionCode: '440300', provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } })]);
    expect(mixesPeriods(buildEntries(mixed, mixed, 'neutral'))).toBe(true);
    expect(mixesPeriods(buildEntries(rows, rows, 'neutral'))).toBe(false);
  });
});

describe('buildEntries for one year', () => {
  it('gives exactly that year\'s entries of the full build, with the same ranks and year-on-year changes', () => {
    const rows = rowsOf(
      { year: 2020, value: 80 },
      { year: 2021, value: 100 },
      { year: 2022, value: 90 },
      { year: 2021, value: 70, jurisdictionCode: '440300', provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } },
      { year: 2020, value: 60, jurisdictionCode: '440300', provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } },
    );
    const full = buildEntries(rows, rows, 'higherIsBetter');
    for (const year of [2020, 2021, 2022]) {
      const one = buildEntries(rows, rows, 'higherIsBetter', year);
      expect(one).toEqual(full.filter((e) => e.row.year === year));
    }
    expect(buildEntries(rows, rows, 'higherIsBetter', 2021).map((e) => [e.rank, e.change.kind])).toEqual(expect.arrayContaining([[1, 'change'], [2, 'change']]));
  });
});

describe('filterRows', () => {
  it('keeps only the chosen jurisdictions and years', () => {
    const rows = rowsOf({ year: 2020 }, { year: 2021 });
    expect(filterRows(rows, { jurisdictions: ['440981'], from: 2021, to: null }).map((r) => [r.jurisdiction.code, r.year])).toEqual([['440981', 2021]]);
  });
});

describe('documentsBehindChart', () => {
  const rows = buildIndicatorRows(testIndex, [
    makeObservation({ year: 2021, value: 50 }),
    makeObservation({ jurisdictionCode: '440300', year: 2018, value: 90, provenance: { sourceId: 'b', start: 0, end: 3, quote: '工单1' } }),
  ]);

  it('names the documents of the bars drawn, known before the deferred entries of every year', () => {
    const bars = buildEntries(rows, rows, 'neutral', 2021);
    expect(documentsBehindChart('bar', rows, bars, testIndex.documents).map((d) => d.id)).toEqual(['a']);
    expect(documentsBehindChart('bar', rows, [], testIndex.documents)).toEqual([]);
  });

  it('names the documents of every level of a line chart', () => {
    expect(documentsBehindChart('line', rows, [], testIndex.documents).map((d) => d.id)).toEqual(['a', 'b']);
  });
});
