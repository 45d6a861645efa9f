import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import type { DataIndex } from '../../../domain/data-files';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import { createI18n } from '../../../lib/i18n';
import { explorerMessages } from '../locales';
import { buildEntries, entryOrder, sortEntries } from '../model/explorer-rows';
import { buildIndicatorBarOption, HIGHLIGHT_COLOR, selectBarEntries, type BarDatum, type ChartContext } from './indicator-bar-option';
import { BACKGROUND_LINE_COLOR, backgroundLineData, buildIndicatorLineOption, MAX_LINE_SERIES } from './indicator-line-option';

const i18n = createI18n('zh', [explorerMessages]);
const ctx: ChartContext = { indicator: testIndicator, language: 'zh', t: i18n.t, selectedObservationId: null, importedSourceIds: new Set() };

// Forty test counties (test codes, test values): value = county number, so county 40 ranks first.
const counties: Jurisdiction[] = Array.from({ length: 40 }, (_, i) => ({
  code: `4409${String(i + 10).padStart(2, '0')}`,
  name: { zh: `测试县${i + 1}`, en: `County ${i + 1}` },
  level: 'county',
  parentCode: '440900',
}));
const index: DataIndex = { ...testIndex, jurisdictions: [...testIndex.jurisdictions, ...counties], documents: [] };
const observations = counties.flatMap((c, i) =>
  [2020, 2021].map((year) =>
    makeObservation({ id: `${c.code}-${year}`, jurisdictionCode: c.code, year, value: i + 1 + (year - 2020), provenance: { sourceId: 'a', start: 0, end: 3, quote: '工单1' } }),
  ),
);
const rows = buildIndicatorRows(index, observations);
const entries = sortEntries(buildEntries(rows, rows, 'higherIsBetter'), 'value', 'zh', 'higherIsBetter');

describe('ranked bar chart at scale', () => {
  it('keeps the best N and adds a highlighted jurisdiction ranked lower, with its rank', () => {
    const selection = selectBarEntries(entries, 2021, 10, new Set(['440910']));
    expect(selection.total).toBe(40);
    expect(selection.shown.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40]);
    expect(selection.hiddenCount).toBe(29);
    const option = buildIndicatorBarOption(entries, 2021, ctx, { top: 10, highlight: new Set(['440910']) }) as {
      yAxis: { data: string[] };
      series: Array<{ data: BarDatum[] }>;
    };
    expect(option.yAxis.data).toHaveLength(11);
    expect(option.yAxis.data[0]).toBe('测试县40');
    expect(option.yAxis.data.at(-1)).toBe('测试县1（第40名）');
    expect(option.series[0]!.data.at(-1)!.itemStyle.color).toBe(HIGHLIGHT_COLOR);
    expect(option.series[0]!.data[0]!.itemStyle.color).not.toBe(HIGHLIGHT_COLOR);
  });

  it('draws exactly N leaders when ties cross the cutoff, and counts the tied ones left out', () => {
    // Twelve counties share the best value: "top 5" is five bars, with seven more tied at rank 1.
    const tiedRows = buildIndicatorRows(
      index,
      counties.map((c, i) =>
        makeObservation({ id: `${c.code}-t`, jurisdictionCode: c.code, year: 2021, value: i < 12 ? 100 : i, provenance: { sourceId: 'a', start: 0, end: 3, quote: '工单1' } }),
      ),
    );
    const tiedEntries = sortEntries(buildEntries(tiedRows, tiedRows, 'higherIsBetter'), 'value', 'zh', 'higherIsBetter');
    const selection = selectBarEntries(tiedEntries, 2021, 5, new Set([counties[8]!.code]));
    expect(selection.leaderCount).toBe(5);
    expect(selection.shown.map((e) => e.rank)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(selection.tiedAtCutoff).toEqual({ rank: 1, count: 7 });
    // The highlighted county tied at rank 1 but beyond the five is added, labelled with its rank.
    const option = buildIndicatorBarOption(tiedEntries, 2021, ctx, { top: 5, highlight: new Set([counties[8]!.code]) }) as { yAxis: { data: string[] } };
    expect(option.yAxis.data.at(-1)).toBe('测试县9（第1名）');
    expect(option.yAxis.data.slice(0, 5).every((name) => !name.includes('第'))).toBe(true);
  });

  it('selects the same bars from unsorted entries given the order as from the sorted entries', () => {
    // Few distinct values, so ties (broken by name or change) cross the cutoff; a second value makes a conflict.
    const arbitraryYear = fc.array(fc.tuple(fc.integer({ min: 0, max: 39 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.boolean()), { maxLength: 60 });
    fc.assert(
      fc.property(
        arbitraryYear,
        fc.integer({ min: 1, max: 25 }),
        fc.constantFrom('value' as const, 'name' as const, 'change' as const),
        fc.constantFrom('higherIsBetter' as const, 'lowerIsBetter' as const),
        fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: 4 }),
        fc.integer(),
        (cells, top, sort, direction, highlighted, seed) => {
          const observations = cells.flatMap(([county, previous, value, conflict], k) => {
            const c = counties[county]!;
            const at = (year: number, v: number, n: number) =>
              makeObservation({ id: `${c.code}-${year}-${k}-${n}`, jurisdictionCode: c.code, year, value: v, provenance: { sourceId: 'a', start: 0, end: 3, quote: '工单1' } });
            return [at(2020, previous, 0), at(2021, value, 0), ...(conflict ? [at(2021, value + 1, 1)] : [])];
          });
          const allRows = buildIndicatorRows(index, observations);
          const built = buildEntries(allRows, allRows, direction, 2021);
          // A shuffled copy: the order must come from `order`, not from where the entries happen to be.
          const shuffled = built.map((e, i) => ({ e, k: (i * 7919 + seed) % 104729 })).sort((a, b) => a.k - b.k).map(({ e }) => e);
          const order = entryOrder(sort, 'zh', direction);
          const highlight = new Set(highlighted.map((i) => counties[i]!.code));
          // Entries equal under the order (two equal values of one county) keep their places: a stable sort of the same input.
          const expected = selectBarEntries([...shuffled].sort(order), 2021, top, highlight);
          const actual = selectBarEntries(shuffled, 2021, top, highlight, order);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws every bar when there are no more than N', () => {
    expect(selectBarEntries(entries, 2021, 50).shown).toHaveLength(40);
    expect(selectBarEntries(entries, 2021, 50).hiddenCount).toBe(0);
  });
});

describe('line chart at scale', () => {
  type LineOption = { seriesLegend: Array<{ name: string; color: string }>; series: Array<{ name: string; color: string; data: unknown[] }> };

  it(`switches to one grey background series above ${MAX_LINE_SERIES} jurisdictions and names only the highlighted`, () => {
    const option = buildIndicatorLineOption(rows, ctx, { highlight: ['440910', '440949'] }) as LineOption;
    expect(option.series[0]).toMatchObject({ color: BACKGROUND_LINE_COLOR, name: '其他地区' });
    // Three series (solid, dashed, points) per highlighted jurisdiction, one for all the others.
    expect(option.series).toHaveLength(1 + 2 * 3);
    expect(option.seriesLegend.map((item) => item.name)).toEqual(['测试县1', '测试县40']);
    // No legend entry for the grey background.
    expect(option.seriesLegend.map((item) => item.color)).not.toContain(BACKGROUND_LINE_COLOR);
  });

  it('keeps gaps in the background: a missing year is null, and jurisdictions are separated by a null', () => {
    const data = backgroundLineData(
      new Map([
        ['a', new Map([[2020, 1], [2022, 3]])],
        ['b', new Map([[2021, 5]])],
      ]),
      ['2020', '2021', '2022'],
      new Set(),
    );
    expect(data).toEqual([[0, 1], [1, null], [2, 3], [2, null], [0, null], [1, 5], [2, null], [2, null]]);
  });

  it('draws one line per jurisdiction, as before, at or below the threshold', () => {
    const few = buildIndicatorRows(index, observations.filter((o) => o.jurisdictionCode <= '440912'));
    const option = buildIndicatorLineOption(few, ctx) as LineOption;
    expect(option.series.every((s) => s.color !== BACKGROUND_LINE_COLOR)).toBe(true);
    expect(option.series).toHaveLength(3 * 3);
  });
});
