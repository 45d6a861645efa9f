import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeObservation } from '../../../test/fixtures/make-observation';
import { DataIndexSchema, SourceFactsFileSchema } from '../data-files';
import type { Indicator } from '../indicator';
import {
  checkPartsAgainstTotals,
  checkRates,
  checkRepeatedCategories,
  isProblem,
  listFigures,
  runQualityChecks,
  summarizeFindings,
} from './checks';

const dataDir = path.resolve(__dirname, '../../../public/data');
const index = DataIndexSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'index.json'), 'utf8')));
const observations = readdirSync(path.join(dataDir, 'source-facts')).flatMap(
  (name) => SourceFactsFileSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'source-facts', name), 'utf8'))).observations,
);
const GAOZHOU = '001_3f0a2276b96b94a9';

describe('checkRates on the curated data', () => {
  const findings = checkRates(observations, index.indicators);

  it('finds 001’s 可网办率 98.36% against 1895 of 2018 (93.90%), with both spans', () => {
    const online = findings.find((f) => f.rate.indicatorId === 'services.online-rate')!;
    expect(online.status).toBe('inconsistent');
    expect(online.stated).toBe(98.36);
    expect(online.expected).toBeCloseTo(93.905, 3);
    expect(online.difference).toBeCloseTo(4.455, 3);
    expect(online.rate.provenance).toMatchObject({ sourceId: GAOZHOU, quote: '可网办率98.36%' });
    expect(online.numerator.provenance.quote).toBe('事项可网办数1895项');
    expect(online.denominator.provenance.quote).toBe('我市依申请事项2018项');
    expect(isProblem(online)).toBe(true);
  });

  it('accepts rates within ±0.05 points of their parts (即办率 80.92% = 1633 ÷ 2018)', () => {
    const immediate = findings.find((f) => f.rate.indicatorId === 'services.immediate-rate')!;
    expect(immediate.status).toBe('consistent');
    expect(findings.filter((f) => f.status === 'inconsistent').map((f) => f.rate.indicatorId)).toEqual(['services.online-rate']);
  });

  it('recomputes a rate whose parts have another period, and says so (包案162宗 for 2021 vs 化解132宗 to 11月10日)', () => {
    const petitions = findings.find((f) => f.rate.indicatorId === 'petitions.leader-assigned-resolution-rate')!;
    expect(petitions.periodsMatch).toBe(false);
    expect(petitions.status).toBe('consistent');
    expect(findings.find((f) => f.rate.indicatorId === 'services.online-rate')!.periodsMatch).toBe(true);
  });
});

describe('checkPartsAgainstTotals on the curated data', () => {
  const findings = checkPartsAgainstTotals(observations, index.indicators);
  const forTotal = (id: string) => findings.find((f) => f.total.indicatorId === id)!;

  it('001’s 12345 work orders by type sum to the stated 12905', () => {
    const hotline = forTotal('hotline.work-orders');
    expect(hotline).toMatchObject({ mode: 'breakdown', status: 'consistent', sum: 12905, remainder: 0, missingIndicatorIds: [] });
    expect(hotline.parts).toHaveLength(6);
  });

  it('行政复议 82 = 72 accepted + 10 not accepted', () => {
    const review = forTotal('admin-review.applications');
    expect(review.status).toBe('consistent');
    expect(review.parts.map((p) => p.value).sort((a, b) => a - b)).toEqual([10, 72]);
    expect(review.total.value).toBe(82);
  });

  it('never sums overlapping shares (即办, 可网办 … of 依申请事项); checks each against the total', () => {
    const services = forTotal('services.application-matters');
    expect(services.mode).toBe('share');
    expect(services.status).toBe('consistent');
    expect(services.parts.map((p) => p.value).sort((a, b) => a - b)).toEqual([1633, 1895, 1994, 2018]);
  });

  it('calls a breakdown that covers only part of its total incomplete, with the remainder', () => {
    expect(forTotal('study.theory-group-sessions')).toMatchObject({ status: 'incomplete', sum: 4, remainder: 13 });
  });

  it('flags parts that exceed their total, and lists missing catalog parts', () => {
    const indicators: Indicator[] = [
      { ...index.indicators.find((i) => i.id === 'admin-review.applications')! },
      { ...index.indicators.find((i) => i.id === 'admin-review.accepted')! },
      { ...index.indicators.find((i) => i.id === 'admin-review.not-accepted')! },
    ];
    const total = makeObservation({ indicatorId: 'admin-review.applications', value: 80 });
    const accepted = makeObservation({ indicatorId: 'admin-review.accepted', value: 72 });
    const notAccepted = makeObservation({ indicatorId: 'admin-review.not-accepted', value: 10 });
    expect(checkPartsAgainstTotals([total, accepted, notAccepted], indicators)[0]).toMatchObject({ status: 'inconsistent', remainder: -2 });
    const onlyAccepted = checkPartsAgainstTotals([total, accepted], indicators)[0]!;
    expect(onlyAccepted).toMatchObject({ status: 'incomplete', missingIndicatorIds: ['admin-review.not-accepted'] });
    const approx = checkPartsAgainstTotals([total, { ...accepted, qualifier: 'atLeast' }], indicators)[0]!;
    expect(approx.status).toBe('approximate');
    // Another period is another frame: nothing to compare.
    expect(checkPartsAgainstTotals([total, { ...accepted, period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } }], indicators)).toEqual([]);
  });
});

describe('checkRepeatedCategories on the curated data', () => {
  it('finds 行政强制案 listed twice in 001 (36宗 and 1299宗), and nothing else', () => {
    const findings = checkRepeatedCategories(observations);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.observations.map((o) => o.provenance.quote)).toEqual(['行政强制案36宗', '行政强制案1299宗']);
    expect(findings[0]!.observations.every((o) => o.provenance.sourceId === GAOZHOU)).toBe(true);
  });

  it('does not call two scopes or a relative value a repetition (003 weights 5% for 市直部门, 4% for 各区)', () => {
    const weights = observations.filter((o) => o.indicatorId === 'disclosure.performance-weight');
    expect(weights).toHaveLength(2);
    expect(checkRepeatedCategories(weights)).toEqual([]);
  });
});

describe('listFigures on the curated data', () => {
  const listed = listFigures(observations);
  const of = (kind: string) => listed.filter((f) => f.kind === kind).map((f) => f.observation);

  it('lists partial-period figures (1–10月, 截至…) and never full-year ones', () => {
    const partial = of('partialPeriod');
    expect(partial.some((o) => o.provenance.quote === '工单总体办结率为99.5%')).toBe(true);
    expect(partial.every((o) => o.period.kind !== 'fullYear')).toBe(true);
    expect(partial.length).toBe(observations.filter((o) => o.period.kind !== 'fullYear').length);
  });

  it('lists approximate figures and bounds (260多, 3万余, 约1358)', () => {
    const values = of('approximate').map((o) => o.valueAsWritten);
    expect(values).toEqual(expect.arrayContaining(['260多', '3万余', '约1358', '600余']));
  });

  it('lists relative figures whose base is reported nowhere (同比增长10.6%, 接近2017年的2倍)', () => {
    expect(of('relativeWithoutBase').map((o) => o.valueAsWritten).sort()).toEqual(['10.6%', '2倍']);
  });
});

describe('summarizeFindings', () => {
  it('counts per document and per jurisdiction, with 001 holding the problems', () => {
    const findings = runQualityChecks(observations, index.indicators);
    const byDocument = summarizeFindings(findings, observations, 'document');
    const gaozhou = byDocument.find((r) => r.key === GAOZHOU)!;
    expect(gaozhou.observations).toBe(82);
    expect(gaozhou.problems).toBe(2); // 可网办率 and 行政强制案
    expect(gaozhou.counts.repeated).toBe(1);
    expect(byDocument.reduce((n, r) => n + r.observations, 0)).toBe(observations.length);
    const byJurisdiction = summarizeFindings(findings, observations, 'jurisdiction');
    expect(byJurisdiction.find((r) => r.key === '440981')!.problems).toBe(2);
    expect(byJurisdiction.find((r) => r.key === '440100')!.problems).toBe(0);
  });
});
