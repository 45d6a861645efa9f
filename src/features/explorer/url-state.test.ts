import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testIndex, testIndicator } from '../../../test/fixtures/make-observation';
import type { DataIndex } from '../../domain/data-files';
import { CHART_TYPES, DEFAULTS, parseExplorerState, SORTS, TABS, TOP_N_CHOICES, writeExplorerState, type ExplorerState } from './url-state';

const index: DataIndex = {
  ...testIndex,
  indicators: [testIndicator, { ...testIndicator, id: 'hotline.resolution-rate', unit: '%', kind: 'rate' }],
};
const parse = (query: string) => parseExplorerState(new URLSearchParams(query), index);

describe('parseExplorerState', () => {
  it('reads a full view', () => {
    const { state, notices } = parse('indicator=hotline.work-orders&j=440981,440300&from=2018&to=2021&year=2021&tab=table&chart=line&sort=change&obs=x');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      indicatorId: 'hotline.work-orders',
      jurisdictions: ['440981', '440300'],
      from: 2018,
      to: 2021,
      year: 2021,
      tab: 'table',
      chart: 'line',
      sort: 'change',
      observationId: 'x',
      top: 20,
      highlight: [],
    });
  });

  it('defaults to the hotline resolution rate', () => {
    expect(parse('').state).toEqual({ indicatorId: 'hotline.resolution-rate', ...DEFAULTS });
  });

  it('falls back from every bad parameter with a notice, never throwing', () => {
    const { state, notices } = parse('indicator=nope&j=999999,440981&from=20x1&to=1800&tab=map&chart=pie&sort=random&year=abc');
    expect(state).toMatchObject({ indicatorId: 'hotline.resolution-rate', jurisdictions: ['440981'], from: null, to: null, tab: 'chart', chart: 'bar', sort: 'value', year: null });
    expect(notices.map((n) => n.kind)).toEqual(['unknownIndicator', 'unknownJurisdictions', 'badParameter', 'badParameter', 'badParameter', 'badParameter', 'badParameter', 'badParameter']);
  });

  it('swaps a reversed year range and says so', () => {
    const { state, notices } = parse('from=2022&to=2018');
    expect([state.from, state.to]).toEqual([2018, 2022]);
    expect(notices).toHaveLength(1);
  });

  it('survives any query string', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const { state } = parse(query);
        expect(TABS).toContain(state.tab);
      }),
      { numRuns: 500 },
    );
  });
});

describe('writeExplorerState', () => {
  it('reads the top-N size and the highlighted jurisdictions, and keeps the dataset parameter', () => {
    const { state, notices } = parse('top=50&hl=440981,999999&data=synthetic');
    expect(state.top).toBe(50);
    expect(state.highlight).toEqual(['440981']);
    expect(notices).toEqual([{ kind: 'unknownJurisdictions', value: '999999' }]);
    expect(parse('top=7').state.top).toBe(20);
    expect(writeExplorerState(state, new URLSearchParams('data=synthetic')).get('data')).toBe('synthetic');
  });

  it('leaves out defaults and keeps unrelated parameters such as lang', () => {
    const params = writeExplorerState({ indicatorId: 'hotline.work-orders', ...DEFAULTS }, new URLSearchParams('lang=en&obs=old'));
    expect(params.toString()).toBe('lang=en&indicator=hotline.work-orders');
  });

  it('round-trips every valid state through the URL', () => {
    const state = fc.record<ExplorerState>({
      indicatorId: fc.constantFrom('hotline.work-orders', 'hotline.resolution-rate'),
      jurisdictions: fc.option(fc.uniqueArray(fc.constantFrom('440000', '440300', '440981'), { minLength: 1 }), { nil: null }),
      from: fc.option(fc.integer({ min: 1990, max: 2050 }), { nil: null }),
      to: fc.constant(null),
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      tab: fc.constantFrom(...TABS),
      chart: fc.constantFrom(...CHART_TYPES),
      sort: fc.constantFrom(...SORTS),
      observationId: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      top: fc.constantFrom(...TOP_N_CHOICES),
      highlight: fc.uniqueArray(fc.constantFrom('440000', '440300', '440981'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const back = parseExplorerState(writeExplorerState(s), index);
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });
});
