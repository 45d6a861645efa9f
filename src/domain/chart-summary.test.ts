import { describe, expect, it } from 'vitest';
import { summarizeChart, type SummaryItem } from './chart-summary';

const item = (name: string, year: number, value: number, extra: Partial<SummaryItem> = {}): SummaryItem => ({
  name,
  year,
  value,
  qualifier: 'exact',
  partial: false,
  ...extra,
});

describe('summarizeChart', () => {
  it('states count, highest, lowest and the years covered', () => {
    const facts = summarizeChart([item('高州市', 2021, 99.5), item('深圳市', 2021, 80), item('中山市', 2021, 90)]);
    expect(facts.count).toBe(3);
    expect(facts.names).toBe(3);
    expect(facts.years).toEqual([2021]);
    expect(facts.highest.map((p) => p.name)).toEqual(['高州市']);
    expect(facts.lowest.map((p) => p.name)).toEqual(['深圳市']);
    expect(facts.trends).toEqual([]);
  });

  it('keeps ties and gives no lowest when every value is the same', () => {
    const facts = summarizeChart([item('A', 2020, 5), item('B', 2020, 5)]);
    expect(facts.highest).toHaveLength(2);
    expect(facts.lowest).toEqual([]);
  });

  it('gives each series its trend from first to last year, flagging part-year end points', () => {
    const facts = summarizeChart([
      item('A', 2019, 10),
      item('A', 2021, 30, { partial: true }),
      item('A', 2020, 50),
      item('B', 2020, 8),
      item('B', 2021, 8),
      item('C', 2021, 4),
    ]);
    expect(facts.trends).toEqual([
      expect.objectContaining({ name: 'A', direction: 'up', partial: true, from: expect.objectContaining({ year: 2019 }), to: expect.objectContaining({ year: 2021, value: 30 }) }),
      expect.objectContaining({ name: 'B', direction: 'flat', partial: false }),
    ]);
    expect(summarizeChart([item('D', 2020, 9), item('D', 2021, 3)]).trends[0]!.direction).toBe('down');
  });

  it('draws a year that states part of the year first and then the full year on the full year, as the chart does', () => {
    const facts = summarizeChart([item('A', 2020, 100), item('A', 2021, 90, { partial: true }), item('A', 2021, 120)]);
    expect(facts.trends[0]).toMatchObject({ direction: 'up', partial: false, to: { year: 2021, value: 120 } });
  });

  it('counts the caveats: part years, bounds, conflicts, imported and not reported', () => {
    const facts = summarizeChart(
      [
        item('A', 2021, 260, { qualifier: 'atLeast' }),
        item('A', 2021, 300, { conflict: true }),
        item('B', 2021, 12, { partial: true, imported: true }),
      ],
      4,
    );
    expect(facts.caveats).toEqual({ partial: 1, bounds: 1, conflicts: 1, notReported: 4, imported: 1 });
    // A conflicting second figure never draws the trend line.
    expect(facts.trends).toEqual([]);
  });

  it('says nothing is there when there is nothing', () => {
    const facts = summarizeChart([], 2);
    expect(facts).toMatchObject({ count: 0, highest: [], lowest: [], trends: [], years: [] });
    expect(facts.caveats.notReported).toBe(2);
  });
});
