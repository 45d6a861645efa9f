import { describe, expect, it } from 'vitest';
import { IndicatorSchema } from './indicator';
import { JurisdictionSchema } from './jurisdiction';
import { ObservationSchema, PeriodSchema } from './observation';

const observation = {
  id: 'doc:0-5:hotline.work-orders',
  indicatorId: 'hotline.work-orders',
  jurisdictionCode: '440981',
  year: 2021,
  period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' },
  value: 260,
  qualifier: 'atLeast',
  valueAsWritten: '260多',
  qualifierAsWritten: null,
  relative: null,
  scope: { kind: 'jurisdiction', label: { zh: '全市', en: 'whole city' } },
  provenance: { sourceId: 'doc', start: 0, end: 8, quote: '共260多件工单' },
  note: null,
};

describe('ObservationSchema', () => {
  it('accepts a qualified, partial-period observation', () => {
    expect(ObservationSchema.parse(observation)).toEqual(observation);
  });
  it('rejects a quote that does not contain the number as written', () => {
    const result = ObservationSchema.safeParse({ ...observation, valueAsWritten: '270多' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['valueAsWritten']);
  });
  it('rejects offsets whose length differs from the quote', () => {
    const result = ObservationSchema.safeParse({ ...observation, provenance: { ...observation.provenance, end: 9 } });
    expect(result.error?.issues[0]?.path).toEqual(['provenance', 'end']);
  });
  it('rejects an unknown qualifier and a non-finite value', () => {
    expect(ObservationSchema.safeParse({ ...observation, qualifier: 'roughly' }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...observation, value: Number.NaN }).success).toBe(false);
  });
});

describe('PeriodSchema', () => {
  it('keeps Jan–Dec out of spans: that is a full year', () => {
    expect(PeriodSchema.safeParse({ kind: 'span', startMonth: 1, endMonth: 12, asWritten: '1-12月' }).success).toBe(false);
  });
  it('rejects a span that ends before it starts', () => {
    expect(PeriodSchema.safeParse({ kind: 'span', startMonth: 10, endMonth: 1, asWritten: 'x' }).success).toBe(false);
  });
  it('allows an as-of period with no date ("截至目前")', () => {
    expect(PeriodSchema.safeParse({ kind: 'asOf', date: null, asWritten: '截至目前' }).success).toBe(true);
  });
});

describe('JurisdictionSchema', () => {
  it('accepts a county under its prefecture and a town with a 9-digit code', () => {
    expect(JurisdictionSchema.safeParse({ code: '440981', name: { zh: '高州市', en: 'Gaozhou' }, level: 'county', parentCode: '440900' }).success).toBe(true);
    expect(JurisdictionSchema.safeParse({ code: '442000110', name: { zh: '横栏镇', en: 'Henglan' }, level: 'town', parentCode: '442000' }).success).toBe(true);
  });
  it('rejects a town with a 6-digit code, a malformed code, and an orphan county', () => {
    expect(JurisdictionSchema.safeParse({ code: '442000', name: { zh: 'x', en: 'x' }, level: 'town', parentCode: '442000' }).success).toBe(false);
    expect(JurisdictionSchema.safeParse({ code: '44098', name: { zh: 'x', en: 'x' }, level: 'county', parentCode: '440900' }).success).toBe(false);
    expect(JurisdictionSchema.safeParse({ code: '440981', name: { zh: 'x', en: 'x' }, level: 'county', parentCode: null }).success).toBe(false);
  });
});

describe('IndicatorSchema', () => {
  const rate = {
    id: 'services.instant-rate',
    name: { zh: '即办率', en: 'Instant-service rate' },
    theme: 'services',
    unit: '%',
    kind: 'rate',
    direction: 'higherIsBetter',
    definition: { zh: '即办件 ÷ 依申请事项', en: 'instant ÷ all' },
    numeratorId: 'services.instant-items',
    denominatorId: 'services.application-items',
    partOfId: null,
  };
  it('accepts a rate with both parts', () => {
    expect(IndicatorSchema.safeParse(rate).success).toBe(true);
  });
  it('rejects a rate with only a numerator, a count with parts, and a rate not in %', () => {
    expect(IndicatorSchema.safeParse({ ...rate, denominatorId: null }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...rate, kind: 'count', unit: '件' }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...rate, unit: '件' }).success).toBe(false);
  });
  it('rejects ids that are not dotted kebab-case', () => {
    expect(IndicatorSchema.safeParse({ ...rate, id: 'InstantRate' }).success).toBe(false);
  });
});
