import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testIndex } from '../../../../test/fixtures/make-observation';
import { encodeColumnarIndicatorFile, openColumnarIndicatorFile, type ColumnarObservations } from '../../../domain/columnar-indicator-file';
import { ColumnarIndicatorFileSchema, type DataIndex } from '../../../domain/data-files';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import type { Observation } from '../../../domain/observation';
import { ListedObservations } from '../../../domain/observation-set';
import { selectBarEntries } from '../charts/indicator-bar-option';
import { barYearOf } from './bar-year';
import { entryOrder } from './explorer-rows';
import { viewScope, yearsWithLevels } from './indicator-data';

// Thirty test counties (test codes and names); two documents cover years in which some have no value.
const counties: Jurisdiction[] = Array.from({ length: 30 }, (_, i) => ({
  code: `4409${String(i + 10).padStart(2, '0')}`,
  name: { zh: `测试县${(i * 7) % 30}`, en: `County ${i}` },
  level: 'county',
  parentCode: '440900',
}));
const index: DataIndex = {
  ...testIndex,
  jurisdictions: [...testIndex.jurisdictions, ...counties],
  documents: [
    { ...testIndex.documents[0]!, id: 'd1', jurisdictionCode: counties[3]!.code, yearCovered: 2021 },
    { ...testIndex.documents[0]!, id: 'd2', jurisdictionCode: counties[4]!.code, yearCovered: 2020 },
  ],
};
const INDICATOR = { indicatorId: 'hotline.work-orders', unit: '宗', idPrefix: 'syn-hotline.work-orders-' } as const;

/** One generated text per year, each value quoted from it, as the synthetic generator writes them. */
function columnarFile(cells: Array<{ county: number; year: number; value: number }>): ColumnarObservations {
  const starts = new Map<number, number>();
  const seen = new Set<string>();
  const observations: Observation[] = [];
  for (const { county, year, value } of cells) {
    const code = counties[county]!.code;
    if (seen.has(`${code}-${year}`)) continue;
    seen.add(`${code}-${year}`);
    const quote = `${code}：${value}宗`;
    const start = starts.get(year) ?? 0;
    starts.set(year, start + quote.length + 2);
    observations.push({
      id: `${INDICATOR.idPrefix}${code}-${year}`,
      indicatorId: INDICATOR.indicatorId,
      jurisdictionCode: code,
      year,
      period: { kind: 'fullYear', asWritten: '全年' },
      value,
      qualifier: 'exact',
      valueAsWritten: String(value),
      qualifierAsWritten: null,
      relative: null,
      scope: { kind: 'jurisdiction', label: { zh: '全地区', en: 'Whole jurisdiction' } },
      provenance: { sourceId: `s-${year}`, start, end: start + quote.length, quote },
      note: null,
    });
  }
  const opened = openColumnarIndicatorFile(ColumnarIndicatorFileSchema.parse(JSON.parse(JSON.stringify(encodeColumnarIndicatorFile(INDICATOR, observations)))));
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.observations;
}

const cell = fc.record({ county: fc.integer({ min: 0, max: 29 }), year: fc.integer({ min: 2019, max: 2021 }), value: fc.integer({ min: 0, max: 1000 }) });
const view = fc.record({
  jurisdictions: fc.option(fc.uniqueArray(fc.constantFrom(...counties.map((c) => c.code)), { minLength: 1 }), { nil: null }),
  from: fc.option(fc.integer({ min: 2019, max: 2021 }), { nil: null }),
  to: fc.option(fc.integer({ min: 2019, max: 2021 }), { nil: null }),
});

describe('a ranked chart year at scale', () => {
  it('draws, counts and ranks as building the whole year does, building only what it may draw', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 30, maxLength: 90 }),
        // Coarse values make ties across the cutoff; fine ones let most of a year go unbuilt.
        fc.boolean(),
        view,
        fc.integer({ min: 1, max: 12 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 3 }),
        fc.constantFrom('higherIsBetter' as const, 'lowerIsBetter' as const, 'neutral' as const),
        fc.constantFrom('value' as const, 'name' as const, 'change' as const),
        (generated, coarse, filters, top, highlighted, direction, sort) => {
          const cells = coarse ? generated.map((c) => ({ ...c, value: c.value % 4 })) : generated;
          const columnar = columnarFile(cells);
          // The same rows listed: the set cannot give a year's values without building, so the whole year is built.
          const listed = new ListedObservations(columnarFile(cells).all());
          const scoped = { curated: columnar, imported: [], importedSourceIds: new Set<string>() };
          const whole = { curated: listed, imported: [], importedSourceIds: new Set<string>() };
          const scope = viewScope(index, filters);
          const highlight = new Set(highlighted.map((i) => counties[i]!.code));
          const order = entryOrder(sort, 'zh', direction);
          for (const year of yearsWithLevels(scoped, scope)) {
            const fast = barYearOf(index, scoped, filters, scope, year, direction, { top, highlight });
            const slow = barYearOf(index, whole, filters, scope, year, direction, { top, highlight });
            expect(fast.counts).toEqual(slow.counts);
            expect(fast.notReported).toBe(slow.notReported);
            for (const j of counties) expect(fast.rankOf(j.code)).toBe(slow.rankOf(j.code));
            expect(selectBarEntries(fast.entries, year, top, highlight, order, fast.counts)).toEqual(selectBarEntries(slow.entries, year, top, highlight, order, slow.counts));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('builds only the jurisdictions it may draw: the best `top` with their ties, and the highlighted', () => {
    // Values 1–30, and three counties share the 5th best value.
    const cells = counties.map((_, county) => ({ county, year: 2021, value: county >= 25 && county <= 27 ? 26 : county + 1 }));
    const data = { curated: columnarFile([...cells, ...cells.map((c) => ({ ...c, year: 2020 }))]), imported: [], importedSourceIds: new Set<string>() };
    const filters = { jurisdictions: null, from: null, to: null };
    const bar = barYearOf(index, data, filters, viewScope(index, filters), 2021, 'higherIsBetter', { top: 4, highlight: new Set([counties[0]!.code]) });
    expect(bar.counts).toEqual({ total: 30, ranked: 30 });
    // 30, 29, then 26 three times (the 4th place is tied), and the highlighted county ranked 30th.
    expect(bar.entries.map((e) => [e.observation.value, e.rank]).sort((a, b) => a[1]! - b[1]!)).toEqual([[30, 1], [29, 2], [26, 3], [26, 3], [26, 3], [1, 30]]);
    expect(bar.observations).toHaveLength(12);
    expect(bar.rankOf(counties[10]!.code)).toBe(20);
  });
});
