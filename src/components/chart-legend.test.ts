import { describe, expect, it } from 'vitest';
import { makeObservation } from '../../test/fixtures/make-observation';
import { marksShown, SERIES_LEGEND_KEY, seriesLegendOf, withHiddenSeries } from './chart-legend';

describe('seriesLegendOf', () => {
  it('reads the legend a builder lists, skipping anything malformed', () => {
    const option = { [SERIES_LEGEND_KEY]: [{ name: '高州市', color: '#0072B2' }, { name: 3 }, null, { name: '深圳市', color: '#E69F00' }] };
    expect(seriesLegendOf(option)).toEqual([
      { name: '高州市', color: '#0072B2' },
      { name: '深圳市', color: '#E69F00' },
    ]);
    expect(seriesLegendOf({ series: [] })).toEqual([]);
  });
});

describe('withHiddenSeries', () => {
  const option = {
    series: [
      { type: 'line', name: '其他地区' },
      { type: 'line', name: '高州市' },
      { type: 'line', name: '高州市' },
      { type: 'line', name: '深圳市' },
    ],
  };

  it('drops every series of a hidden name (a jurisdiction is three series) and keeps the rest in order', () => {
    const shown = withHiddenSeries(option, new Set(['高州市'])) as typeof option;
    expect(shown.series.map((s) => s.name)).toEqual(['其他地区', '深圳市']);
    expect(option.series).toHaveLength(4);
  });

  it('returns the very same option when nothing is hidden', () => {
    expect(withHiddenSeries(option, new Set())).toBe(option);
  });
});

describe('marksShown', () => {
  const imported = (o: { provenance: { sourceId: string } }) => o.provenance.sourceId.startsWith('imported-');

  it('lists the marks the values carry, in the legend’s order', () => {
    const values = [
      makeObservation({ provenance: { sourceId: 'imported-x', start: 0, end: 6, quote: '工单100宗' } }),
      makeObservation({ qualifier: 'approx' }),
      makeObservation({ period: { kind: 'asOf', date: null, asWritten: '截至目前' } }),
    ];
    expect(marksShown(values, { gaps: true, imported })).toEqual(['partial', 'approx', 'gap', 'imported']);
    expect(marksShown([makeObservation()], { gaps: false, imported })).toEqual([]);
  });
});
