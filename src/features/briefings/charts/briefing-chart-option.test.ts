import { describe, expect, it, vi } from 'vitest';
import { renderOptionToSvg } from '../../../components/static-chart';
import { asItem, barChartDraft, indicatorObservations } from '../../../../test/fixtures/briefing-data';
import type { ChartItem } from '../../../domain/briefing';
import { createI18n } from '../../../lib/i18n';
import { briefingChartMarks, briefingValueLabel, buildBriefingChartOption } from './briefing-chart-option';

type Series = Array<{ data: Array<{ value: number; itemStyle?: Record<string, unknown>; label: { formatter: string } } | null>; name?: string }>;

describe('buildBriefingChartOption', () => {
  it('draws a ranked bar per value, hatched for part of the year, with its footnote mark', () => {
    const item = asItem(barChartDraft('hotline.resolution-rate', 2021), 'i') as ChartItem;
    const option = buildBriefingChartOption(item, { language: 'zh', footnote: () => 2 });
    const [series] = option.series as Series;
    expect((option.yAxis as { data: string[] }).data).toEqual(['高州市']);
    expect(series!.data[0]!.value).toBe(99.5);
    expect(series!.data[0]!.itemStyle!.decal).toBeDefined();
    expect(series!.data[0]!.label.formatter).toBe('99.5 (1–10月) [2]');
    expect((option.xAxis as { max?: number }).max).toBe(100);
  });

  it('draws lines over the years with gaps, never zeros, and a bound as ≥', () => {
    const observations = indicatorObservations('disclosure.information-requests').filter((o) => o.relative === null);
    const base = asItem(barChartDraft('disclosure.information-requests', 2021), 'i') as ChartItem;
    const item: ChartItem = { ...base, chartType: 'line', observations, documents: [...base.documents, ...asItem(barChartDraft('disclosure.information-requests', 2018), 'j').documents], jurisdictions: [{ code: '440981', name: { zh: '高州市', en: 'Gaozhou' } }, { code: '440300', name: { zh: '深圳市', en: 'Shenzhen' } }] };
    const option = buildBriefingChartOption(item, { language: 'en', footnote: () => undefined });
    expect((option.xAxis as { data: string[] }).data).toEqual(['2018', '2019', '2020', '2021']);
    const series = option.series as Series;
    const shenzhen = series.find((s) => s.name === 'Shenzhen')!;
    expect(shenzhen.data.map((d) => d?.value ?? null)).toEqual([260, null, null, null]);
    expect(shenzhen.data[0]!.label.formatter).toBe('≥260');
  });

  it('keeps the qualifier of a value in its label (接近 → ≈)', () => {
    const relative = indicatorObservations('disclosure.information-requests').find((o) => o.relative !== null)!;
    expect(briefingValueLabel(relative, { language: 'zh', footnote: () => 1 })).toBe('≈2 [1]');
  });
});

describe('briefingChartMarks', () => {
  const { t } = createI18n('en');
  const observations = indicatorObservations('disclosure.information-requests').filter((o) => o.relative === null);
  const base = asItem(barChartDraft('disclosure.information-requests', 2021), 'i') as ChartItem;

  it('names the marks a line chart draws: a diamond for a bound, a gap for a year not reported', () => {
    const item: ChartItem = { ...base, chartType: 'line', observations };
    expect(observations.some((o) => o.qualifier === 'atLeast')).toBe(true);
    const marks = briefingChartMarks(item, t);
    expect(marks.map((m) => m.mark)).toContain('approxPoint');
    expect(marks.map((m) => m.mark)).toContain('gap');
    expect(marks.map((m) => m.mark)).not.toContain('approx');
    expect(marks.find((m) => m.mark === 'approxPoint')!.label).toMatch(/^Diamond/);
  });

  it('names the bar marks of a bar chart, and none it does not draw', () => {
    const bar = asItem(barChartDraft('hotline.resolution-rate', 2021), 'k') as ChartItem;
    expect(briefingChartMarks(bar, t).map((m) => m.mark)).toEqual(['partial']);
  });
});

describe('the line segments', () => {
  it('dashes a segment that reaches a part-year value, as the explorer does', () => {
    const observations = indicatorObservations('hotline.resolution-rate').filter((o) => o.relative === null);
    const item: ChartItem = { ...(asItem(barChartDraft('hotline.resolution-rate', 2021), 'l') as ChartItem), chartType: 'line', observations };
    const option = buildBriefingChartOption(item, { language: 'en', footnote: () => undefined });
    const lines = (option.series as Array<{ data: unknown[]; lineStyle: { width: number; type?: string }; symbol?: string }>).filter((s) => s.symbol === 'none');
    expect(lines.length).toBeGreaterThan(0);
    const points = (option.series as Array<{ data: Array<{ symbol: string } | null>; lineStyle: { width: number } }>).filter((s) => s.lineStyle.width === 0);
    // Points draw no line of their own: the segments do.
    expect(points.flatMap((s) => s.data).some((d) => d?.symbol === 'emptyCircle')).toBe(true);
  });
});

describe('the printed line chart', () => {
  it('says which line is which: the legend is drawn into the static SVG, in each line\'s colour', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const observations = indicatorObservations('disclosure.information-requests').filter((o) => o.relative === null);
      const base = asItem(barChartDraft('disclosure.information-requests', 2021), 'i') as ChartItem;
      const item: ChartItem = { ...base, chartType: 'line', observations, jurisdictions: [{ code: '440981', name: { zh: '高州市', en: 'Gaozhou' } }, { code: '440300', name: { zh: '深圳市', en: 'Shenzhen' } }] };
      const option = buildBriefingChartOption(item, { language: 'en', footnote: () => undefined });
      const legend = option.seriesLegend as Array<{ name: string; color: string }>;
      const series = option.series as Array<{ name: string; color: string }>;
      expect(legend.map((l) => l.name).sort()).toEqual([...new Set(series.map((s) => s.name))].sort());
      for (const entry of legend) expect(entry.color).toBe(series.find((s) => s.name === entry.name)!.color);
      const svg = await renderOptionToSvg(option, 680, 300);
      expect(errors).not.toHaveBeenCalled();
      for (const entry of legend) {
        expect(svg).toContain(`>${entry.name}<`);
        expect(svg.toLowerCase()).toContain(`stroke="${entry.color.toLowerCase()}"`);
      }
    } finally {
      vi.restoreAllMocks();
    }
  });
});
