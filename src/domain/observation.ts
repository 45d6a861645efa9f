import { z } from 'zod/mini';
import { IndicatorIdSchema } from './indicator';
import { DivisionCodeSchema } from './jurisdiction';
import { LocalizedTextSchema } from './localized-text';
import { IsoDateSchema } from './source-document';
import './zod-messages';

/**
 * The span of time a value covers, as the source states it. `asWritten` keeps
 * the phrase from the text ("1-10月", "截至11月8日", "截至目前", "全年") so a
 * reader sees what the report actually claims.
 */
export const PeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fullYear'), asWritten: z.string() }),
  z
    .object({
      kind: z.literal('span'),
      startMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
      endMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
      asWritten: z.string().check(z.minLength(1)),
    })
    .check(
      z.refine((p) => p.startMonth <= p.endMonth, { message: 'startMonth after endMonth', path: ['endMonth'] }),
      z.refine((p) => !(p.startMonth === 1 && p.endMonth === 12), {
        message: 'a January–December span is a full year',
        path: ['endMonth'],
      }),
    ),
  z.object({
    kind: z.literal('asOf'),
    /** Null where the text says only "截至目前" (as of the time of writing). */
    date: z.nullable(IsoDateSchema),
    asWritten: z.string().check(z.minLength(1)),
  }),
]);
export type Period = z.infer<typeof PeriodSchema>;

export const QUALIFIERS = ['exact', 'approx', 'atLeast', 'atMost'] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * A value stated relative to something else rather than as a level:
 * "同比增长10.6%" (percentChange 10.6), "提高3个百分点" (pointChange 3),
 * "是2017年的2倍" (multiple 2). Such values are never drawn as levels.
 */
export const RelativeSchema = z.object({
  kind: z.enum(['percentChange', 'pointChange', 'multiple']),
  /** What the value is relative to, as written ("较2020年同期", "2017年"). */
  baseAsWritten: z.string().check(z.minLength(1)),
  baseYear: z.nullable(z.number().check(z.int())),
});
export type Relative = z.infer<typeof RelativeSchema>;

/**
 * Whose figure it is. Reports by a government office (办公厅) mix figures for
 * the whole jurisdiction with figures for the office itself; comparing them
 * as if alike would mislead.
 */
export const ScopeSchema = z.object({
  kind: z.enum(['jurisdiction', 'issuingBody', 'subset']),
  label: LocalizedTextSchema,
});
export type Scope = z.infer<typeof ScopeSchema>;

/**
 * The provenance contract, relied on outside the app: the source text is
 * served at data/sources/<sourceId>.txt and text.slice(start, end) === quote,
 * with offsets in UTF-16 code units (String.prototype.slice).
 */
export const ProvenanceSchema = z
  .object({
    sourceId: z.string().check(z.minLength(1)),
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.positive()),
    quote: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((p) => p.end - p.start === p.quote.length, {
      message: 'end - start must equal the quote length',
      path: ['end'],
    }),
  );
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const ObservationSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    indicatorId: IndicatorIdSchema,
    jurisdictionCode: DivisionCodeSchema,
    year: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
    period: PeriodSchema,
    /** Finite: z.number() refuses Infinity and NaN. */
    value: z.number(),
    qualifier: QualifierSchema,
    /** The number exactly as the text writes it ("260多", "3万余", "98.36%", "六"); it occurs in the quote. */
    valueAsWritten: z.string().check(z.minLength(1)),
    /**
     * The qualifying word when the text separates it from the number
     * ("接近2017年的2倍": 接近 qualifies 2倍); null when the qualifier, if any,
     * is part of valueAsWritten. It occurs in the quote too.
     */
    qualifierAsWritten: z.nullable(z.string().check(z.minLength(1))),
    relative: z.nullable(RelativeSchema),
    scope: ScopeSchema,
    provenance: ProvenanceSchema,
    /** What a careful reader should know: typos in the source, contradictions, definitions. */
    note: z.nullable(LocalizedTextSchema),
  })
  .check(
    z.refine((o) => o.provenance.quote.includes(o.valueAsWritten), {
      message: 'the quote must contain the number as written',
      path: ['valueAsWritten'],
    }),
    z.refine((o) => o.qualifierAsWritten === null || o.provenance.quote.includes(o.qualifierAsWritten), {
      message: 'the quote must contain the qualifier as written',
      path: ['qualifierAsWritten'],
    }),
  );
export type Observation = z.infer<typeof ObservationSchema>;

/** A value that can be drawn as a level of its indicator (not a change or a multiple). */
export function isLevel(observation: Observation): boolean {
  return observation.relative === null;
}

/** One string per distinct period, so periods can be compared and counted (same period ⇔ same key). */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'fullYear':
      return 'fullYear';
    case 'span':
      return `span:${period.startMonth}-${period.endMonth}`;
    case 'asOf':
      return `asOf:${period.date ?? 'undated'}`;
  }
}

export function isPartialPeriod(period: Period): boolean {
  return period.kind !== 'fullYear';
}
