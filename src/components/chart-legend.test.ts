import { describe, expect, it } from 'vitest';
import { SERIES_LEGEND_KEY, seriesLegendOf, withHiddenSeries } from './chart-legend';

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
