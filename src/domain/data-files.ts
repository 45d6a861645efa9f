import { z } from 'zod/mini';
import { IndicatorIdSchema, IndicatorSchema } from './indicator';
import { DivisionCodeSchema, JurisdictionSchema } from './jurisdiction';
import { LocalizedTextSchema } from './localized-text';
import { ObservationSchema, PeriodSchema, ScopeSchema } from './observation';
import { SOURCE_ID_PATTERN } from './patterns';
import { SourceDocumentSchema } from './source-document';
import './zod-messages';

/**
 * The two kinds of static file the app reads (see public/data):
 * - index.json: everything needed to draw the shell and the indicator picker;
 * - indicators/<id>.json: one indicator's observations, fetched only when shown.
 * Their paths are in data-file-names.ts.
 */
export const DATA_SCHEMA_VERSION = 1;

/** Checked in one loop: a synthetic index lists thousands of codes per indicator. */
const CodeList = z.custom<string[]>((value) => Array.isArray(value) && value.every((x) => typeof x === 'string'), 'expected an array of strings');

export const IndicatorSummarySchema = z.object({
  indicatorId: IndicatorIdSchema,
  observationCount: z.number().check(z.int(), z.nonnegative()),
  jurisdictionCodes: CodeList,
  years: z.array(z.number().check(z.int())),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummarySchema>;

export const DataIndexSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  /** Curated data comes from real documents; synthetic data is generated and must be labelled so. */
  dataset: z.object({ kind: z.enum(['curated', 'synthetic']), generatedAt: z.string() }),
  jurisdictions: z.array(JurisdictionSchema),
  documents: z.array(SourceDocumentSchema),
  indicators: z.array(IndicatorSchema),
  summaries: z.array(IndicatorSummarySchema),
});
export type DataIndex = z.infer<typeof DataIndexSchema>;

export const IndicatorDataFileSchema = z
  .object({
    schemaVersion: z.literal(DATA_SCHEMA_VERSION),
    indicatorId: IndicatorIdSchema,
    observations: z.array(ObservationSchema),
  })
  .check(
    z.refine((file) => file.observations.every((o) => o.indicatorId === file.indicatorId), {
      message: 'every observation must belong to the file’s indicator',
      path: ['observations'],
    }),
  );
export type IndicatorDataFile = z.infer<typeof IndicatorDataFileSchema>;

/**
 * source-facts/<sourceId>.json: every observation quoted from one document,
 * ordered by position, so the reader can highlight them all with one request.
 * A document without curated facts (the task plan 002) has an empty list.
 */
export const SourceFactsFileSchema = z
  .object({
    schemaVersion: z.literal(DATA_SCHEMA_VERSION),
    sourceId: z.string().check(z.minLength(1)),
    observations: z.array(ObservationSchema),
  })
  .check(
    z.refine((file) => file.observations.every((o) => o.provenance.sourceId === file.sourceId), {
      message: 'every observation must quote the file’s document',
      path: ['observations'],
    }),
  );
export type SourceFactsFile = z.infer<typeof SourceFactsFileSchema>;

/**
 * A compact, column-oriented form of indicators/<id>.json for large generated
 * datasets (the synthetic dataset, docs/scale.md); curated files keep the
 * plain form above. It holds level values only (no relatives), at most one
 * per jurisdiction-year, and decodes (columnar-indicator-file.ts) into the
 * same Observation[]: every provenance is explicit (sourceId, start, end,
 * quote), the quote being strings[qp] + valueAsWritten + strings[qs].
 * Row i is described by the i-th entry of every column; optional columns
 * default to "none" (-1) or the first table entry.
 */
export const COLUMNAR_FORMAT = 'reportlens-columnar';

/**
 * Columns hold tens of thousands of numbers: one tight loop per column checks
 * them (z.array(z.number().check(z.int())) costs a schema call per element).
 */
const IndexColumn = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((x) => Number.isInteger(x) && (x as number) >= -1),
  'expected an array of integers ≥ -1',
);
const NumberColumn = z.custom<number[]>((value) => Array.isArray(value) && value.every((x) => Number.isFinite(x)), 'expected an array of finite numbers');
const StringColumn = z.custom<string[]>(
  (value) => Array.isArray(value) && value.every((x) => typeof x === 'string' && x.length > 0),
  'expected an array of non-empty strings',
);

export const ColumnarIndicatorFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  format: z.literal(COLUMNAR_FORMAT),
  indicatorId: IndicatorIdSchema,
  /** Observation ids are `${idPrefix}${code}-${year}`. */
  idPrefix: z.string().check(z.minLength(1)),
  rowCount: z.number().check(z.int(), z.nonnegative()),
  codes: z.array(DivisionCodeSchema),
  years: z.array(z.number().check(z.int(), z.minimum(1990), z.maximum(2100))),
  sources: z.array(z.string().check(z.regex(SOURCE_ID_PATTERN))),
  periods: z.array(PeriodSchema),
  scopes: z.array(ScopeSchema),
  notes: z.array(LocalizedTextSchema),
  strings: z.array(z.string()),
  columns: z.object({
    /** Index into codes. */
    j: IndexColumn,
    /** Index into years. */
    y: IndexColumn,
    /** The value. */
    v: NumberColumn,
    /** The number as written. */
    w: StringColumn,
    /** Index into QUALIFIERS. */
    q: IndexColumn,
    /** Index into strings: the qualifier as written, -1 for none. */
    qw: z.optional(IndexColumn),
    /** Index into periods. */
    p: IndexColumn,
    /** Index into scopes (default 0). */
    sc: z.optional(IndexColumn),
    /** Index into notes, -1 for none (default -1). */
    n: z.optional(IndexColumn),
    /** Index into sources. */
    s: IndexColumn,
    /** Start offset of the quote in its source (UTF-16 code units). */
    o: IndexColumn,
    /** Index into strings: the quote's text before and after the number as written. */
    qp: IndexColumn,
    qs: IndexColumn,
  }),
});
export type ColumnarIndicatorFile = z.infer<typeof ColumnarIndicatorFileSchema>;
