import { describe, expect, it } from 'vitest';
import { comparisonPartner, sharedIndicatorIds } from './comparison-partner';

type Level = 'province' | 'prefecture' | 'county' | 'town';
const place = (code: string, parentCode: string | null, level: Level) => ({ code, parentCode, level, name: { zh: code, en: code } });
const summary = (indicatorId: string, codes: string[]) => ({ indicatorId, observationCount: codes.length, years: [2021], jurisdictionCodes: [...codes].sort() });

// 茂名市 (440900) with three counties, and 中山市 (442000) with none of its own here.
const jurisdictions = [
  place('440000', null, 'province'),
  place('440900', '440000', 'prefecture'),
  place('440902', '440900', 'county'),
  place('440981', '440900', 'county'),
  place('440983', '440900', 'county'),
  place('442000', '440000', 'prefecture'),
];

describe('comparisonPartner', () => {
  it('prefers the neighbour (same parent) sharing most indicators, even when a jurisdiction elsewhere shares more', () => {
    const summaries = [
      summary('a', ['440981', '440983', '442000']),
      summary('b', ['440981', '440902', '442000']),
      summary('c', ['440981', '440902', '442000']),
    ];
    expect(comparisonPartner({ jurisdictions, summaries }, '440981')).toBe('440902');
  });

  it('breaks a tie between neighbours by code', () => {
    const summaries = [summary('a', ['440981', '440983']), summary('b', ['440981', '440902'])];
    expect(comparisonPartner({ jurisdictions, summaries }, '440981')).toBe('440902');
  });

  it('takes any jurisdiction sharing most when no neighbour shares one, ties by code', () => {
    const summaries = [summary('a', ['440981', '442000']), summary('b', ['440981', '442000', '440000']), summary('c', ['440000'])];
    expect(comparisonPartner({ jurisdictions, summaries }, '440981')).toBe('442000');
    const tied = [summary('a', ['440981', '442000']), summary('b', ['440981', '440000'])];
    expect(comparisonPartner({ jurisdictions, summaries: tied }, '440981')).toBe('440000');
  });

  it('falls back to the first other jurisdiction with values, and to none', () => {
    // 440900 (the prefecture) has no values of its own.
    const summaries = [summary('a', ['440983', '442000'])];
    expect(comparisonPartner({ jurisdictions, summaries }, '440900')).toBe('440983');
    expect(comparisonPartner({ jurisdictions, summaries: [summary('a', ['440981'])] }, '440981')).toBeNull();
  });
});

describe('sharedIndicatorIds', () => {
  it("lists the indicators with values of both, in the index's order, up to the limit", () => {
    const summaries = [summary('a', ['440981', '440902']), summary('b', ['440981']), summary('c', ['440902', '440981']), summary('d', ['440902', '440981'])];
    expect(sharedIndicatorIds({ summaries }, '440981', '440902', 4)).toEqual(['a', 'c', 'd']);
    expect(sharedIndicatorIds({ summaries }, '440981', '440902', 2)).toEqual(['a', 'c']);
  });
});
