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
