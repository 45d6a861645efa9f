import { describe, expect, it } from 'vitest';
import { explorerIndicatorOf } from './chart-routes';
import { earlyModules, earlyRequestFiles } from './early-requests';

describe('early requests', () => {
  it('finds the indicator of an explorer route and nothing on other routes', () => {
    expect(explorerIndicatorOf('#/explore?data=synthetic&indicator=hotline.resolution-rate')).toBe('hotline.resolution-rate');
    expect(explorerIndicatorOf('#/explore')).toBeNull();
    expect(explorerIndicatorOf('#/compare?indicator=hotline.resolution-rate')).toBeNull();
    expect(explorerIndicatorOf('')).toBeNull();
  });

  it('fetches the index everywhere and a catalog indicator on the explorer, never an unknown file', () => {
    const known = ['hotline.resolution-rate', 'hotline.work-orders'];
    expect(earlyRequestFiles('#/', known)).toEqual(['index.json']);
    expect(earlyRequestFiles('#/explore?indicator=hotline.work-orders', known)).toEqual(['index.json', 'indicators/hotline.work-orders.json']);
    expect(earlyRequestFiles('#/explore?indicator=nope', known)).toEqual(['index.json']);
    expect(earlyRequestFiles('#/explore?indicator=../index', known)).toEqual(['index.json']);
  });

  it('preloads the chart chunks on pages that open on a chart, and nowhere else', () => {
    const chart = ['./assets/echarts-chart-x.js', './assets/echarts-y.js'];
    expect(earlyModules('#/explore?indicator=hotline.work-orders', chart)).toEqual(chart);
    expect(earlyModules('#/compare', chart)).toEqual(chart);
    expect(earlyModules('#/reader/abc', chart)).toEqual([]);
    expect(earlyModules('', chart)).toEqual([]);
  });

});
