import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../domain/contrast';
import { NORMAL_DISPLAY, rootFontPx, TEXT_SIZES_PT } from '../lib/display-settings';
import { BASE_TEXT_PX, chartDisplayFor, chartTextPx, HIGH_CONTRAST_SERIES, NORMAL_CHART_DISPLAY, scaledChartHeight, transformChartOption } from './chart-display-transform';

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
  it('scales lines with the page text in elder mode, at most twice', () => {
    expect(chartDisplayFor(NORMAL_DISPLAY)).toEqual(NORMAL_CHART_DISPLAY);
    expect(chartDisplayFor({ elder: true, size: 18, highContrast: false }).scale).toBe(1.5);
    expect(chartDisplayFor({ elder: true, size: 30, highContrast: true })).toEqual({ scale: 2, textPx: 40, highContrast: true });
    expect(scaledChartHeight(380, { scale: 1.5, textPx: 24, highContrast: false })).toBe(570);
  });

  it('draws chart text at the body text size in elder mode, at every size the screen has room for', () => {
    for (const size of TEXT_SIZES_PT) {
      const settings = { elder: true, size, highContrast: false };
      expect(chartTextPx(settings), `${size} pt`).toBe(rootFontPx(settings));
      expect(chartTextPx(settings, 1280), `${size} pt on a desktop`).toBe(rootFontPx(settings));
    }
    expect(chartTextPx(NORMAL_DISPLAY, 375)).toBe(BASE_TEXT_PX);
  });

  it('keeps a phone’s chart text no smaller than the smallest elder body text, and no larger than a label fits', () => {
    const phone = 375;
    expect(chartTextPx({ elder: true, size: 18, highContrast: false }, phone)).toBe(24); // the body text
    // 40 px text would leave about 6 characters across a phone's chart.
    expect(chartTextPx({ elder: true, size: 30, highContrast: false }, phone)).toBe(24);
    expect(chartTextPx({ elder: true, size: 30, highContrast: false }, 768)).toBe(40);
  });
});

describe('transformChartOption', () => {
  it('returns the very same option in normal display', () => {
    const input = option();
    expect(transformChartOption(input, NORMAL_CHART_DISPLAY)).toBe(input);
  });

  it('scales fonts, lines, symbols and margins, and fills in defaults, without touching the input', () => {
    const input = option();
    const out = transformChartOption(input, { scale: 2, textPx: 24, highContrast: false }) as Any;
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

  it('brings every chart text to the body text size in elder mode, even where line widths grow less', () => {
    const input: EChartsCoreOption = {
      xAxis: { type: 'value', name: '件' },
      yAxis: { type: 'category', data: ['高州市'], axisLabel: { interval: 0, lineHeight: 16 } },
      series: [
        { type: 'line', label: { show: true, fontSize: 11, lineHeight: 13 }, data: [] },
        { type: 'bar', label: { show: true, fontSize: 18 }, data: [] },
      ],
    };
    // 18 pt: body text 24 px, lines 1.5 times as wide.
    const out = transformChartOption(input, { scale: 1.5, textPx: 24, highContrast: false }) as Any;
    expect(out.textStyle.fontSize).toBe(24);
    expect(out.yAxis.axisLabel.fontSize).toBe(24);
    expect(out.xAxis.nameTextStyle.fontSize).toBe(24);
    expect(out.series[0].label.fontSize).toBe(24); // a smaller label is raised to the body size
    expect(out.series[0].label.lineHeight).toBe(28); // and its line height with it (13 / 11 × 24)
    expect(out.yAxis.axisLabel.lineHeight).toBe(32); // 16 / 12 × 24
    expect(out.series[1].label.fontSize).toBe(36); // a larger one stays larger
    expect(out.series[0].lineStyle.width).toBe(3); // lines follow the scale, not the text
  });

  it('leaves text sizes alone in high contrast without elder mode', () => {
    const input: EChartsCoreOption = { series: [{ type: 'line', label: { show: true, fontSize: 11 }, data: [] }] };
    const out = transformChartOption(input, { scale: 1, textPx: BASE_TEXT_PX, highContrast: true }) as Any;
    expect(out.series[0].label.fontSize).toBe(11);
  });

  it('swaps the palette for dark colours and makes every text black in high contrast', () => {
    const out = transformChartOption(option(), { scale: 1, textPx: BASE_TEXT_PX, highContrast: true }) as Any;
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
