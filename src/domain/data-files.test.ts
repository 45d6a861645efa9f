import { describe, expect, it } from 'vitest';
import { testIndex, testIndicator } from '../../test/fixtures/make-observation';
import { DataIndexSchema, encodeDataIndex, type DataIndex } from './data-files';

const jurisdictions: DataIndex['jurisdictions'] = [
  { code: '440000', name: { zh: '广东省', en: 'Guangdong' }, level: 'province', parentCode: null },
  { code: '440100', name: { zh: '广州市', en: 'Guangzhou' }, level: 'prefecture', parentCode: '440000' },
  { code: '440103', name: { zh: '荔湾区', en: 'Liwan' }, level: 'county', parentCode: '440100' },
  { code: '440104', name: { zh: '越秀区', en: 'Yuexiu' }, level: 'county', parentCode: '440100' },
  { code: '440105', name: { zh: '海珠区', en: 'Haizhu' }, level: 'county', parentCode: '440100' },
  { code: '440300', name: { zh: '深圳市', en: 'Shenzhen' }, level: 'prefecture', parentCode: '440000' },
  { code: '440303', name: { zh: '罗湖区', en: 'Luohu' }, level: 'county', parentCode: '440300' },
];

const index = (summaries: DataIndex['summaries'], list = jurisdictions): DataIndex => ({ ...testIndex, jurisdictions: list, indicators: [testIndicator], summaries });
const summary = (jurisdictionCodes: string[]) => ({ indicatorId: testIndicator.id, observationCount: jurisdictionCodes.length, jurisdictionCodes, years: [2020, 2021] });

const messages = (value: unknown) => {
  const result = DataIndexSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('index.json coverage', () => {
  it('stores the jurisdictions of a summary as ranges of positions, and reads them back as sorted codes', () => {
    const decoded = index([summary(['440103', '440104', '440105', '440303']), summary([]), summary(['440000'])]);
    const file = JSON.parse(JSON.stringify(encodeDataIndex(decoded))) as ReturnType<typeof encodeDataIndex>;
    expect(file.summaries.map((s) => s.jurisdictionRanges)).toEqual([[[2, 4], [6, 6]], [], [[0, 0]]]);
    expect(file.summaries[0]).not.toHaveProperty('jurisdictionCodes');
    expect(DataIndexSchema.parse(file)).toEqual(decoded);
  });

  it('lists codes in code order even when the jurisdictions are not', () => {
    const shuffled = [jurisdictions[6]!, jurisdictions[2]!, jurisdictions[0]!, jurisdictions[4]!, jurisdictions[3]!, jurisdictions[1]!, jurisdictions[5]!];
    const decoded = index([summary(['440103', '440104', '440105', '440303']), summary(['440000', '440100'])], shuffled);
    const parsed = DataIndexSchema.parse(encodeDataIndex(decoded));
    expect(parsed.summaries.map((s) => s.jurisdictionCodes)).toEqual([
      ['440103', '440104', '440105', '440303'],
      ['440000', '440100'],
    ]);
  });

  it('refuses a code that is not a jurisdiction of the index', () => {
    expect(() => encodeDataIndex(index([summary(['110101'])]))).toThrow('summary of hotline.work-orders: 110101 is not a jurisdiction of the index');
  });

  it('names the summary and range of a malformed encoding', () => {
    const file = encodeDataIndex(index([summary(['440103']), summary(['440104'])]));
    const withRanges = (ranges: unknown) => ({ ...file, summaries: [file.summaries[0], { ...file.summaries[1], jurisdictionRanges: ranges }] });
    expect(messages(withRanges([[0, 7]]))).toEqual(['summaries.1.jurisdictionRanges.0: position 7 is out of range (0–6)']);
    expect(messages(withRanges([[3, 5], [0, 1]]))).toEqual([
      'summaries.1.jurisdictionRanges.1: range [0, 1] overlaps or precedes the range before it [3, 5]; ranges must be sorted with a gap between them',
    ]);
    expect(messages(withRanges([[0, 1], [2, 3]]))).toEqual([
      'summaries.1.jurisdictionRanges.1: range [2, 3] touches the range before it [0, 1]; ranges must be sorted with a gap between them',
    ]);
    expect(messages(withRanges([[3, 2]]))).toEqual(['summaries.1.jurisdictionRanges.0: range [3, 2] ends before it starts']);
    expect(messages(withRanges([[0, 1], [3]]))).toEqual(['summaries.1.jurisdictionRanges.1: expected a range [first, last] of two integers, received array']);
    expect(messages(withRanges(undefined))).toEqual(['summaries.1.jurisdictionRanges: expected an array, received undefined']);
  });

  it('refuses a jurisdiction listed twice, since ranges point at positions', () => {
    const file = encodeDataIndex(index([]));
    expect(messages({ ...file, jurisdictions: [...file.jurisdictions, jurisdictions[3]] })).toEqual(['jurisdictions.7.code: 440104 is listed twice (also at jurisdictions.3)']);
  });

  it('reads only this version: a version 1 index with code lists is refused', () => {
    const file = encodeDataIndex(index([summary(['440103'])]));
    const v1 = { ...file, schemaVersion: 1, summaries: [{ ...summary(['440103']) }] };
    expect(messages(v1)).toEqual(['schemaVersion: expected 2', 'summaries.0.jurisdictionRanges: expected an array, received undefined']);
  });

  it('keeps the region files it says it has, and reads an earlier generator\'s layout as whole files only', () => {
    const decoded = { ...index([summary(['440103'])]), regionFiles: 'one-per-province' as const };
    const file = JSON.parse(JSON.stringify(encodeDataIndex(decoded))) as ReturnType<typeof encodeDataIndex>;
    expect(DataIndexSchema.parse(file).regionFiles).toBe('one-per-province');
    // regions/<province>/<id>.json, which the app no longer reads: asking for regions/<province>.json was a 404.
    expect(DataIndexSchema.parse({ ...file, regionFiles: 'province' })).not.toHaveProperty('regionFiles');
    expect(messages({ ...file, regionFiles: 'county' })).toEqual([expect.stringMatching(/^regionFiles: /)]);
  });
});
