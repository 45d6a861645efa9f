import { describe, expect, it } from 'vitest';
import type { CuratedFact } from '../../data/curated-fact';
import { testIndex, testIndicator } from '../../test/fixtures/make-observation';
import { buildCuratedDataset } from './curated-dataset';

const text = '2021年1-10月,共收到工单12905宗,其中投诉类10602宗。全年办理260多件申请,接近2017年的2倍。';
const baseFact: CuratedFact = {
  indicatorId: 'hotline.work-orders',
  jurisdictionCode: '440981',
  year: 2021,
  period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '2021年1-10月' },
  value: 12905,
  qualifier: 'exact',
  valueAsWritten: '12905',
  quote: '共收到工单12905宗',
};

function build(facts: CuratedFact[]) {
  return buildCuratedDataset({
    sources: new Map([['a', { text, sha256: 'f'.repeat(64) }]]),
    jurisdictions: testIndex.jurisdictions,
    documents: testIndex.documents.filter((d) => d.id === 'a').map(({ sha256: _s, length: _l, ...meta }) => meta),
    indicators: [testIndicator],
    curatedDocuments: [{ sourceId: 'a', facts }],
    generatedAt: '2026-01-01',
  });
}

describe('buildCuratedDataset', () => {
  it('derives offsets from the quote, so the span slices back to it', () => {
    const result = build([baseFact]);
    expect(result.errors).toEqual([]);
    const [observation] = result.indicatorFiles[0]!.observations;
    const { start, end, quote } = observation!.provenance;
    expect(text.slice(start, end)).toBe(quote);
    expect(observation!.id).toBe(`a:${start}-${end}:hotline.work-orders`);
    expect(result.index?.documents[0]).toMatchObject({ sha256: 'f'.repeat(64), length: text.length });
  });

  it('rejects a quote that is not in the source', () => {
    expect(build([{ ...baseFact, quote: '共收到工单12906宗' }]).errors).toContainEqual(expect.stringContaining('quote not found'));
  });

  it('rejects a value that differs from the number as written', () => {
    expect(build([{ ...baseFact, value: 12950 }]).errors).toEqual([expect.stringContaining('reads as 12905')]);
  });

  it('rejects a qualifier the text does not support', () => {
    const errors = build([{ ...baseFact, quote: '全年办理260多件申请', valueAsWritten: '260多', value: 260 }]).errors;
    expect(errors).toEqual([expect.stringContaining('reads as atLeast, but the fact says exact')]);
  });

  it('accepts a qualifier written apart from its number, and checks it', () => {
    const relative = {
      ...baseFact,
      quote: '接近2017年的2倍',
      valueAsWritten: '2倍',
      value: 2,
      qualifier: 'approx' as const,
      qualifierAsWritten: '接近',
      relative: { kind: 'multiple' as const, baseAsWritten: '2017年', baseYear: 2017 },
    };
    expect(build([relative]).errors).toEqual([]);
    expect(build([{ ...relative, qualifier: 'atLeast' }]).errors).toEqual([expect.stringContaining('«接近» reads as approx')]);
  });

  it('rejects an unknown indicator and an unknown jurisdiction', () => {
    expect(build([{ ...baseFact, indicatorId: 'hotline.nothing' }]).errors[0]).toContain('unknown indicator');
    expect(build([{ ...baseFact, jurisdictionCode: '110000' }]).errors[0]).toContain('unknown jurisdiction');
  });

  it('rejects the same fact curated twice', () => {
    expect(build([baseFact, baseFact]).errors).toEqual([expect.stringContaining('duplicate')]);
  });

  it('insists every catalog indicator has data', () => {
    expect(build([]).errors).toEqual([expect.stringContaining('has no observations')]);
  });
});
