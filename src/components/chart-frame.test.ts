import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it, vi } from 'vitest';
import { SERIES_LEGEND_KEY } from './chart-legend';
import { layoutLegend, LEGEND_ROW_HEIGHT, paintFrame, textMeasure, withExportFrame, withStaticLegend, type MeasureText } from './chart-frame';

const frame = { title: '12345热线办结率', subtitle: '2021 · %', sourceLine: '来源：高州市2021年度法治政府建设情况报告', width: 960, height: 540 };
/** 12 px per character, whatever the font: enough to check layout without a canvas. */
const measure: MeasureText = (text) => text.length * 12;
const legend = [
  { name: '高州市', color: '#0072B2' },
  { name: '深圳市', color: '#E69F00' },
];
const lineOption = (): EChartsCoreOption => ({
  [SERIES_LEGEND_KEY]: legend,
  grid: { left: 8, top: 32 },
  xAxis: { type: 'category', data: ['2020', '2021'] },
  yAxis: { type: 'value' },
  series: legend.map((item, i) => ({ type: 'line', name: item.name, color: item.color, data: [10 + i, 20 + i] })),
});

describe('layoutLegend', () => {
  it('puts entries side by side and wraps between entries, never inside one', () => {
    // Each entry: 24 swatch + 6 gap + 36 text = 66 px; 18 px between entries.
    const one = layoutLegend(legend, (t) => t.length * 12, { left: 16, top: 72, maxWidth: 500, align: 'left' });
    expect(one.rows).toBe(1);
    expect(one.placements.map((p) => p.x)).toEqual([16, 16 + 66 + 18]);
    expect(one.placements.map((p) => p.y)).toEqual([72 + LEGEND_ROW_HEIGHT / 2, 72 + LEGEND_ROW_HEIGHT / 2]);
    const two = layoutLegend(legend, (t) => t.length * 12, { left: 16, top: 72, maxWidth: 100, align: 'left' });
    expect(two.rows).toBe(2);
    expect(two.height).toBe(2 * LEGEND_ROW_HEIGHT);
    expect(two.placements[1]).toMatchObject({ x: 16, y: 72 + LEGEND_ROW_HEIGHT * 1.5 });
  });

  it('centres each row when asked', () => {
    const { placements } = layoutLegend([legend[0]!], (t) => t.length * 12, { left: 0, top: 0, maxWidth: 200, align: 'center' });
    expect(placements[0]!.x).toBe((200 - 66) / 2);
  });
});

describe('withExportFrame', () => {
  it('draws title, subtitle, the series legend and the source line, and moves the grid out of their way', () => {
    const { option, drawing } = withExportFrame(lineOption(), frame, measure);
    const texts = drawing.texts.map((t) => t.text);
    expect(texts).toEqual([frame.title, frame.subtitle, '高州市', '深圳市', frame.sourceLine]);
    expect(drawing.legend.map((p) => p.item)).toEqual(legend);
    const source = drawing.texts.at(-1)!;
    expect(source).toMatchObject({ y: frame.height - 12, verticalAlign: 'bottom', width: frame.width - 32 });
    const grid = option.grid as { top: number; bottom: number; left: number };
    // The plot starts below the legend row and ends above the source line.
    expect(grid.top).toBeGreaterThan(drawing.legend[0]!.y + LEGEND_ROW_HEIGHT / 2);
    expect(grid.bottom).toBeGreaterThan(12 + 16);
    expect(option.series).toEqual(lineOption().series);
    expect(option.backgroundColor).toBe('#ffffff');
    expect(option.animation).toBe(false);
  });

  it('gives a legend that wraps, and a long source line, the room they need', () => {
    const narrow = { ...frame, width: 120 };
    const short = withExportFrame(lineOption(), frame, measure).option.grid as { top: number; bottom: number };
    const wrapped = withExportFrame(lineOption(), { ...narrow, sourceLine: frame.sourceLine.repeat(3) }, measure).option.grid as { top: number; bottom: number };
    expect(wrapped.top).toBe(short.top + LEGEND_ROW_HEIGHT);
    expect(wrapped.bottom).toBeGreaterThan(short.bottom);
  });

  it('draws no legend for a chart without one (the ranked bars)', () => {
    const { drawing } = withExportFrame({ series: [{ type: 'bar', data: [1] }] }, frame, measure);
    expect(drawing.legend).toEqual([]);
    expect(drawing.texts.map((t) => t.text)).toEqual([frame.title, frame.subtitle, frame.sourceLine]);
  });
});

describe('withStaticLegend', () => {
  it('centres the legend above the plot and pushes the plot down only for extra rows', () => {
    const { option, drawing } = withStaticLegend(lineOption(), 680, measure, 'sans-serif');
    expect(drawing.texts.map((t) => t.text)).toEqual(['高州市', '深圳市']);
    expect(drawing.legend[0]!.x).toBeGreaterThan(100);
    expect((option.grid as { top: number }).top).toBe(32);
    const narrow = withStaticLegend(lineOption(), 100, measure, 'sans-serif');
    expect((narrow.option.grid as { top: number }).top).toBe(32 + LEGEND_ROW_HEIGHT);
  });

  it('leaves an option without a legend alone', () => {
    const option: EChartsCoreOption = { series: [] };
    expect(withStaticLegend(option, 680, measure, 'sans-serif')).toEqual({ option, drawing: { texts: [], legend: [] } });
  });
});

describe('paintFrame', () => {
  it('puts the frame into the image ECharts renders (here its SVG)', async () => {
    // jsdom has no 2D context (and says so on every try): zrender then estimates text widths itself.
    const noCanvas = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { echarts, shapes } = await import('../lib/echarts');
    const { option, drawing } = withExportFrame(lineOption(), frame, textMeasure(shapes));
    expect(textMeasure(shapes)('高州市', '12px sans-serif')).toBeGreaterThan(textMeasure(shapes)('高', '12px sans-serif'));
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: frame.width, height: frame.height });
    try {
      chart.setOption(option);
      paintFrame(chart, shapes, drawing);
      const svg = chart.renderToSVGString();
      for (const text of [frame.title, frame.subtitle, frame.sourceLine, '高州市', '深圳市']) expect(svg).toContain(text);
      // The legend swatches: a line in each series colour.
      expect(svg).toMatch(/stroke="#E69F00"/i);
    } finally {
      chart.dispose();
      noCanvas.mockRestore();
    }
  });
});
