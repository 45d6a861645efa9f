import { describe, expect, it, vi } from 'vitest';
import { renderOptionToSvg } from '../../../components/static-chart';
import { makeObservation, testIndex } from '../../../../test/fixtures/make-observation';
import { createI18n } from '../../../lib/i18n';
import { buildCompareRows } from '../compare-rows';
import { compareMessages } from '../locales';
import { PARTIAL_PERIOD_DECAL } from '../../../lib/chart-marks';
import { emWidth, type StackedLayout } from '../../../components/stacked-bars';
import { buildCompareBarOption, buildCompareChart, compareChartHeight, compareLayout, stackedRows, type CompareBarDatum } from './compare-bar-option';

const i18n = createI18n('zh', [compareMessages]);

function option(observations: ReturnType<typeof makeObservation>[], language: 'zh' | 'en' = 'zh') {
  void i18n.changeLanguage(language);
  const rows = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], observations);
  return buildCompareBarOption({ rows, unit: '宗', language, t: i18n.t }) as {
    yAxis: { data: string[] };
    xAxis: { name: string; max?: number };
    series: Array<{ name: string; data: Array<CompareBarDatum | null> }>;
  };
}

const shenzhen = (overrides: Parameters<typeof makeObservation>[0] = {}) => makeObservation({ jurisdictionCode: '440300', year: 2018, ...overrides });

describe('buildCompareBarOption', () => {
  it('groups by indicator with one series per jurisdiction, in the chosen order', () => {
    const result = option([makeObservation({ value: 38 }), shenzhen({ value: 260 })]);
    expect(result.yAxis.data).toEqual(['12345热线工单量']);
    expect(result.series.map((s) => s.name)).toEqual(['高州市', '深圳市']);
    expect(result.series.map((s) => s.data[0]!.value)).toEqual([38, 260]);
    expect(result.xAxis.name).toBe('宗');
  });

  it('labels every bar with its jurisdiction, value and year, so colour is never the only cue', () => {
    const result = option([makeObservation({ value: 38 }), shenzhen({ value: 260, qualifier: 'atLeast' })]);
    expect(result.series[0]!.data[0]!.label.formatter).toBe('高州市\n38 · 2021');
    expect(result.series[1]!.data[0]!.label.formatter).toBe('深圳市\n≥260 · 2018');
  });

  it('marks a value from a report imported in this browser', () => {
    const imported = makeObservation({ value: 40, provenance: { sourceId: 'imported-x', start: 0, end: 4, quote: '工单40宗' } });
    expect(option([imported, shenzhen({ value: 260 })]).series[0]!.data[0]!.label.formatter).toBe('高州市\n40 · 2021 · 导入');
  });

  it('hatches a part-year value and names its period; dashes an approximate value or bound', () => {
    const result = option([
      makeObservation({ value: 38, period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } }),
      shenzhen({ value: 260, qualifier: 'atLeast' }),
    ]);
    const [gaozhou, sz] = result.series.map((s) => s.data[0]!);
    expect(gaozhou!.itemStyle.decal).toEqual(PARTIAL_PERIOD_DECAL);
    expect(gaozhou!.label.formatter).toBe('高州市\n38 · 2021 1–10月');
    expect(gaozhou!.itemStyle.borderType).toBeUndefined();
    expect(sz!.itemStyle.decal).toBeUndefined();
    expect(sz!.itemStyle.borderType).toBe('dashed');
  });

  it('leaves a gap, never a zero bar, for a jurisdiction that does not report, and does not draw relative values', () => {
    const result = option([makeObservation({ value: 38 }), shenzhen({ value: 2, relative: { kind: 'multiple', baseAsWritten: '2017年', baseYear: 2017 } })]);
    expect(result.series[1]!.data[0]).toBeNull();
  });

  it('draws a conflicting second value as its own labelled bar', () => {
    const result = option([makeObservation({ value: 36 }), makeObservation({ value: 1299 }), shenzhen({ value: 5 })]);
    expect(result.series.map((s) => s.name)).toEqual(['高州市', '高州市（原文另一数值）', '深圳市']);
    expect(result.series[1]!.data[0]!.value).toBe(1299);
  });

  it('gives every bar room: the chart grows with the number of bars', () => {
    const one = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], [makeObservation()]);
    const two = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], [makeObservation(), makeObservation({ value: 7 })]);
    expect(compareChartHeight(two)).toBeGreaterThan(compareChartHeight(one));
  });

  it('keeps the percent sign on a rate', () => {
    const rows = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], [makeObservation({ value: 99.5 })]);
    const result = buildCompareBarOption({ rows, unit: '%', language: 'zh', t: i18n.t }) as { series: Array<{ data: Array<CompareBarDatum | null> }>; xAxis: { max?: number } };
    expect(result.series[0]!.data[0]!.label.formatter).toBe('高州市\n99.5% · 2021');
    expect(result.xAxis.max).toBe(100);
  });

  it('uses English names and unit in English', () => {
    const result = option([makeObservation({ value: 38 }), shenzhen({ value: 260 })], 'en');
    expect(result.series.map((s) => s.name)).toEqual(['Gaozhou', 'Shenzhen']);
    expect(result.xAxis.name).toBe('cases');
  });
});

describe('compareLayout', () => {
  it('keeps labels beside the bars at normal text on a screen wide enough, and stacks them otherwise', () => {
    expect(compareLayout(800, { scale: 1, textPx: 12 })).toBeUndefined();
    expect(compareLayout(528, { scale: 1, textPx: 12 })).toBeUndefined();
    // A phone's 330 px chart holds 27 characters at 12 px: too few beside the bars.
    expect(compareLayout(330, { scale: 1, textPx: 12 })).toEqual({ lineEms: 26.1, textRatio: 1 });
  });

  it('stacks in 长者模式 at any width: the labels grow with the body text', () => {
    const wide = compareLayout(1200, { scale: 1.5, textPx: 24 });
    expect(wide).toBeDefined();
    expect(wide!.lineEms).toBe(49.3);
    // Text grows more than lines and symbols (24/12 = 2 against 1.5): rows grow by the difference.
    expect(wide!.textRatio).toBeCloseTo(2 / 1.5);
  });
});

describe('the stacked layout', () => {
  const layout: StackedLayout = { lineEms: 12, textRatio: 1 };
  const rowsOf = (observations: ReturnType<typeof makeObservation>[], codes = ['440981', '440300']) =>
    buildCompareRows(testIndex, ['hotline.work-orders'], codes, observations);

  it('puts each line of text on a row of its own above its bar, no line wider than the plot', () => {
    void i18n.changeLanguage('zh');
    const rows = stackedRows({ rows: rowsOf([makeObservation({ value: 38 }), shenzhen({ value: 260, qualifier: 'atLeast' })]), unit: '宗', language: 'zh', t: i18n.t }, layout);
    expect(rows.map((r) => r.kind)).toEqual(['heading', 'label', 'bar', 'label', 'bar']);
    expect(rows[0]).toEqual({ kind: 'heading', text: '12345热线工单量' });
    const labels = rows.flatMap((r) => (r.kind === 'label' ? [r.text] : []));
    expect(labels[0]).toContain('高州市');
    expect(labels[1]).toContain('≥260');
    for (const text of labels) expect(emWidth(text)).toBeLessThanOrEqual(layout.lineEms);
    const bars = rows.flatMap((r) => (r.kind === 'bar' ? [r.datum] : []));
    expect(bars.map((b) => [b.value, b.name, b.label.show])).toEqual([
      [38, '高州市', false],
      [260, '深圳市', false],
    ]);
    // The bound keeps its dashed outline in this layout too.
    expect(bars[1]!.itemStyle.borderType).toBe('dashed');
  });

  it('wraps a label that does not fit onto more rows, and says in words that a jurisdiction does not report', () => {
    void i18n.changeLanguage('en');
    const rows = stackedRows({ rows: rowsOf([makeObservation({ value: 38 })]), unit: '宗', language: 'en', t: i18n.t }, { lineEms: 8, textRatio: 1 });
    const texts = rows.flatMap((r) => ('text' in r ? [r.text] : []));
    expect(rows.filter((r) => r.kind === 'bar')).toHaveLength(1);
    // Shenzhen gives no figure: a line of text, no bar, never a zero.
    expect(rows.filter((r) => r.kind === 'missing').map((r) => ('text' in r ? r.text : '')).join(' ')).toMatch(/Shenzhen: not\s?reported/);
    for (const text of texts) expect(emWidth(text)).toBeLessThanOrEqual(8);
    expect(rows.filter((r) => r.kind === 'heading').length).toBeGreaterThan(1);
  });

  it('is as tall as its rows of text, at the text size', () => {
    void i18n.changeLanguage('zh');
    const input = { rows: rowsOf([makeObservation({ value: 38 }), shenzhen({ value: 260 })]), unit: '宗' as const, language: 'zh' as const, t: i18n.t };
    const normal = buildCompareChart({ ...input, stacked: layout });
    const grown = buildCompareChart({ ...input, stacked: { ...layout, textRatio: 2 } });
    expect((normal.option.yAxis as { data: unknown[] }).data).toHaveLength(5);
    expect(grown.height).toBeGreaterThan(normal.height * 1.9);
    // A rate's axis steps by 25 up to its 100: no tick label on top of another.
    const rate = buildCompareChart({ ...input, unit: '%', stacked: layout });
    expect(rate.option.xAxis).toMatchObject({ max: 100, interval: 25 });
    // Beside the bars, the height is the one the page always used.
    expect(buildCompareChart(input).height).toBe(compareChartHeight(input.rows));
  });
});

describe('the compare option in the app\'s ECharts build', () => {
  it('needs no ECharts component the app does not register', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const svg = await renderOptionToSvg(option([makeObservation({ value: 38 }), shenzhen({ value: 260 })]), 640, 240);
      // ECharts logs "Component … is used but not imported" for a tooltip, legend, title or graphic key.
      expect(errors).not.toHaveBeenCalled();
      expect(svg).toContain('深圳市');
      const rows = buildCompareRows(testIndex, ['hotline.work-orders'], ['440981', '440300'], [makeObservation({ value: 38 }), shenzhen({ value: 260 })]);
      const stacked = buildCompareChart({ rows, unit: '宗', language: 'zh', t: i18n.t, stacked: { lineEms: 12, textRatio: 1 } });
      const stackedSvg = await renderOptionToSvg(stacked.option, 200, stacked.height);
      expect(errors).not.toHaveBeenCalled();
      expect(stackedSvg).toContain('12345热线工单量');
    } finally {
      vi.restoreAllMocks();
    }
  });
});
