import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { SERIES_LEGEND_KEY } from './chart-legend';
import { wrapText } from '../lib/wrap-text';
import { layoutLegend, LEGEND_ROW_HEIGHT, LEGEND_SWATCH_WIDTH, LEGEND_TEXT_GAP, paintFrame, textMeasure, withExportFrame, withStaticLegend, type MeasureText } from './chart-frame';
import { hatchSegments } from './chart-mark-swatch';

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
    // One foot line, its bottom 12 px above the image's.
    const source = drawing.texts.at(-1)!;
    expect(source).toMatchObject({ y: frame.height - 12 - 16, verticalAlign: 'top' });
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

describe('withExportFrame: marks, notes and room', () => {
  const marks = [
    { mark: 'partial' as const, label: '斜线：非全年数据' },
    { mark: 'approx' as const, label: '虚线边框：约数或下限' },
  ];
  const barOption = (): EChartsCoreOption => ({
    grid: { left: 8, right: 96, top: 32 },
    xAxis: { type: 'value', name: 'person-times', nameLocation: 'end' },
    yAxis: { type: 'category', data: ['高州市'] },
    series: [{ type: 'bar', data: [1] }],
  });

  it('explains the marks the chart uses under the title, after the series legend, and pushes the plot below them', () => {
    const plain = withExportFrame(lineOption(), frame, measure);
    const { option, drawing } = withExportFrame(lineOption(), { ...frame, marks }, measure);
    expect(drawing.legend.map((p) => p.item.mark ?? p.item.name)).toEqual(['高州市', '深圳市', 'partial', 'approx']);
    // The marks start on a row of their own.
    expect(drawing.legend[2]!.y).toBe(drawing.legend[0]!.y + LEGEND_ROW_HEIGHT);
    expect(drawing.texts.map((t) => t.text)).toContain('虚线边框：约数或下限');
    expect((option.grid as { top: number }).top).toBe((plain.option.grid as { top: number }).top + LEGEND_ROW_HEIGHT);
  });

  it('prints notes above the source line and makes the image taller for every extra row, so the plot keeps its height', () => {
    const notes = ['口径：深圳市 2018年的数值只含市政府办公厅（发文机关本身），不是全辖区。'];
    const plain = withExportFrame(lineOption(), frame, measure);
    const framed = withExportFrame(lineOption(), { ...frame, marks, notes }, measure);
    const texts = framed.drawing.texts.map((t) => t.text);
    expect(texts.indexOf(notes[0]!)).toBe(texts.indexOf(frame.sourceLine) - 1);
    expect(plain.height).toBe(frame.height);
    expect(framed.height).toBe(frame.height + LEGEND_ROW_HEIGHT + 16);
    const plot = (f: typeof plain) => f.height - (f.option.grid as { top: number }).top - (f.option.grid as { bottom: number }).bottom;
    expect(plot(framed)).toBe(plot(plain));
  });

  it('keeps room right of the plot for the value axis’s name and the builder’s value labels', () => {
    const grid = withExportFrame(barOption(), frame, measure).option.grid as { right: number };
    // 15 px gap + 12 characters of 12 px + 8 px margin, more than the builder's 96.
    expect(grid.right).toBe(15 + 12 * 12 + 8);
    const short = withExportFrame({ ...barOption(), xAxis: { type: 'value', name: '件' } }, frame, measure).option.grid as { right: number };
    expect(short.right).toBe(96);
  });
});

describe('wrapText', () => {
  const byChar = (text: string) => text.length * 10;

  it('breaks English between words and Chinese between characters, never inside a date or before a closing bracket', () => {
    expect(wrapText('Source: the 2021 report', 100, byChar)).toEqual(['Source:', 'the 2021', 'report']);
    expect(wrapText('来源：报告（2019年1月4日）。', 70, byChar)).toEqual(['来源：报告', '（2019年', '1月4日）。']);
  });

  it('breaks a word only when it alone is too wide (a link)', () => {
    expect(wrapText('see https://example.org/x', 100, byChar)).toEqual(['see', 'https://ex', 'ample.org/', 'x']);
    expect(wrapText('', 100, byChar)).toEqual([]);
  });
});

describe('hatchSegments', () => {
  it('draws -45° stripes that stay inside the swatch', () => {
    const box = { x: 10, y: 20, width: 24, height: 12 };
    const segments = hatchSegments(box);
    expect(segments.length).toBeGreaterThan(4);
    for (const { x1, y1, x2, y2 } of segments) {
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(box.x);
        expect(x).toBeLessThanOrEqual(box.x + box.width);
        expect(y).toBeGreaterThanOrEqual(box.y);
        expect(y).toBeLessThanOrEqual(box.y + box.height);
      }
      // Up and to the right, at 45°.
      expect(x2 - x1).toBeCloseTo(y1 - y2);
      expect(x2).toBeGreaterThan(x1);
    }
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
    // jsdom has no 2D context (test/setup.ts): zrender then estimates text widths itself.
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
    }
  });

  it('draws each mark’s swatch: a dashed outline for approximate values, a triangle where a line draws one, none for the word', async () => {
    const { echarts, shapes } = await import('../lib/echarts');
    const marks = [
      { mark: 'approx' as const, label: '约数' },
      { mark: 'importedTriangle' as const, label: '三角形：导入' },
    ];
    const { option, drawing } = withExportFrame(lineOption(), { ...frame, marks }, textMeasure(shapes));
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: frame.width, height: frame.height });
    try {
      chart.setOption(option);
      paintFrame(chart, shapes, drawing);
      const svg = chart.renderToSVGString();
      expect(svg).toContain('约数');
      expect(svg).toMatch(/stroke-dasharray="4[ ,]3"/);
      // The triangle: three points, in the series blue.
      expect(svg).toMatch(/<polygon points="[\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+" fill="#0072B2"/);
    } finally {
      chart.dispose();
    }
  });

  it('gives the word "imported" no picture: its text starts where a swatch would', () => {
    const marks = [
      { mark: 'approx' as const, label: '约数' },
      { mark: 'importedWord' as const, label: '数值后的“导入”' },
    ];
    const { drawing } = withExportFrame(lineOption(), { ...frame, width: 2000, marks }, measure);
    const [approx, word] = drawing.legend.slice(-2);
    const textOf = (name: string) => drawing.texts.find((t) => t.text === name)!;
    expect(textOf('约数').x).toBe(approx!.x + LEGEND_SWATCH_WIDTH + LEGEND_TEXT_GAP);
    expect(textOf('数值后的“导入”').x).toBe(word!.x);
  });
});
