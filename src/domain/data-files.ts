import { z } from 'zod/mini';
import { rangeProblem, rangesOfPositions, type JurisdictionRange } from './coverage-codec';
import { IndicatorIdSchema, IndicatorSchema, UnitSymbolSchema } from './indicator';
import { JurisdictionListSchema } from './jurisdiction';
import { LocalizedTextSchema } from './localized-text';
import { ObservationSchema, PeriodSchema, ScopeSchema } from './observation';
import { DIVISION_CODE_PATTERN, PROVINCE_CODE_PATTERN, SOURCE_ID_PATTERN } from './patterns';
import { SourceDocumentSchema } from './source-document';
import './zod-messages';

/**
 * The static files the app reads (see public/data and docs/data-format.md):
 * - index.json: everything needed to draw the shell and the indicator picker;
 * - indicators/<id>.json: one indicator's observations, fetched only when shown;
 * - source-facts/<id>.json: one document's observations, for the reader.
 * Their paths are in data-file-names.ts.
 *
 * Version 2 stores index coverage as ranges and the columnar indicator file
 * in its compact form; version 1 files are no longer read (the curated files
 * are rebuilt by `npm run data:build`, the synthetic ones by `npm run data:synthetic`).
 */
export const DATA_SCHEMA_VERSION = 2;

const ProvinceCodeSchema = z.string().check(z.regex(PROVINCE_CODE_PATTERN, 'expected a province-level code (two digits, then 0000)'));

/** A short description of what was found, for messages. */
function found(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.length > 20 ? 'a string' : JSON.stringify(value);
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * An array checked in one loop rather than one schema call per element
 * (index.json and indicator files hold tens of thousands of numbers); the
 * first bad element is reported with its position.
 */
function checkedArray<T>(expected: string, isItem: (item: unknown) => boolean) {
  return z.custom<T[]>().check(
    z.superRefine((value: unknown, ctx) => {
      if (!Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', input: value, message: `expected an array, received ${found(value)}` });
        return;
      }
      for (let i = 0; i < value.length; i++) {
        if (!isItem(value[i])) {
          ctx.addIssue({ code: 'custom', input: value[i], path: [i], message: `expected ${expected}, received ${found(value[i])}` });
          return;
        }
      }
    }),
  );
}

const isInteger = (x: unknown) => Number.isInteger(x);
const IntArray = checkedArray<number>('an integer', isInteger);
const isPair = (x: unknown) => Array.isArray(x) && x.length === 2 && Number.isInteger(x[0]) && Number.isInteger(x[1]);

/**
 * A summary as index.json stores it: the jurisdictions with values are
 * inclusive ranges of positions in `jurisdictions` (coverage-codec.ts), sorted
 * and apart, e.g. [[361, 3335]] for the 2,975 counties of the synthetic dataset.
 */
export const IndicatorSummaryFileSchema = z.object({
  indicatorId: IndicatorIdSchema,
  observationCount: z.number().check(z.int(), z.nonnegative()),
  years: IntArray,
  jurisdictionRanges: checkedArray<JurisdictionRange>('a range [first, last] of two integers', isPair),
});
export type IndicatorSummaryFile = z.infer<typeof IndicatorSummaryFileSchema>;

/** index.json as stored. DataIndexSchema validates it and decodes it into the DataIndex the app uses. */
export const DataIndexFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  /** Curated data comes from real documents; synthetic data is generated and must be labelled so. */
  dataset: z.object({ kind: z.enum(['curated', 'synthetic']), generatedAt: z.string() }),
  jurisdictions: JurisdictionListSchema,
  /**
   * 'one-per-province' when every indicator file is also cut by province, the
   * slices of each province in one file (regions/<province>.json, for each
   * province with a value), so a view of a few jurisdictions fetches their
   * province's file instead of every jurisdiction's values. Omitted: there
   * are only whole files. 'province' is what synthetic datasets generated
   * before that file said (a file per province and indicator, which the app
   * no longer reads): such an index is read as having only whole files, so
   * its views still work, where asking for the files it does not have was a
   * 404 (`npm run data:synthetic` writes the current layout).
   */
  regionFiles: z.optional(z.enum(['one-per-province', 'province'])),
  documents: z.array(SourceDocumentSchema),
  indicators: z.array(IndicatorSchema),
  summaries: z.array(IndicatorSummaryFileSchema),
});
export type DataIndexFile = z.infer<typeof DataIndexFileSchema>;

/** A summary as the app uses it (DataIndexSchema's output): the codes of the jurisdictions with values, sorted. */
export type IndicatorSummary = Omit<IndicatorSummaryFile, 'jurisdictionRanges'> & { jurisdictionCodes: string[] };
export type DataIndex = Omit<DataIndexFile, 'summaries' | 'regionFiles'> & { regionFiles?: 'one-per-province'; summaries: IndicatorSummary[] };

/**
 * Checks what the shape cannot say (codes are unique, every range list is
 * canonical and inside `jurisdictions`) and turns ranges into sorted code
 * lists. A range of consecutive jurisdictions in code order is copied as one
 * slice, so the cost is a few native copies per summary, not a step per code.
 */
function decodeDataIndex(file: DataIndexFile, ctx: z.core.ParsePayload): DataIndex {
  const { jurisdictions } = file;
  const count = jurisdictions.length;
  const codes = jurisdictions.map((j) => j.code);
  const seen = new Map<string, number>();
  // descents[p]: how many times the code order breaks between positions 0 and p.
  const descents = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const code = codes[i]!;
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      ctx.issues.push({ code: 'custom', input: code, path: ['jurisdictions', i, 'code'], message: `${code} is listed twice (also at jurisdictions.${earlier})` });
    }
    seen.set(code, i);
    if (i > 0) descents[i] = descents[i - 1]! + (codes[i - 1]! < code ? 0 : 1);
  }
  const summaries: IndicatorSummary[] = [];
  file.summaries.forEach((summary, s) => {
    const ranges = summary.jurisdictionRanges;
    const problem = rangeProblem(ranges, count);
    if (problem) {
      ctx.issues.push({ code: 'custom', input: ranges, path: ['summaries', s, 'jurisdictionRanges', problem.range], message: problem.message });
      return;
    }
    // The lists are built when first read: a page reads one summary's or none (the explorer, at startup),
    // and the synthetic index's 144 lists of ~3,000 codes were ~3 MB of arrays built before any chart.
    let jurisdictionCodes: string[] | null = null;
    const listCodes = (): string[] => {
      const slices = ranges.map(([first, last]) => codes.slice(first, last + 1));
      const list = slices.length === 1 ? slices[0]! : ([] as string[]).concat(...slices);
      // Summaries list codes in code order, as the build wrote them; ranges follow the order of `jurisdictions`.
      const inCodeOrder = ranges.every(([first, last], i) => descents[last] === descents[first] && (i === 0 || codes[ranges[i - 1]![1]]! < codes[first]!));
      return inCodeOrder ? list : list.sort();
    };
    summaries.push({
      indicatorId: summary.indicatorId,
      observationCount: summary.observationCount,
      get jurisdictionCodes() {
        return (jurisdictionCodes ??= listCodes());
      },
      years: summary.years,
    });
  });
  const { regionFiles, ...rest } = file;
  return { ...rest, ...(regionFiles === 'one-per-province' ? { regionFiles } : {}), summaries };
}

/** Validates index.json and decodes it into the DataIndex the app uses (summaries with code lists). */
export const DataIndexSchema = z.pipe(DataIndexFileSchema, z.transform(decodeDataIndex));

/**
 * The stored form of an index: each summary's codes become ranges of
 * positions in `jurisdictions`. Throws on a code that is not a jurisdiction of the index.
 */
export function encodeDataIndex(index: DataIndex): DataIndexFile {
  const positionOf = new Map(index.jurisdictions.map((j, i) => [j.code, i]));
  return {
    schemaVersion: index.schemaVersion,
    dataset: index.dataset,
    jurisdictions: index.jurisdictions,
    ...(index.regionFiles !== undefined ? { regionFiles: index.regionFiles } : {}),
    documents: index.documents,
    indicators: index.indicators,
    summaries: index.summaries.map((summary) => ({
      indicatorId: summary.indicatorId,
      observationCount: summary.observationCount,
      years: summary.years,
      jurisdictionRanges: rangesOfPositions(
        summary.jurisdictionCodes.map((code) => {
          const position = positionOf.get(code);
          if (position === undefined) throw new Error(`summary of ${summary.indicatorId}: ${code} is not a jurisdiction of the index`);
          return position;
        }),
      ),
    })),
  };
}

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
 * datasets (the synthetic dataset, docs/scale.md and docs/data-format.md);
 * curated files keep the plain form above. It holds level values only (no
 * relatives), at most one per jurisdiction-year, and decodes
 * (columnar-indicator-file.ts) into the same Observation[]: every provenance
 * is explicit (sourceId, start, end, quote), the quote being
 * strings[qp] + valueAsWritten + strings[qs].
 *
 * Rows: `present` marks the cells of the codes × years grid that hold a value
 * (presence-bitmap.ts), year-major: cell y × codes.length + j. Row i is the
 * i-th marked cell, so rows are ordered by year, then code, and a
 * jurisdiction-year cannot have two values.
 */
export const COLUMNAR_FORMAT = 'reportlens-columnar';

const NumberArray = checkedArray<number>('a finite number', (x) => Number.isFinite(x));
const TextArray = checkedArray<string>('a non-empty string', (x) => typeof x === 'string' && x.length > 0);
const StringArray = checkedArray<string>('a string', (x) => typeof x === 'string');
const CodeArray = checkedArray<string>('a 6-digit GB/T 2260 code or a 9-digit township code', (x) => typeof x === 'string' && DIVISION_CODE_PATTERN.test(x));

/**
 * An integer per row, in one of four forms (exactly one of the first four
 * fields), the last three with exceptions (`rows`, strictly increasing, get
 * the `values` at the same position):
 * - { each: [...] }: one value per row;
 * - { default: n }: n for every row;
 * - { byYear: [...] }: the value of the row's year (one per entry of `years`);
 * - { byCode: [...] }: the value of the row's code (one per entry of `codes`).
 * The encoder picks the shortest. Table indices are range-checked where they
 * are stored (an `each` entry, the default, a byYear/byCode entry, an exception).
 */
export const IntColumnSchema = z
  .object({
    each: z.optional(IntArray),
    default: z.optional(z.number().check(z.int())),
    byYear: z.optional(IntArray),
    byCode: z.optional(IntArray),
    rows: z.optional(IntArray),
    values: z.optional(IntArray),
  })
  .check(
    z.superRefine((column, ctx) => {
      const forms = (['each', 'default', 'byYear', 'byCode'] as const).filter((form) => column[form] !== undefined);
      if (forms.length !== 1) {
        ctx.addIssue({ code: 'custom', input: column, message: `expected exactly one of each, default, byYear, byCode; found ${forms.length === 0 ? 'none' : forms.join(', ')}` });
      } else if (column.each !== undefined && (column.rows !== undefined || column.values !== undefined)) {
        ctx.addIssue({ code: 'custom', input: column, path: ['rows'], message: 'a column given by each has no exceptions' });
      }
      if ((column.rows?.length ?? 0) !== (column.values?.length ?? 0)) {
        ctx.addIssue({ code: 'custom', input: column, path: ['values'], message: `has ${column.values?.length ?? 0} entries, rows has ${column.rows?.length ?? 0}` });
      }
    }),
  );
export type IntColumn = z.infer<typeof IntColumnSchema>;

/** The number as written where it is not the canonical rendering of the value (canonical-value.ts). */
export const WrittenColumnSchema = z
  .object({ rows: IntArray, values: TextArray })
  .check(
    z.refine((column) => column.rows.length === column.values.length, {
      message: 'values and rows must have the same length',
      path: ['values'],
    }),
  );
export type WrittenColumn = z.infer<typeof WrittenColumnSchema>;

export const ColumnarIndicatorFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  format: z.literal(COLUMNAR_FORMAT),
  indicatorId: IndicatorIdSchema,
  /** Observation ids are `${idPrefix}${code}-${year}`. */
  idPrefix: z.string().check(z.minLength(1)),
  /** The indicator's unit: it decides the canonical rendering of a value (canonical-value.ts). */
  unit: UnitSymbolSchema,
  rowCount: z.number().check(z.int(), z.nonnegative()),
  /**
   * Set in a slice of a region file (data-file-names.ts, regionFileName): the
   * province whose jurisdictions this slice of the indicator holds. Every code is then
   * within it; a whole indicator file has no region.
   */
  region: z.optional(ProvinceCodeSchema),
  /** The jurisdictions with a row, sorted (each once). */
  codes: CodeArray,
  /** The years with a row, in increasing order. */
  years: z.array(z.number().check(z.int(), z.minimum(1990), z.maximum(2100))),
  sources: z.array(z.string().check(z.regex(SOURCE_ID_PATTERN))),
  periods: z.array(PeriodSchema),
  scopes: z.array(ScopeSchema),
  notes: z.array(LocalizedTextSchema),
  strings: StringArray,
  /** Base64 bitmap of the codes × years cells that hold a row (presence-bitmap.ts). */
  present: z.string(),
  columns: z.object({
    /** The value. */
    v: NumberArray,
    /** The number as written, where it differs from the canonical rendering of v (omitted: never). */
    w: z.optional(WrittenColumnSchema),
    /** Index into QUALIFIERS (omitted: 0, exact). */
    q: z.optional(IntColumnSchema),
    /** Index into strings: the qualifier as written, -1 for none (omitted: -1). */
    qw: z.optional(IntColumnSchema),
    /** Index into periods. */
    p: IntColumnSchema,
    /** Index into scopes (omitted: 0). */
    sc: z.optional(IntColumnSchema),
    /** Index into notes, -1 for none (omitted: -1). */
    n: z.optional(IntColumnSchema),
    /** Index into sources. */
    s: IntColumnSchema,
    /**
     * Where the quote starts (UTF-16 code units), as the distance from the end
     * of the previous row's quote in the same source (from 0 for a source's
     * first row). Negative where quotes of a source are out of row order.
     */
    o: IntColumnSchema,
    /** Index into strings: the quote's text before and after the number as written. */
    qp: IntColumnSchema,
    qs: IntColumnSchema,
  }),
});
export type ColumnarIndicatorFile = z.infer<typeof ColumnarIndicatorFileSchema>;

export const REGION_FORMAT = 'reportlens-region';

/**
 * regions/<province>.json (data-file-names.ts, regionFileName): each
 * indicator's slice for one province, keyed by the indicator's id. The slices
 * are columnar files with `region` set, and are checked one by one when read
 * (get-indicator-data.ts), so a broken slice costs only its own indicator.
 */
export const RegionFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  format: z.literal(REGION_FORMAT),
  region: ProvinceCodeSchema,
  indicators: z.record(IndicatorIdSchema, z.unknown()),
});
export type RegionFile = z.infer<typeof RegionFileSchema>;
