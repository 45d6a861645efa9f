import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../domain/contrast';
import { NORMAL_DISPLAY } from '../lib/display-settings';
import { chartDisplayFor, HIGH_CONTRAST_SERIES, NORMAL_CHART_DISPLAY, scaledChartHeight, transformChartOption } from './chart-display-transform';

const option = (): EChartsCoreOption => ({
  color: ['#0072B2', '#E69F00'],
  seriesLegend: [
    { name: '高州市', color: '#0072B2' },
    { name: '深圳市', color: '#E69F00' },
  ],
  grid: { left: 8, right: 96, top: 32, bottom: 8 },
  xAxis: { type: 'value', name: '件' },
  yAxis: { type: 'category', data: ['高州市'], axisLabel: { interval: 0 } },
  series: [
    {
      type: 'bar',
      data: [{ value: 3, itemStyle: { color: '#0072B2', borderWidth: 2, borderType: 'dashed' }, label: { show: true, formatter: '3' } }],
      label: { show: true, fontSize: 12, color: '#1a1a1a' },
      barMaxWidth: 28,
    },
    { type: 'line', color: '#E69F00', lineStyle: { width: 2.5 }, data: [{ value: 1, symbolSize: 11 }] },
    { type: 'line', lineStyle: { width: 0 }, symbolSize: [10, 12], data: [] },
  ],
});

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('chartDisplayFor', () => {
  it('scales with the page text in elder mode, at most twice', () => {
    expect(chartDisplayFor(NORMAL_DISPLAY)).toEqual(NORMAL_CHART_DISPLAY);
    expect(chartDisplayFor({ elder: true, size: 18, highContrast: false }).scale).toBe(1.5);
    expect(chartDisplayFor({ elder: true, size: 30, highContrast: true })).toEqual({ scale: 2, highContrast: true });
    expect(scaledChartHeight(380, { scale: 1.5, highContrast: false })).toBe(570);
  });
});

describe('transformChartOption', () => {
  it('returns the very same option in normal display', () => {
    const input = option();
    expect(transformChartOption(input, NORMAL_CHART_DISPLAY)).toBe(input);
  });

  it('scales fonts, lines, symbols and margins, and fills in defaults, without touching the input', () => {
    const input = option();
    const out = transformChartOption(input, { scale: 2, highContrast: false }) as Any;
    expect(out.series[0].label.fontSize).toBe(24);
    expect(out.series[0].barMaxWidth).toBe(56);
    expect(out.series[0].data[0].itemStyle.borderWidth).toBe(4);
    expect(out.series[1].lineStyle.width).toBe(5);
    expect(out.series[1].data[0].symbolSize).toBe(22);
    expect(out.series[2].lineStyle.width).toBe(0); // an invisible line stays invisible
    expect(out.series[2].symbolSize).toEqual([20, 24]);
    expect(out.yAxis.axisLabel).toEqual({ interval: 0, fontSize: 24, hideOverlap: true });
    expect(out.xAxis.nameTextStyle.fontSize).toBe(24);
    expect(out.seriesLegend[1]).toEqual({ name: '深圳市', color: '#E69F00' }); // HTML legend: the page's text size applies
    expect(out.grid).toEqual({ left: 11, right: 136, top: 64, bottom: 16 });
    expect(out.series[0].data[0].itemStyle.color).toBe('#0072B2'); // colours kept without high contrast
    expect((input as Any).series[0].label.fontSize).toBe(12);
    expect((input as Any).yAxis.axisLabel.fontSize).toBeUndefined();
  });

  it('swaps the palette for dark colours and makes every text black in high contrast', () => {
    const out = transformChartOption(option(), { scale: 1, highContrast: true }) as Any;
    expect(out.color).toEqual([HIGH_CONTRAST_SERIES[0], HIGH_CONTRAST_SERIES[1]]);
    expect(out.series[0].data[0].itemStyle.color).toBe(HIGH_CONTRAST_SERIES[0]);
    expect(out.series[1].color).toBe(HIGH_CONTRAST_SERIES[1]);
    expect(out.series[0].label.color).toBe('#000000');
    expect(out.yAxis.axisLabel.color).toBe('#000000');
    // The legend the app draws keeps matching its lines.
    expect(out.seriesLegend.map((item: Any) => item.color)).toEqual([HIGH_CONTRAST_SERIES[0], HIGH_CONTRAST_SERIES[1]]);
    expect(out.series[0].data[0].itemStyle.borderType).toBe('dashed'); // shape cues survive
  });

  it('uses high-contrast series colours of at least 7:1 against white', () => {
    for (const color of HIGH_CONTRAST_SERIES) expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(7);
  });
});
