import { COLUMNAR_FORMAT, DATA_SCHEMA_VERSION, type ColumnarIndicatorFile } from './data-files';
import type { LocalizedText } from './localized-text';
import { QUALIFIERS, type Observation, type Period, type Scope } from './observation';

/**
 * Encoding and decoding of the columnar indicator file (data-files.ts,
 * ColumnarIndicatorFileSchema). Decoding runs after the zod schema has
 * checked every column's element types; it then checks what the schema
 * cannot say per row (lengths, table indices, one value per
 * jurisdiction-year, the qualifier inside the quote) in one pass, and builds
 * Observations that satisfy ObservationSchema by construction: the quote is
 * prefix + valueAsWritten + suffix, so it always contains the number as written.
 */
export interface ColumnarIssue {
  path: string;
  message: string;
}

export type DecodeResult = { ok: true; observations: Observation[] } | { ok: false; issues: ColumnarIssue[] };

const MAX_ISSUES = 5;

export function decodeColumnarIndicatorFile(file: ColumnarIndicatorFile): DecodeResult {
  const issues: ColumnarIssue[] = [];
  const issue = (path: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };
  const { rowCount, columns } = file;
  for (const [name, column] of Object.entries(columns)) {
    if (column !== undefined && column.length !== rowCount) issue(`columns.${name}`, `has ${column.length} entries, rowCount is ${rowCount}`);
  }
  if (issues.length > 0) return { ok: false, issues };

  const { j, y, v, w, q, p, s, o, qp, qs } = columns;
  const qw = columns.qw;
  const sc = columns.sc;
  const n = columns.n;
  const inRange = (name: string, row: number, value: number, size: number, optional = false) => {
    if (value >= size || value < (optional ? -1 : 0)) {
      issue(`columns.${name}.${row}`, `index ${value} is out of range (0–${size - 1}${optional ? ', or -1' : ''})`);
      return false;
    }
    return true;
  };
  const seen = new Uint8Array(file.codes.length * file.years.length);
  const observations: Observation[] = new Array<Observation>(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const ji = j[i]!;
    const yi = y[i]!;
    const qi = q[i]!;
    const pi = p[i]!;
    const si = s[i]!;
    const qpi = qp[i]!;
    const qsi = qs[i]!;
    const qwi = qw ? qw[i]! : -1;
    const sci = sc ? sc[i]! : 0;
    const ni = n ? n[i]! : -1;
    const valid =
      inRange('j', i, ji, file.codes.length) &&
      inRange('y', i, yi, file.years.length) &&
      inRange('q', i, qi, QUALIFIERS.length) &&
      inRange('p', i, pi, file.periods.length) &&
      inRange('s', i, si, file.sources.length) &&
      inRange('qp', i, qpi, file.strings.length) &&
      inRange('qs', i, qsi, file.strings.length) &&
      inRange('qw', i, qwi, file.strings.length, true) &&
      inRange('sc', i, sci, file.scopes.length) &&
      inRange('n', i, ni, file.notes.length, true);
    if (!valid) continue;
    const slot = ji * file.years.length + yi;
    if (seen[slot] === 1) {
      issue(`columns.j.${i}`, `second value for ${file.codes[ji]} in ${file.years[yi]}`);
      continue;
    }
    seen[slot] = 1;
    const valueAsWritten = w[i]!;
    const quote = file.strings[qpi]! + valueAsWritten + file.strings[qsi]!;
    const qualifierAsWritten = qwi === -1 ? null : file.strings[qwi]!;
    if (qualifierAsWritten !== null && (qualifierAsWritten.length === 0 || !quote.includes(qualifierAsWritten))) {
      issue(`columns.qw.${i}`, `qualifier «${qualifierAsWritten}» is not in the quote «${quote}»`);
      continue;
    }
    const code = file.codes[ji]!;
    const year = file.years[yi]!;
    const start = o[i]!;
    if (start < 0) {
      issue(`columns.o.${i}`, 'a start offset cannot be negative');
      continue;
    }
    observations[i] = {
      id: `${file.idPrefix}${code}-${year}`,
      indicatorId: file.indicatorId,
      jurisdictionCode: code,
      year,
      period: file.periods[pi]!,
      value: v[i]!,
      qualifier: QUALIFIERS[qi]!,
      valueAsWritten,
      qualifierAsWritten,
      relative: null,
      scope: file.scopes[sci]!,
      provenance: { sourceId: file.sources[si]!, start, end: start + quote.length, quote },
      note: ni === -1 ? null : file.notes[ni]!,
    };
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, observations };
}

/** Interns values into a lookup table, by a key (JSON for objects). */
class Table<T> {
  readonly values: T[] = [];
  private readonly indices = new Map<string, number>();
  /** Shared objects (one period object for many rows) skip the key computation. */
  private readonly byIdentity = new Map<T, number>();
  constructor(private readonly keyOf: (value: T) => string) {}
  index(value: T): number {
    const known = this.byIdentity.get(value);
    if (known !== undefined) return known;
    const key = this.keyOf(value);
    let at = this.indices.get(key);
    if (at === undefined) {
      at = this.values.length;
      this.values.push(value);
      this.indices.set(key, at);
    }
    this.byIdentity.set(value, at);
    return at;
  }
}

/**
 * Encodes level observations of one indicator. Throws when an observation
 * cannot be represented: a relative value, an id other than
 * `${idPrefix}${code}-${year}`, or a quote without the number as written.
 */
export function encodeColumnarIndicatorFile(indicatorId: string, idPrefix: string, observations: readonly Observation[]): ColumnarIndicatorFile {
  const codes = new Table<string>((c) => c);
  const years = new Table<number>(String);
  const sources = new Table<string>((c) => c);
  const periods = new Table<Period>((x) => JSON.stringify(x));
  const scopes = new Table<Scope>((x) => JSON.stringify(x));
  const notes = new Table<LocalizedText>((x) => JSON.stringify(x));
  const strings = new Table<string>((c) => c);
  const columns = {
    j: [] as number[], y: [] as number[], v: [] as number[], w: [] as string[], q: [] as number[], qw: [] as number[],
    p: [] as number[], sc: [] as number[], n: [] as number[], s: [] as number[], o: [] as number[], qp: [] as number[], qs: [] as number[],
  };
  for (const o of observations) {
    if (o.indicatorId !== indicatorId) throw new Error(`${o.id}: belongs to ${o.indicatorId}, not ${indicatorId}`);
    if (o.relative !== null) throw new Error(`${o.id}: relative values have no columnar form`);
    if (o.id !== `${idPrefix}${o.jurisdictionCode}-${o.year}`) throw new Error(`${o.id}: id must be ${idPrefix}<code>-<year>`);
    const at = o.provenance.quote.indexOf(o.valueAsWritten);
    if (at === -1) throw new Error(`${o.id}: the quote does not contain «${o.valueAsWritten}»`);
    columns.j.push(codes.index(o.jurisdictionCode));
    columns.y.push(years.index(o.year));
    columns.v.push(o.value);
    columns.w.push(o.valueAsWritten);
    columns.q.push(QUALIFIERS.indexOf(o.qualifier));
    columns.qw.push(o.qualifierAsWritten === null ? -1 : strings.index(o.qualifierAsWritten));
    columns.p.push(periods.index(o.period));
    columns.sc.push(scopes.index(o.scope));
    columns.n.push(o.note === null ? -1 : notes.index(o.note));
    columns.s.push(sources.index(o.provenance.sourceId));
    columns.o.push(o.provenance.start);
    columns.qp.push(strings.index(o.provenance.quote.slice(0, at)));
    columns.qs.push(strings.index(o.provenance.quote.slice(at + o.valueAsWritten.length)));
  }
  // Columns that say nothing (no qualifier words, one scope, no notes) are left out.
  const { qw, sc, n, ...required } = columns;
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    format: COLUMNAR_FORMAT,
    indicatorId,
    idPrefix,
    rowCount: observations.length,
    codes: codes.values,
    years: years.values,
    sources: sources.values,
    periods: periods.values,
    scopes: scopes.values,
    notes: notes.values,
    strings: strings.values,
    columns: {
      ...required,
      ...(qw.some((x) => x !== -1) ? { qw } : {}),
      ...(sc.some((x) => x !== 0) ? { sc } : {}),
      ...(n.some((x) => x !== -1) ? { n } : {}),
    },
  };
}

/** True for a parsed JSON value that declares the columnar format. */
export function isColumnarJson(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === COLUMNAR_FORMAT;
}
