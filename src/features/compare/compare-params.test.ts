import { describe, expect, it } from 'vitest';
import { testIndex, testIndicator } from '../../../test/fixtures/make-observation';
import { compareYears, parseCompareParams } from './compare-params';

const index = {
  ...testIndex,
  summaries: [{ indicatorId: testIndicator.id, observationCount: 2, jurisdictionCodes: ['440981', '440300'], years: [2018, 2021] }],
};

describe('parseCompareParams', () => {
  it('takes valid codes and indicators as written, in order', () => {
    expect(parseCompareParams(index, '440300,440981', testIndicator.id)).toEqual({ codes: ['440300', '440981'], indicatorIds: [testIndicator.id], year: null, notices: [] });
  });

  it('drops unknown and duplicate codes, tops up to two and says so', () => {
    const result = parseCompareParams(index, '440981,440981,123456', testIndicator.id);
    expect(result.codes).toEqual(['440981', '440300']);
    expect(result.notices).toEqual([
      { kind: 'unknownJurisdictions', codes: ['123456'] },
      { kind: 'tooFewJurisdictions', added: ['440300'] },
    ]);
  });

  it('starts a bare #/compare with defaults and no notice', () => {
    expect(parseCompareParams(index, null, null)).toEqual({ codes: ['440300', '440981'], indicatorIds: [testIndicator.id], year: null, notices: [] });
  });

  it('fills in the jurisdiction that shares the most indicators, not the one with the most data', () => {
    const jurisdiction = (code: string) => ({ ...testIndex.jurisdictions[1]!, code });
    const summary = (indicatorId: string, jurisdictionCodes: string[]) => ({ indicatorId, observationCount: jurisdictionCodes.length, jurisdictionCodes, years: [2021] });
    const wide = {
      ...testIndex,
      jurisdictions: ['440981', '440100', '440300'].map(jurisdiction),
      // 440100 has the second most data, but none of 440981's indicators; 440300 shares two.
      summaries: [
        summary('a', ['440981', '440300']),
        summary('b', ['440981', '440300']),
        summary('c', ['440981']),
        summary('g', ['440981']),
        summary('d', ['440100']),
        summary('e', ['440100']),
        summary('f', ['440100']),
      ],
    };
    expect(parseCompareParams(wide, null, null).codes).toEqual(['440981', '440300']);
    expect(parseCompareParams(wide, '440100', null).codes).toEqual(['440100', '440981']);
  });

  it('cuts more than four jurisdictions', () => {
    const big = { ...index, jurisdictions: ['440000', '440100', '440300', '440900', '440981'].map((code) => ({ ...testIndex.jurisdictions[1]!, code })) };
    const result = parseCompareParams(big, '440000,440100,440300,440900,440981', testIndicator.id);
    expect(result.codes).toHaveLength(4);
    expect(result.notices).toEqual([{ kind: 'tooManyJurisdictions', dropped: ['440981'] }]);
  });

  it('replaces unknown indicators with shared ones and says so', () => {
    const result = parseCompareParams(index, '440981,440300', 'no.such');
    expect(result.indicatorIds).toEqual([testIndicator.id]);
    expect(result.notices).toEqual([{ kind: 'unknownIndicators', ids: ['no.such'] }, { kind: 'defaultIndicators' }]);
  });

  it('takes a year the indicators report, and refuses any other with a notice, comparing the latest instead', () => {
    expect(parseCompareParams(index, '440300,440981', testIndicator.id, '2018')).toMatchObject({ year: 2018, notices: [] });
    expect(parseCompareParams(index, '440300,440981', testIndicator.id, '2019')).toMatchObject({ year: null, notices: [{ kind: 'unknownYear', value: '2019' }] });
    expect(parseCompareParams(index, '440300,440981', testIndicator.id, '20x8').notices).toEqual([{ kind: 'unknownYear', value: '20x8' }]);
    expect(parseCompareParams(index, '440300,440981', testIndicator.id, null).year).toBeNull();
    expect(compareYears(index, [testIndicator.id])).toEqual([2021, 2018]);
    expect(compareYears(index, ['no.such'])).toEqual([]);
  });
});
