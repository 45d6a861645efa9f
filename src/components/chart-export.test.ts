import { describe, expect, it } from 'vitest';
import { safeFileName } from '../lib/download-file';
import { withExportFrame } from './chart-export';

const frame = { title: '12345热线办结率', subtitle: '2021 · %', sourceLine: '来源：高州市2021年度法治政府建设情况报告', width: 960, height: 540 };

describe('withExportFrame', () => {
  it('adds title, subtitle and a source line, keeping the series', () => {
    const framed = withExportFrame({ series: [{ type: 'bar', data: [1] }], legend: { top: 0 }, grid: { left: 8 } }, frame) as {
      title: unknown;
      graphic: Array<{ style: { text: string } }>;
      series: unknown;
      legend: { top: number };
      grid: { top: number };
      backgroundColor: string;
    };
    expect(framed.title).toMatchObject({ text: frame.title, subtext: frame.subtitle });
    expect(framed.graphic[0]?.style.text).toBe(frame.sourceLine);
    expect(framed.series).toEqual([{ type: 'bar', data: [1] }]);
    expect(framed.legend.top).toBeGreaterThan(0);
    expect(framed.grid.top).toBeGreaterThan(framed.legend.top);
    expect(framed.backgroundColor).toBe('#ffffff');
  });
});

describe('safeFileName', () => {
  it('keeps Chinese and strips characters file systems reject', () => {
    expect(safeFileName('12345热线办结率: 2021/高州', 'csv')).toBe('12345热线办结率_2021_高州.csv');
    expect(safeFileName('  ', 'png')).toBe('reportlens.png');
  });
});
