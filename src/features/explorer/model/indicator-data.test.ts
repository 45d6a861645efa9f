import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex } from '../../../../test/fixtures/make-observation';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import { ListedObservations } from '../../../domain/observation-set';
import { buildEntries, filterRows } from './explorer-rows';
import { allObservations, computeOnce, jurisdictionsWithLevels, observationsOfYears, viewScope, yearsWithLevels } from './indicator-data';

const RELATIVE = { kind: 'percentChange', baseAsWritten: '上年', baseYear: null } as const;
// 110101 is not in the test index: its values never show.
const CODES = ['440000', '440300', '440981', '110101'];

const observation = fc
  .record({ code: fc.constantFrom(...CODES), year: fc.integer({ min: 2018, max: 2022 }), value: fc.nat(100), relative: fc.boolean() })
  .map(({ code, year, value, relative }) => makeObservation({ jurisdictionCode: code, year, value, relative: relative ? RELATIVE : null }));
const state = fc.record({
  jurisdictions: fc.option(fc.subarray(CODES), { nil: null }),
  from: fc.option(fc.integer({ min: 2018, max: 2022 }), { nil: null }),
  to: fc.option(fc.integer({ min: 2018, max: 2022 }), { nil: null }),
});

describe('asking an indicator file without building every row', () => {
  it('finds the same years, jurisdictions and chart entries as building and filtering every row', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 25 }), fc.array(observation, { maxLength: 5 }), state, (curated, imported, view) => {
        const data = { curated: new ListedObservations(curated), imported, importedSourceIds: new Set<string>() };
        const allRows = buildIndicatorRows(testIndex, allObservations(data));
        const rows = filterRows(allRows, view);
        const scope = viewScope(testIndex, view);

        const years = yearsWithLevels(data, scope);
        expect(years).toEqual([...new Set(rows.filter((r) => r.levels.length > 0).map((r) => r.year))].sort((a, b) => a - b));
        expect(jurisdictionsWithLevels(data, scope)).toEqual(new Set(rows.filter((r) => r.levels.length > 0).map((r) => r.jurisdiction.code)));
        // A ranked chart of any year, from that year and the one before only: the same entries, change included.
        for (const year of years) {
          const twoYears = buildIndicatorRows(testIndex, observationsOfYears(data, [year - 1, year]));
          const entries = buildEntries(twoYears, filterRows(twoYears, view), 'higherIsBetter', year);
          expect(entries).toEqual(buildEntries(allRows, rows, 'higherIsBetter', year));
        }
      }),
    );
  });

  it('uses the curated array itself when nothing is imported, and puts imported values after it', () => {
    const curated = [makeObservation({ year: 2020 }), makeObservation({ year: 2021 })];
    const imported = [makeObservation({ year: 2021 })];
    const listed = new ListedObservations(curated);
    expect(allObservations({ curated: listed, imported: [], importedSourceIds: new Set() })).toBe(curated);
    expect(allObservations({ curated: listed, imported, importedSourceIds: new Set() })).toEqual([...curated, ...imported]);
    expect(observationsOfYears({ curated: listed, imported, importedSourceIds: new Set() }, [2021])).toEqual([curated[1], imported[0]]);
  });
});

describe('computeOnce', () => {
  it('computes on the first call only, and returns the same value after', () => {
    let calls = 0;
    const value = computeOnce(() => ({ n: ++calls }));
    expect(calls).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(calls).toBe(1);
  });
});
