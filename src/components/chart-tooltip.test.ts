import { describe, expect, it } from 'vitest';
import { groupDigits, placeTooltip, renderTooltip, TOOLTIP_OFFSET, tooltipContent } from './chart-tooltip';

describe('groupDigits', () => {
  it('groups thousands and keeps every decimal, as ECharts did', () => {
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(12345.675)).toBe('12,345.675');
    expect(groupDigits(99.5)).toBe('99.5');
    expect(groupDigits(-1358)).toBe('-1,358');
  });
});

describe('tooltipContent', () => {
  it('shows a bar as ECharts did: series name, then the category and the value', () => {
    expect(tooltipContent({ componentType: 'series', seriesName: '2021', name: '高州市', value: 1358, color: '#0072B2' })).toEqual({
      header: '2021',
      name: '高州市',
      value: '1,358',
      color: '#0072B2',
    });
  });

  it('reads the value of a line point from [year, value]', () => {
    expect(tooltipContent({ componentType: 'series', seriesName: '高州市', name: '2020', value: ['2020', 98.36], color: '#E69F00' })).toMatchObject({
      header: '高州市',
      name: '2020',
      value: '98.36',
    });
  });

  it('leaves out a name ECharts generated for an unnamed series', () => {
    expect(tooltipContent({ componentType: 'series', seriesName: 'series\u00000', name: 'A', value: 5 })?.header).toBeNull();
  });

  it('shows nothing for anything but a value: an axis, a gap in a line', () => {
    expect(tooltipContent({ componentType: 'xAxis', name: '2020', value: 3 })).toBeNull();
    expect(tooltipContent({ componentType: 'series', seriesName: 'a', name: '2020', value: null })).toBeNull();
    expect(tooltipContent({ componentType: 'series', seriesName: 'a', name: '2020', value: ['2020', null] })).toBeNull();
  });
});

describe('placeTooltip', () => {
  const box = { width: 600, height: 400 };
  const size = { width: 120, height: 50 };

  it('goes below right of the pointer', () => {
    expect(placeTooltip({ x: 100, y: 100 }, size, box)).toEqual({ left: 100 + TOOLTIP_OFFSET, top: 100 + TOOLTIP_OFFSET });
  });

  it('flips to the left and above near the right and bottom edges, and never leaves the box at the top left', () => {
    expect(placeTooltip({ x: 550, y: 380 }, size, box)).toEqual({ left: 550 - TOOLTIP_OFFSET - 120, top: 380 - TOOLTIP_OFFSET - 50 });
    expect(placeTooltip({ x: 20, y: 20 }, { width: 700, height: 500 }, box)).toEqual({ left: 0, top: 0 });
  });
});

describe('renderTooltip', () => {
  it('writes every string as text, never as markup', () => {
    const element = document.createElement('div');
    renderTooltip(element, { header: '<img src=x onerror=alert(1)>', name: '<b>高州市</b>', value: '1,358', color: '#0072B2' });
    expect(element.querySelector('img, b')).toBeNull();
    expect(element.textContent).toBe('<img src=x onerror=alert(1)><b>高州市</b>1,358');
    expect(element.style.borderColor).not.toBe('');
  });

  it('replaces what it showed before, and has no header line without a series name', () => {
    const element = document.createElement('div');
    renderTooltip(element, { header: '2021', name: '高州市', value: '1', color: null });
    renderTooltip(element, { header: null, name: '深圳市', value: '2', color: null });
    expect(element.textContent).toBe('深圳市2');
    expect(element.children).toHaveLength(1);
  });
});
