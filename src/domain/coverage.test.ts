import { describe, expect, it } from 'vitest';
import { makeObservation, testIndex } from '../../test/fixtures/make-observation';
import { buildCoverage } from './coverage';

const index = {
  ...testIndex,
  indicators: [
    ...testIndex.indicators,
    { ...testIndex.indicators[0]!, id: 'admin-review.applications', theme: 'administrativeReview' as const },
  ],
};

describe('buildCoverage', () => {
  it('has a column for each jurisdiction-year a document covers, ordered by level then code', () => {
    const coverage = buildCoverage(index, [], ['hotline']);
    expect(coverage.columns.map((c) => [c.jurisdiction.code, c.year, c.documentIds])).toEqual([
      ['440300', 2018, ['b']],
      ['440981', 2021, ['a']],
    ]);
    expect(coverage.withoutDocuments.map((j) => j.code)).toEqual(['440000']);
  });

  it('marks full-year, part-year and not-reported themes, counting indicators', () => {
    const coverage = buildCoverage(
      index,
      [
        makeObservation({ jurisdictionCode: '440300', year: 2018 }),
        makeObservation({ jurisdictionCode: '440981', year: 2021, period: { kind: 'asOf', date: '2021-11-08', asWritten: '截至11月8日' } }),
        makeObservation({ jurisdictionCode: '440981', year: 2021 }),
      ],
      ['hotline', 'administrativeReview'],
    );
    expect(coverage.cells[0]).toEqual([
      { status: 'full', indicatorCount: 1, partialIndicatorCount: 0 },
      { status: 'partial', indicatorCount: 1, partialIndicatorCount: 1 },
    ]);
    // Nothing on 行政复议: not reported, never zero.
    expect(coverage.cells[1]!.map((c) => c.status)).toEqual(['notReported', 'notReported']);
  });
});
