import type { Indicator } from './indicator';
import type { LocalizedText } from './localized-text';
import type { Observation, Period, Qualifier, Relative, Scope } from './observation';
import type { ExtractedFact } from './extraction/types';
import { isIsoDate } from './patterns';
import { unitScale, type UnitSymbol } from './unit';

/**
 * From an engine fact (src/domain/extraction) to an Observation a reviewer
 * can save. Pure. The worker prepares each fact for review (ReviewFact,
 * extraction/prepare-facts.ts); the review table builds observations here
 * (buildObservation) without the number parser or the period reader. See
 * docs/contributing.md, "Imported data".
 */

// ---- The number as written, inside the quote --------------------------------

export interface NumberInQuote {
  /** The number as the text writes it, e.g. "260多", "3万余", "98.36%", "约1358"; a substring of the quote. */
  valueAsWritten: string;
  /** Where valueAsWritten starts in the quote (UTF-16 units). */
  offset: number;
  /** A qualifying word the text writes apart from the number ("以上" in "100件以上"); null otherwise. */
  qualifierAsWritten: string | null;
}

/** Equal up to floating-point noise (万/亿 expansion, unit conversion). */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

// ---- Periods -----------------------------------------------------------------

function isRealDate(iso: string): boolean {
  if (!isIsoDate(iso)) return false;
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** What the app records when the paragraph states no period, as the curated data does. */
export const NO_PERIOD_STATED = '(未注明时点)';

/**
 * The engine's period string as a Period and the year it belongs to:
 * "2021" → full year 2021; "2021-01..2021-10" → span; "asOf 2021-11-08" →
 * asOf that date; "asOf now" → asOf, no date; null → asOf, no date, written
 * "(未注明时点)". A year written "????" (the text names none) is the report's
 * year. asWritten is the phrase from the text when known, else the period
 * string. Null for a string the engine never produces.
 */
export function mapPeriod(periodString: string | null, phrase: string | null, yearCovered: number): { period: Period; year: number } | null {
  if (periodString === null) return { period: { kind: 'asOf', date: null, asWritten: phrase ?? NO_PERIOD_STATED }, year: yearCovered };
  const s = periodString.replace(/\?\?\?\?/g, String(yearCovered));
  const asWritten = phrase ?? periodString;
  let m = /^(\d{4})$/.exec(s);
  if (m) return { period: { kind: 'fullYear', asWritten }, year: Number(m[1]) };
  m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const [startMonth, endMonth] = [Number(m[2]), Number(m[4])];
    if (m[1] !== m[3] || startMonth < 1 || endMonth > 12 || startMonth > endMonth) return null;
    if (startMonth === 1 && endMonth === 12) return { period: { kind: 'fullYear', asWritten }, year: Number(m[1]) };
    return { period: { kind: 'span', startMonth, endMonth, asWritten }, year: Number(m[1]) };
  }
  if (s === 'asOf now') return { period: { kind: 'asOf', date: null, asWritten }, year: yearCovered };
  m = /^asOf (\d{4}-\d{2}-\d{2})$/.exec(s);
  if (m && isRealDate(m[1]!)) {
    return { period: { kind: 'asOf', date: m[1]!, asWritten }, year: Number(m[1]!.slice(0, 4)) };
  }
  return null;
}

// ---- Units -------------------------------------------------------------------

const MONEY: ReadonlySet<string> = new Set(['元', '万元', '亿元']);
/** Units that measure something other than a count; a fact converts only to the same unit. */
const NON_COUNT = new Set(['%', '个百分点', '倍', '天', '工作日', '小时', '分钟', '秒', '个月', '吨', '亩', '公里', '平方公里', '平方米', '公顷', '岁']);

/**
 * The engine value (base unit: 元, the percent number, a count) in the
 * indicator's unit: 元 → 万元 divides by 10,000, 元 → 亿元 by 100,000,000.
 * A count in any count word (件, 宗, 份…) fits a count indicator; percentages,
 * points, multiples and durations fit only their own unit. Null when the
 * units cannot be compared (元 for a 件 indicator, % for a count).
 */
export function convertToIndicatorUnit(value: number, factUnit: string, indicatorUnit: UnitSymbol): number | null {
  if (MONEY.has(indicatorUnit)) {
    if (factUnit !== '元') return null;
    return Number((value / unitScale(indicatorUnit)).toPrecision(12));
  }
  if (factUnit === '元') return null;
  if (NON_COUNT.has(indicatorUnit) || NON_COUNT.has(factUnit)) return factUnit === indicatorUnit ? value : null;
  return value;
}

// ---- Relative values ---------------------------------------------------------

/**
 * A relative fact as Observation.relative: the kind from the unit (% → change
 * in percent, 个百分点 → change in points, 倍 → multiple) and the base from the
 * quote (同比, 较2020年同期, 2017年的). Null when either cannot be read: such a
 * fact cannot be saved, since a change is never a level.
 */
export function relativeFromQuote(quote: string, numberOffset: number, unit: string): Relative | null {
  const kind = unit === '%' ? 'percentChange' : unit === '个百分点' ? 'pointChange' : unit === '倍' ? 'multiple' : null;
  if (kind === null) return null;
  const before = quote.slice(0, numberOffset);
  const patterns: Array<[RegExp, (m: RegExpExecArray) => Relative]> = [
    [/较((?:19|20)\d\d)年(?:同期)?/, (m) => ({ kind, baseAsWritten: m[0], baseYear: Number(m[1]) })],
    [/(?:较|比)(?:去年|上年)(?:同期)?/, (m) => ({ kind, baseAsWritten: m[0], baseYear: null })],
    [/((?:19|20)\d\d)年(?=的)/, (m) => ({ kind, baseAsWritten: m[0], baseYear: Number(m[1]) })],
    [/同比|环比/, (m) => ({ kind, baseAsWritten: m[0], baseYear: null })],
  ];
  for (const [re, make] of patterns) {
    const m = re.exec(before);
    if (m) return make(m);
  }
  return null;
}

// ---- Review facts and observations -------------------------------------------

/** An engine fact with what the review needs, computed once in the worker (prepareFacts, extraction/prepare-facts.ts). */
export interface ReviewFact {
  index: number;
  fact: ExtractedFact;
  /** Null only if the number cannot be found in its quote; such a fact cannot be saved. */
  number: NumberInQuote | null;
  /** Absolute offset of the number in the text. */
  numberStart: number;
  periodPhrase: string | null;
}

/** The reviewer's decision on one fact. */
export interface FactDecision {
  indicatorId: string | null;
  /** The value in the indicator's unit; null keeps the converted engine value. */
  editedValue: number | null;
  qualifier: Qualifier | null;
  scope: Scope;
  note: string | null;
}

export const DEFAULT_SCOPE: Scope = { kind: 'jurisdiction', label: { zh: '全辖区', en: 'whole jurisdiction' } };

export type ObservationProblem =
  | 'noIndicator'
  | 'unknownIndicator'
  | 'numberNotFound'
  | 'unitMismatch'
  | 'relativeWithoutBase'
  | 'levelForRelative'
  | 'badPeriod';

export type BuildResult = { ok: true; observation: Observation; edited: boolean } | { ok: false; problem: ObservationProblem };

/** The value the quote itself states, in the indicator's unit; null when it cannot be compared. */
export function writtenValueIn(indicatorUnit: UnitSymbol, review: ReviewFact): number | null {
  return convertToIndicatorUnit(review.fact.value, review.fact.unit, indicatorUnit);
}

/**
 * One accepted fact as an Observation. The quote and valueAsWritten are never
 * changed: they are the evidence. When the reviewer records a value or a
 * qualifier other than the one the quote states, the note says so
 * ("Edited by reviewer: the text writes “X”; recorded as Y.") so a reader sees
 * both the evidence and the correction.
 */
export function buildObservation(input: {
  review: ReviewFact;
  decision: FactDecision;
  indicators: readonly Indicator[];
  sourceId: string;
  jurisdictionCode: string;
  yearCovered: number;
  observationId: string;
}): BuildResult {
  const { review, decision } = input;
  if (decision.indicatorId === null) return { ok: false, problem: 'noIndicator' };
  const indicator = input.indicators.find((i) => i.id === decision.indicatorId);
  if (!indicator) return { ok: false, problem: 'unknownIndicator' };
  if (review.number === null) return { ok: false, problem: 'numberNotFound' };
  const { fact } = review;

  let relative: Relative | null = null;
  let written: number | null;
  if (fact.relative) {
    relative = relativeFromQuote(fact.quote, review.number.offset, fact.unit);
    if (relative === null) return { ok: false, problem: 'relativeWithoutBase' };
    written = fact.value; // a change keeps its own unit (%, 个百分点, 倍)
  } else {
    written = writtenValueIn(indicator.unit, review);
    if (written === null) return { ok: false, problem: 'unitMismatch' };
  }
  const mapped = mapPeriod(fact.period, review.periodPhrase, input.yearCovered);
  if (mapped === null) return { ok: false, problem: 'badPeriod' };

  const value = decision.editedValue ?? written;
  const qualifier = decision.qualifier ?? fact.qualifier;
  const edited = !nearlyEqual(value, written) || qualifier !== fact.qualifier;
  const userNote = decision.note?.trim() || null;
  let note: LocalizedText | null = userNote ? { zh: userNote, en: userNote } : null;
  if (edited) {
    const recorded = `${qualifier === fact.qualifier ? '' : `${qualifier} `}${value}`;
    note = {
      zh: `审核人修改：原文写作“${review.number.valueAsWritten}”，此处记为 ${recorded}。${userNote ? ` ${userNote}` : ''}`,
      en: `Edited by reviewer: the text writes “${review.number.valueAsWritten}”; recorded as ${recorded}.${userNote ? ` ${userNote}` : ''}`,
    };
  }
  const observation: Observation = {
    id: input.observationId,
    indicatorId: indicator.id,
    jurisdictionCode: input.jurisdictionCode,
    year: mapped.year,
    period: mapped.period,
    value,
    qualifier,
    valueAsWritten: review.number.valueAsWritten,
    qualifierAsWritten: review.number.qualifierAsWritten,
    relative,
    scope: decision.scope,
    provenance: { sourceId: input.sourceId, start: fact.start, end: fact.end, quote: fact.quote },
    note,
  };
  return { ok: true, observation, edited };
}

/** "imported-…:120-141:hotline.work-orders", made unique with ":2", ":3"… when two facts share a quote. */
export function observationIdFor(sourceId: string, fact: Pick<ExtractedFact, 'start' | 'end'>, indicatorId: string, taken: Set<string>): string {
  const base = `${sourceId}:${fact.start}-${fact.end}:${indicatorId}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}:${n}`;
  taken.add(id);
  return id;
}
