import { describe, expect, it } from 'vitest';
import { makeObservation } from '../../test/fixtures/make-observation';
import { createI18n } from '../lib/i18n';
import { CHART_MARK_MESSAGES, CHART_MARKS, chartMarkItems, marksShown, SERIES_LEGEND_KEY, seriesLegendOf, withHiddenSeries } from './chart-legend';

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
  const importedValue = makeObservation({ provenance: { sourceId: 'imported-x', start: 0, end: 6, quote: '工单100宗' } });
  const approx = makeObservation({ qualifier: 'approx' });
  const partYear = makeObservation({ period: { kind: 'asOf', date: null, asWritten: '截至目前' } });

  it('lists the marks a bar chart draws, in the legend’s order: the word "imported", never a triangle', () => {
    expect(marksShown([importedValue, approx, partYear], { chart: 'bar', gaps: true, imported })).toEqual(['partial', 'approx', 'noBar', 'importedWord']);
  });

  it('lists the marks a line chart draws: hollow point, diamond, triangle', () => {
    expect(marksShown([importedValue, approx, partYear], { chart: 'line', gaps: false, imported })).toEqual(['partialPoint', 'approxPoint', 'importedTriangle']);
  });

  it('lists no mark the chart does not draw', () => {
    expect(marksShown([makeObservation()], { chart: 'bar', gaps: false, imported })).toEqual([]);
    expect(marksShown([], { chart: 'line', gaps: true, imported })).toEqual(['gap']);
    // A bar chart breaks no line: it draws no bar.
    expect(marksShown([], { chart: 'bar', gaps: true, imported })).toEqual(['noBar']);
    // An imported approximate value is a triangle on a line, not a diamond.
    const importedApprox = makeObservation({ qualifier: 'approx', provenance: { sourceId: 'imported-x', start: 0, end: 6, quote: '工单100宗' } });
    expect(marksShown([importedApprox], { chart: 'line', gaps: false, imported })).toEqual(['importedTriangle']);
    expect(marksShown([importedApprox], { chart: 'bar', gaps: false, imported })).toEqual(['approx', 'importedWord']);
  });
});

describe('chartMarkItems', () => {
  it('explains each mark drawn in the reader’s language, naming a triangle only where one is drawn', () => {
    const { t } = createI18n('zh', []);
    const importedValue = makeObservation({ provenance: { sourceId: 'imported-x', start: 0, end: 6, quote: '工单100宗' } });
    const isImported = (o: { provenance: { sourceId: string } }) => o.provenance.sourceId.startsWith('imported-');
    const bar = chartMarkItems([importedValue], { chart: 'bar', gaps: false, imported: isImported }, t);
    expect(bar).toEqual([{ mark: 'importedWord', label: '数值后的“导入”：本浏览器中导入的报告数据' }]);
    expect(bar[0]!.label).not.toContain('三角形');
    const line = chartMarkItems([importedValue], { chart: 'line', gaps: false, imported: isImported }, t);
    expect(line.map((item) => item.label)).toEqual(['三角形：本浏览器中导入的报告数据']);
  });

  it('has a message in both languages for every mark', () => {
    for (const language of ['zh', 'en'] as const) {
      const { t } = createI18n(language, []);
      for (const mark of CHART_MARKS) expect(t(CHART_MARK_MESSAGES[mark]), mark).not.toBe(CHART_MARK_MESSAGES[mark]);
    }
  });
});
