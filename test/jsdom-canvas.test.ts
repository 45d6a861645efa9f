import nodeConsole from 'node:console';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { echarts } from '../src/lib/echarts';

// jsdom reports what it does not implement to Node's console, not to the test's.
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a canvas in jsdom (test/setup.ts)', () => {
  it('has no 2D context, and asking for one prints nothing', () => {
    const error = vi.spyOn(nodeConsole, 'error');
    expect(document.createElement('canvas').getContext('2d')).toBeNull();
    expect(error).not.toHaveBeenCalled();
  });

  it('draws an ECharts chart with text (zrender measures it) without printing anything', () => {
    const error = vi.spyOn(nodeConsole, 'error');
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 200 });
    try {
      chart.setOption({
        xAxis: { type: 'category', data: ['高州市', '深圳市'] },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: [12905, 260], label: { show: true } }],
      });
      expect(chart.renderToSVGString()).toContain('高州市');
    } finally {
      chart.dispose();
    }
    expect(error).not.toHaveBeenCalled();
  });

  it('still reports other context types as not implemented', () => {
    const error = vi.spyOn(nodeConsole, 'error').mockImplementation(() => {});
    expect(document.createElement('canvas').getContext('webgl')).toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Not implemented'));
  });
});
