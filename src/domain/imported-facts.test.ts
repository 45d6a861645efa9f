import { describe, expect, it } from 'vitest';
import { extractFacts } from './extraction/extract-facts';
import { locateNumber, prepareFacts } from './extraction/prepare-facts';
import { buildObservation, convertToIndicatorUnit, DEFAULT_SCOPE, mapPeriod, relativeFromQuote, type FactDecision } from './imported-facts';
import type { Indicator } from './indicator';
import { ObservationSchema } from './observation';

const indicator = (id: string, unit: Indicator['unit'], kind: Indicator['kind']): Indicator => ({
  id,
  name: { zh: id, en: id },
  theme: 'audit',
  unit,
  kind,
  direction: 'neutral',
  definition: { zh: '定义', en: 'definition' },
  numeratorId: null,
  denominatorId: null,
  partOfId: null,
});

describe('mapPeriod', () => {
  it('maps each engine period string to a Period and its year', () => {
    expect(mapPeriod('2021', '全年', 2021)).toEqual({ period: { kind: 'fullYear', asWritten: '全年' }, year: 2021 });
    expect(mapPeriod('2021-01..2021-10', '1-10月', 2021)).toEqual({
      period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' },
      year: 2021,
    });
    expect(mapPeriod('asOf 2021-11-08', '截至11日8日', 2021)).toEqual({
      period: { kind: 'asOf', date: '2021-11-08', asWritten: '截至11日8日' },
      year: 2021,
    });
    expect(mapPeriod('asOf now', '截至目前', 2022)).toEqual({ period: { kind: 'asOf', date: null, asWritten: '截至目前' }, year: 2022 });
  });
  it('keeps the period string when no phrase is known, and the report year for ???? and no period', () => {
    expect(mapPeriod('2020', null, 2021)).toEqual({ period: { kind: 'fullYear', asWritten: '2020' }, year: 2020 });
    expect(mapPeriod('????-01..????-06', null, 2019)?.period).toEqual({ kind: 'span', startMonth: 1, endMonth: 6, asWritten: '????-01..????-06' });
    expect(mapPeriod('????-01..????-06', null, 2019)?.year).toBe(2019);
    expect(mapPeriod(null, null, 2021)).toEqual({ period: { kind: 'asOf', date: null, asWritten: '(未注明时点)' }, year: 2021 });
  });
  it('refuses strings the engine never writes', () => {
    expect(mapPeriod('asOf 2021-02-30', null, 2021)).toBeNull();
    expect(mapPeriod('2021-10..2021-01', null, 2021)).toBeNull();
    expect(mapPeriod('last year', null, 2021)).toBeNull();
  });
});

describe('convertToIndicatorUnit', () => {
  it('divides yuan into 万元 and 亿元', () => {
    expect(convertToIndicatorUnit(55_430_000, '元', '万元')).toBe(5543);
    expect(convertToIndicatorUnit(1_189_800, '元', '万元')).toBe(118.98);
    expect(convertToIndicatorUnit(120_000_000, '元', '亿元')).toBe(1.2);
    expect(convertToIndicatorUnit(120, '元', '元')).toBe(120);
  });
  it('lets any count word fill a count indicator but never mixes kinds', () => {
    expect(convertToIndicatorUnit(38, '份', '件')).toBe(38);
    expect(convertToIndicatorUnit(98.36, '%', '%')).toBe(98.36);
    expect(convertToIndicatorUnit(98.36, '%', '件')).toBeNull();
    expect(convertToIndicatorUnit(5, '件', '%')).toBeNull();
    expect(convertToIndicatorUnit(5, '元', '件')).toBeNull();
    expect(convertToIndicatorUnit(5, '件', '万元')).toBeNull();
    expect(convertToIndicatorUnit(3, '工作日', '天')).toBeNull();
  });
});

describe('locateNumber', () => {
  it('finds the number as written, with 万/多/余, % and an attached qualifier', () => {
    expect(locateNumber({ quote: '全年共办理260多件政府信息公开申请', value: 260, unit: '件' })).toEqual({ valueAsWritten: '260多', offset: 5, qualifierAsWritten: null });
    expect(locateNumber({ quote: '发送信息3万余条', value: 30000, unit: '条' })?.valueAsWritten).toBe('3万余');
    expect(locateNumber({ quote: '可网办率98.36%', value: 98.36, unit: '%' })?.valueAsWritten).toBe('98.36%');
    expect(locateNumber({ quote: '约1358件需政府部门办理', value: 1358, unit: '件' })?.valueAsWritten).toBe('约1358');
    expect(locateNumber({ quote: '查出违规资金5543万元', value: 55_430_000, unit: '元' })?.valueAsWritten).toBe('5543万');
    expect(locateNumber({ quote: '开展了两次学法活动', value: 2, unit: '次' })?.valueAsWritten).toBe('两');
  });
  it('picks the number with the fact’s value and keeps separated qualifiers apart', () => {
    expect(locateNumber({ quote: '市直部门由3%提高至5%', value: 5, unit: '%' })).toMatchObject({ valueAsWritten: '5%', offset: 10 });
    expect(locateNumber({ quote: '培训100人次以上', value: 100, unit: '人次' })).toEqual({ valueAsWritten: '100', offset: 2, qualifierAsWritten: '以上' });
    expect(locateNumber({ quote: '不少于20场', value: 20, unit: '场' })).toEqual({ valueAsWritten: '20', offset: 3, qualifierAsWritten: '不少于' });
    expect(locateNumber({ quote: '接近2017年的2倍', value: 2, unit: '倍' })).toMatchObject({ valueAsWritten: '2', qualifierAsWritten: '接近' });
    expect(locateNumber({ quote: '工单12905宗', value: 999, unit: '宗' })).toBeNull();
  });
});

describe('relativeFromQuote', () => {
  it('reads the kind from the unit and the base from the quote', () => {
    expect(relativeFromQuote('较2020年同期增长10.6%', 10, '%')).toEqual({ kind: 'percentChange', baseAsWritten: '较2020年同期', baseYear: 2020 });
    expect(relativeFromQuote('接近2017年的2倍', 9, '倍')).toEqual({ kind: 'multiple', baseAsWritten: '2017年', baseYear: 2017 });
    expect(relativeFromQuote('同比提高3个百分点', 4, '个百分点')).toEqual({ kind: 'pointChange', baseAsWritten: '同比', baseYear: null });
    expect(relativeFromQuote('增长10.6%', 2, '%')).toBeNull();
    expect(relativeFromQuote('比去年底多58人', 6, '人')).toBeNull();
  });
});

describe('prepareFacts and buildObservation', () => {
  const text = '2021年工作情况\n2021年1-10月，全市共收到热线工单12905宗，办结率99.5%。\n查出违规资金5543万元。';
  const facts = extractFacts(text, { documentYear: 2021 }).facts;
  const prepared = prepareFacts(text, facts, 2021);
  const decision = (indicatorId: string, overrides: Partial<FactDecision> = {}): FactDecision => ({
    indicatorId,
    editedValue: null,
    qualifier: null,
    scope: DEFAULT_SCOPE,
    note: null,
    ...overrides,
  });
  const indicators = [indicator('hotline.work-orders', '宗', 'count'), indicator('audit.irregular-funds', '万元', 'amount'), indicator('hotline.resolution-rate', '%', 'rate')];
  const build = (i: number, d: FactDecision) =>
    buildObservation({ review: prepared[i]!, decision: d, indicators, sourceId: 'imported-x', jurisdictionCode: '440981', yearCovered: 2021, observationId: `o${i}` });

  it('keeps the period phrase from the text', () => {
    expect(prepared[0]!.periodPhrase).toBe('1-10月');
    expect(prepared[0]!.number?.valueAsWritten).toBe('12905');
  });
  it('builds a valid observation whose quote is the text slice', () => {
    const result = build(0, decision('hotline.work-orders'));
    if (!result.ok) throw new Error(result.problem);
    expect(ObservationSchema.parse(result.observation)).toEqual(result.observation);
    expect(result.observation).toMatchObject({ value: 12905, year: 2021, period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' }, note: null });
    const { start, end, quote } = result.observation.provenance;
    expect(text.slice(start, end)).toBe(quote);
  });
  it('converts yuan to the indicator’s 万元', () => {
    const result = build(2, decision('audit.irregular-funds'));
    expect(result.ok && result.observation.value).toBe(5543);
    expect(result.ok && result.observation.valueAsWritten).toBe('5543万');
    // no period in this paragraph
    expect(result.ok && result.observation.period).toEqual({ kind: 'asOf', date: null, asWritten: '(未注明时点)' });
  });
  it('notes a reviewer’s edit and keeps the quote', () => {
    const result = build(0, decision('hotline.work-orders', { editedValue: 12950, note: '见附表' }));
    if (!result.ok) throw new Error(result.problem);
    expect(result.edited).toBe(true);
    expect(result.observation.valueAsWritten).toBe('12905');
    expect(result.observation.value).toBe(12950);
    expect(result.observation.note?.en).toBe('Edited by reviewer: the text writes “12905”; recorded as 12950. 见附表');
    expect(build(0, decision('hotline.work-orders', { editedValue: 12905 })).ok && build(0, decision('hotline.work-orders', { editedValue: 12905 }))).toMatchObject({ edited: false });
  });
  it('refuses a fact without an indicator or with an incompatible unit', () => {
    expect(build(0, { ...decision('x.y'), indicatorId: null })).toEqual({ ok: false, problem: 'noIndicator' });
    expect(build(1, decision('hotline.work-orders'))).toEqual({ ok: false, problem: 'unitMismatch' });
    expect(build(0, decision('no.such'))).toEqual({ ok: false, problem: 'unknownIndicator' });
  });
});
