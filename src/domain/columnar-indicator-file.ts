import { canonicalValueAsWritten } from './canonical-value';
import { COLUMNAR_FORMAT, DATA_SCHEMA_VERSION, type ColumnarIndicatorFile, type IntColumn } from './data-files';
import type { LocalizedText } from './localized-text';
import { QUALIFIERS, type Observation, type Period, type Scope } from './observation';
import type { ObservationSet } from './observation-set';
import { provinceCodeOf } from './patterns';
import { decodePresence, encodePresence, isPresent } from './presence-bitmap';
import type { UnitSymbol } from './unit';

/**
 * Encoding and decoding of the columnar indicator file (data-files.ts,
 * ColumnarIndicatorFileSchema; docs/data-format.md). Decoding runs after the
 * zod schema has checked every element's type; it then checks what the
 * schema cannot say (sorted tables, the presence bitmap, lengths, every
 * stored index where it is stored, exception rows, the qualifier inside the
 * quote, offsets) and builds Observations that satisfy ObservationSchema by
 * construction: the quote is prefix + valueAsWritten + suffix, so it always
 * contains the number as written.
 */
export interface ColumnarIssue {
  path: string;
  message: string;
}

export type DecodeResult = { ok: true; observations: Observation[] } | { ok: false; issues: ColumnarIssue[] };
export type OpenResult = { ok: true; observations: ColumnarObservations } | { ok: false; issues: ColumnarIssue[] };

const MAX_ISSUES = 5;

/** The values a column may hold: table indices (0 to size − 1, or -1 where allowed) or offsets. */
interface Bound {
  lo: number;
  hi: number;
  /** "index" or "offset", for messages. */
  what: string;
  /** The allowed range, for messages. */
  range: string;
}

function indexBound(table: string, size: number, none: boolean): Bound {
  const range = size === 0 ? `${table} is empty${none ? '; only -1' : ''}` : `0–${size - 1}${none ? ', or -1' : ''}`;
  return { lo: none ? -1 : 0, hi: size - 1, what: 'index', range };
}

/**
 * Offsets stay within V8's small integers (2^30 − 1 on 64-bit), so a start
 * offset is stored unboxed in its observation: larger texts are not served.
 */
const MAX_OFFSET = 2 ** 30 - 1;
const OFFSET_BOUND: Bound = { lo: -MAX_OFFSET, hi: MAX_OFFSET, what: 'offset', range: `±${MAX_OFFSET}` };

/** Row i's code and year (indices into codes and years); the rows of year y are yearStart[y] to yearStart[y + 1] − 1. */
interface Grid {
  rowCount: number;
  rowJ: Int32Array;
  rowY: Int32Array;
  yearStart: Int32Array;
  codeCount: number;
  yearCount: number;
}

type Issue = (path: string, message: string) => void;

/**
 * Checks one integer column and writes its value for every row into `out`.
 * Indices are checked where they are stored, so a default or a byCode entry
 * is checked once, not once per row. Returns false after the first problem.
 */
function fillColumn(name: string, column: IntColumn, grid: Grid, bound: Bound, out: Int32Array, issue: Issue): boolean {
  const { rowCount } = grid;
  const { lo, hi } = bound;
  const bad = (value: number) => value < lo || value > hi;
  const outOfRange = (path: string, value: number) => issue(`columns.${name}.${path}`, `${bound.what} ${value} is out of range (${bound.range})`);
  const lookup = (table: number[], path: string, expected: number, what: string): boolean => {
    if (table.length !== expected) {
      issue(`columns.${name}.${path}`, `has ${table.length} entries, ${what} has ${expected}`);
      return false;
    }
    for (let k = 0; k < table.length; k++) {
      if (bad(table[k]!)) {
        outOfRange(`${path}.${k}`, table[k]!);
        return false;
      }
    }
    return true;
  };
  if (column.each !== undefined) {
    const each = column.each;
    if (each.length !== rowCount) {
      issue(`columns.${name}.each`, `has ${each.length} entries, rowCount is ${rowCount}`);
      return false;
    }
    for (let r = 0; r < rowCount; r++) {
      const value = each[r]!;
      if (bad(value)) {
        outOfRange(`each.${r}`, value);
        return false;
      }
      out[r] = value;
    }
    return true;
  }
  if (column.default !== undefined) {
    if (bad(column.default)) {
      outOfRange('default', column.default);
      return false;
    }
    out.fill(column.default);
  } else if (column.byYear !== undefined) {
    const byYear = column.byYear;
    if (!lookup(byYear, 'byYear', grid.yearCount, 'years')) return false;
    // Rows are year-major: one fill per year.
    for (let y = 0; y < byYear.length; y++) out.fill(byYear[y]!, grid.yearStart[y]!, grid.yearStart[y + 1]!);
  } else if (column.byCode !== undefined) {
    const byCode = column.byCode;
    if (!lookup(byCode, 'byCode', grid.codeCount, 'codes')) return false;
    const rowJ = grid.rowJ;
    for (let r = 0; r < rowCount; r++) out[r] = byCode[rowJ[r]!]!;
  }
  const rows = column.rows ?? [];
  const values = column.values ?? [];
  if (!exceptionRowsOk(name, rows, rowCount, issue)) return false;
  for (let k = 0; k < rows.length; k++) {
    if (bad(values[k]!)) {
      outOfRange(`values.${k}`, values[k]!);
      return false;
    }
    out[rows[k]!] = values[k]!;
  }
  return true;
}

/** Exception rows: each a row number, strictly increasing. */
function exceptionRowsOk(name: string, rows: number[], rowCount: number, issue: Issue): boolean {
  let previous = -1;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (row < 0 || row >= rowCount) {
      issue(`columns.${name}.rows.${k}`, `row ${row} is out of range (${rowCount === 0 ? 'there are no rows' : `0–${rowCount - 1}`})`);
      return false;
    }
    if (row <= previous) {
      issue(`columns.${name}.rows.${k}`, `rows must increase: ${row} follows ${previous}`);
      return false;
    }
    previous = row;
  }
  return true;
}

/** The first entry that does not come after the one before it, or -1. */
function firstUnsorted(values: ReadonlyArray<string | number>): number {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1]! < values[i]!)) return i;
  return -1;
}

/**
 * The number as written for every row: the listed text where `w` lists the
 * row, else the canonical rendering of the value (null where there is none).
 * Fractional values repeat (a rate has about 2,000 distinct values in 27,000
 * rows), so their renderings are looked up once formatted; whole numbers are
 * formatted directly, which is cheaper still. A function of its own, so the
 * row loop does not depend on whether the values are whole.
 */
function numbersAsWritten(v: readonly number[], unit: string, rows: readonly number[], listed: readonly string[]): Array<string | null> {
  const written = new Array<string | null>(v.length);
  const known = new Map<number, string | null>();
  for (let r = 0; r < v.length; r++) {
    const value = v[r]!;
    if (Number.isInteger(value)) {
      written[r] = canonicalValueAsWritten(value, unit);
      continue;
    }
    let text = known.get(value);
    if (text === undefined) {
      text = canonicalValueAsWritten(value, unit);
      known.set(value, text);
    }
    written[r] = text;
  }
  for (let k = 0; k < rows.length; k++) written[rows[k]!] = listed[k]!;
  return written;
}

/** Row i's code and year: the i-th cell marked in the bitmap, year-major. Returns how many cells are marked. */
function rowsOfPresence(bytes: Uint8Array, codeCount: number, yearCount: number, rowJ: Int32Array, rowY: Int32Array, yearStart: Int32Array): number {
  const rowCount = rowJ.length;
  let marked = 0;
  for (let y = 0, cell = 0; y < yearCount; y++) {
    yearStart[y] = Math.min(marked, rowCount);
    for (let j = 0; j < codeCount; j++, cell++) {
      if ((bytes[cell >> 3]! & (1 << (cell & 7))) === 0) continue;
      if (marked < rowCount) {
        rowJ[marked] = j;
        rowY[marked] = y;
      }
      marked++;
    }
  }
  yearStart[yearCount] = Math.min(marked, rowCount);
  return marked;
}

/**
 * Checks a columnar file completely (what the schema cannot say, and every
 * row: its number as written, its qualifier inside its quote, its offsets)
 * without building its Observations yet: they are built on demand, a year
 * at a time or all at once, and cannot fail then. Why: a ranked chart of one
 * year needs a tenth of a ten-year file's rows (and the year before, for the
 * change), and building 27,000 objects is most of the cost of reading it.
 */
export function openColumnarIndicatorFile(file: ColumnarIndicatorFile): OpenResult {
  const issues: ColumnarIssue[] = [];
  const issue: Issue = (path, message) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };
  const { rowCount, codes, years, sources, strings, columns } = file;

  // Sorted tables: each code and year once, and rows come in a defined order.
  for (const [name, table] of [['codes', codes], ['years', years]] as const) {
    const at = firstUnsorted(table);
    if (at !== -1) issue(`${name}.${at}`, `${table[at]} does not come after ${table[at - 1]} (${name} are sorted, each once)`);
  }
  // A region file holds only its province's jurisdictions.
  if (file.region !== undefined) {
    const at = codes.findIndex((code) => provinceCodeOf(code) !== file.region);
    if (at !== -1) issue(`codes.${at}`, `${codes[at]} is not in region ${file.region}`);
  }
  const cellCount = codes.length * years.length;
  const presence = decodePresence(file.present, cellCount);
  if (!presence.ok) issue('present', `${presence.message} (${codes.length} codes × ${years.length} years)`);
  if (columns.v.length !== rowCount) issue('columns.v', `has ${columns.v.length} entries, rowCount is ${rowCount}`);
  if (issues.length > 0 || !presence.ok) return { ok: false, issues };

  // Rows are the marked cells, year-major.
  const rowJ = new Int32Array(rowCount);
  const rowY = new Int32Array(rowCount);
  const yearStart = new Int32Array(years.length + 1);
  const marked = rowsOfPresence(presence.bytes, codes.length, years.length, rowJ, rowY, yearStart);
  if (marked !== rowCount) return { ok: false, issues: [{ path: 'present', message: `marks ${marked} cells, rowCount is ${rowCount}` }] };

  const grid: Grid = { rowCount, rowJ, rowY, yearStart, codeCount: codes.length, yearCount: years.length };
  const fill = (name: string, column: IntColumn | undefined, omitted: number, bound: Bound): Int32Array => {
    const out = new Int32Array(rowCount);
    if (column !== undefined) fillColumn(name, column, grid, bound, out, issue);
    else if (rowCount > 0 && (omitted < bound.lo || omitted > bound.hi)) {
      issue(`columns.${name}`, `is omitted, so every row takes ${bound.what} ${omitted}, which is out of range (${bound.range})`);
    } else if (omitted !== 0) out.fill(omitted);
    return out;
  };
  const q = fill('q', columns.q, 0, indexBound('QUALIFIERS', QUALIFIERS.length, false));
  const qw = fill('qw', columns.qw, -1, indexBound('strings', strings.length, true));
  const p = fill('p', columns.p, 0, indexBound('periods', file.periods.length, false));
  const sc = fill('sc', columns.sc, 0, indexBound('scopes', file.scopes.length, false));
  const n = fill('n', columns.n, -1, indexBound('notes', file.notes.length, true));
  const s = fill('s', columns.s, 0, indexBound('sources', sources.length, false));
  const qp = fill('qp', columns.qp, 0, indexBound('strings', strings.length, false));
  const qs = fill('qs', columns.qs, 0, indexBound('strings', strings.length, false));
  const o = fill('o', columns.o, 0, OFFSET_BOUND);
  const writtenRows = columns.w?.rows ?? [];
  const writtenValues = columns.w?.values ?? [];
  exceptionRowsOk('w', writtenRows, rowCount, issue);
  if (issues.length > 0) return { ok: false, issues };

  const { v } = columns;
  const written = numbersAsWritten(v, file.unit, writtenRows, writtenValues);
  const rows: Rows = { rowCount, rowJ, rowY, q, qw, p, sc, n, s, qp, qs, v, written, starts: new Int32Array(rowCount) };
  const tables: Tables = {
    indicatorId: file.indicatorId,
    idPrefix: file.idPrefix,
    idPrefixes: codes.map((code) => `${file.idPrefix}${code}-`),
    yearTexts: years.map(String),
    codes, years, sources, strings,
    periods: file.periods,
    scopes: file.scopes,
    notes: file.notes,
  };
  checkRows(rows, o, tables, issue);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, observations: new ColumnarObservations(rows, tables, yearStart, presence.bytes) };
}

/** Opens and builds every Observation: the whole file at once, as the pages that read every year need it. */
export function decodeColumnarIndicatorFile(file: ColumnarIndicatorFile): DecodeResult {
  const opened = openColumnarIndicatorFile(file);
  return opened.ok ? { ok: true, observations: opened.observations.all() } : opened;
}

/** Every row's decoded columns; `starts` is each quote's start offset, computed by checkRows. */
interface Rows {
  rowCount: number;
  rowJ: Int32Array;
  rowY: Int32Array;
  q: Int32Array;
  qw: Int32Array;
  p: Int32Array;
  sc: Int32Array;
  n: Int32Array;
  s: Int32Array;
  qp: Int32Array;
  qs: Int32Array;
  v: readonly number[];
  written: ReadonlyArray<string | null>;
  starts: Int32Array;
}

interface Tables {
  indicatorId: string;
  /** Observation ids are `${idPrefix}${code}-${year}`. */
  idPrefix: string;
  /** `${idPrefix}${code}-` for each code. */
  idPrefixes: string[];
  yearTexts: string[];
  codes: readonly string[];
  years: readonly number[];
  sources: readonly string[];
  strings: readonly string[];
  periods: readonly Period[];
  scopes: readonly Scope[];
  notes: readonly LocalizedText[];
}

/**
 * The checks of every row, and each quote's start offset into rows.starts.
 * Only lengths are needed for the offsets (quote = prefix + number as
 * written + suffix), so no quote is built here except where a qualifier as
 * written must be found inside it.
 */
function checkRows(rows: Rows, o: Int32Array, tables: Tables, issue: Issue): void {
  const { rowCount, qw, s, qp, qs, v, written, starts } = rows;
  const { sources, strings } = tables;
  // Where the previous quote of each source ended: offsets are stored as the distance from it.
  const lastEnd = new Int32Array(sources.length);
  for (let r = 0; r < rowCount; r++) {
    const valueAsWritten = written[r];
    if (valueAsWritten === null || valueAsWritten === undefined) {
      issue('columns.w', `row ${r}: ${v[r]} has no canonical rendering, so its number as written must be listed`);
      continue;
    }
    const prefix = strings[qp[r]!]!;
    const suffix = strings[qs[r]!]!;
    const qwi = qw[r]!;
    if (qwi !== -1) {
      const qualifierAsWritten = strings[qwi]!;
      const quote = prefix + valueAsWritten + suffix;
      if (qualifierAsWritten.length === 0 || !quote.includes(qualifierAsWritten)) {
        issue('columns.qw', `row ${r}: qualifier «${qualifierAsWritten}» is not in the quote «${quote}»`);
        continue;
      }
    }
    const si = s[r]!;
    const start = lastEnd[si]! + o[r]!;
    const end = start + prefix.length + valueAsWritten.length + suffix.length;
    if (start < 0 || end > MAX_OFFSET) {
      issue('columns.o', `row ${r}: the quote would span ${start}–${end}, outside 0–${MAX_OFFSET}`);
      continue;
    }
    lastEnd[si] = end;
    starts[r] = start;
  }
}

/**
 * A checked columnar file's Observations, built when first asked for and
 * kept, a year at a time: the same row is always the same object, whether
 * it was built for one year's chart or for the whole file.
 */
export class ColumnarObservations implements ObservationSet {
  private readonly built: Array<Observation[] | undefined>;
  /** Rows built one by one (ofYearsFor) before their year: a year built later reuses them, so each row is one object. */
  private readonly single = new Map<number, Observation>();
  private everything: Observation[] | null = null;

  constructor(
    private readonly rows: Rows,
    private readonly tables: Tables,
    /** The rows of year index y are yearStart[y] to yearStart[y + 1] − 1. */
    private readonly yearStart: Int32Array,
    /** The presence bitmap, year-major: cell y × codes + j is set when code j has a row in year y. */
    private readonly present: Uint8Array,
  ) {
    this.built = new Array<Observation[] | undefined>(tables.years.length);
  }

  /** Every row is a level (the columnar form stores no relative values), so: the years in which a code that `include` accepts has a row. */
  yearsWithLevels(include: (code: string) => boolean = () => true): number[] {
    const { codes, years } = this.tables;
    const result: number[] = [];
    for (let y = 0; y < years.length; y++) {
      if (this.yearStart[y] === this.yearStart[y + 1]) continue;
      for (let j = 0, cell = y * codes.length; j < codes.length; j++, cell++) {
        if (isPresent(this.present, cell) && include(codes[j]!)) {
          result.push(years[y]!);
          break;
        }
      }
    }
    return result;
  }

  /** The codes with a row in at least one year that `include` accepts. */
  codesWithLevels(include: (year: number) => boolean = () => true): Set<string> {
    const { codes, years } = this.tables;
    // Marked by position first: a set of 3,000 codes, not 27,000 additions of strings to it.
    const seen = new Uint8Array(codes.length);
    for (let y = 0; y < years.length; y++) {
      if (!include(years[y]!)) continue;
      for (let j = 0, cell = y * codes.length; j < codes.length; j++, cell++) if (isPresent(this.present, cell)) seen[j] = 1;
    }
    const result = new Set<string>();
    for (let j = 0; j < codes.length; j++) if (seen[j] === 1) result.add(codes[j]!);
    return result;
  }

  /** The Observations of the given years (in any order; years without rows are skipped), in file order. */
  ofYears(years: readonly number[]): Observation[] {
    const result: Observation[] = [];
    this.tables.years.forEach((year, y) => {
      if (years.includes(year)) for (const observation of this.ofYearIndex(y)) result.push(observation);
    });
    return result;
  }

  /** Every Observation, in file order (year-major). */
  all(): Observation[] {
    if (this.everything === null) {
      const everything: Observation[] = [];
      for (let y = 0; y < this.tables.years.length; y++) for (const observation of this.ofYearIndex(y)) everything.push(observation);
      this.everything = everything;
    }
    return this.everything;
  }

  ofYearsFor(years: readonly number[], include: (code: string) => boolean): Observation[] {
    const { codes } = this.tables;
    const { rowJ } = this.rows;
    const result: Observation[] = [];
    this.tables.years.forEach((year, y) => {
      if (!years.includes(year)) return;
      const built = this.built[y];
      if (built !== undefined) {
        for (const observation of built) if (include(observation.jurisdictionCode)) result.push(observation);
        return;
      }
      for (let r = this.yearStart[y]!; r < this.yearStart[y + 1]!; r++) {
        if (!include(codes[rowJ[r]!]!)) continue;
        let observation = this.single.get(r);
        if (observation === undefined) {
          observation = buildObservations(this.rows, this.tables, r, r + 1)[0]!;
          this.single.set(r, observation);
        }
        result.push(observation);
      }
    });
    return result;
  }

  /** Ids are `${idPrefix}${code}-${year}`, so the id names its year and code: only that row is looked for, and built. */
  byId(id: string): Observation | null {
    const { idPrefix } = this.tables;
    const dash = id.lastIndexOf('-');
    if (!id.startsWith(idPrefix) || dash < idPrefix.length) return null;
    const code = id.slice(idPrefix.length, dash);
    const year = Number(id.slice(dash + 1));
    if (!Number.isInteger(year)) return null;
    const [found] = this.ofYearsFor([year], (c) => c === code);
    return found?.id === id ? found : null;
  }

  /** Each cell holds one row and every row is a level, so a year's values are its rows' `v`, read without building anything. */
  singleLevelsOfYear(year: number, include: (code: string) => boolean): { codes: string[]; values: Float64Array } {
    const y = this.tables.years.indexOf(year);
    const found: string[] = [];
    if (y === -1) return { codes: found, values: new Float64Array(0) };
    const { codes } = this.tables;
    const { rowJ, v } = this.rows;
    const values: number[] = [];
    for (let r = this.yearStart[y]!; r < this.yearStart[y + 1]!; r++) {
      const code = codes[rowJ[r]!]!;
      if (!include(code)) continue;
      found.push(code);
      values.push(v[r]!);
    }
    return { codes: found, values: Float64Array.from(values) };
  }

  private ofYearIndex(y: number): Observation[] {
    let observations = this.built[y];
    if (observations === undefined) {
      const from = this.yearStart[y]!;
      observations = buildObservations(this.rows, this.tables, from, this.yearStart[y + 1]!);
      // Rows built alone before (ofYearsFor) stay the objects already handed out; the year now holds them.
      if (this.single.size > 0) {
        for (let k = 0; k < observations.length; k++) {
          const alone = this.single.get(from + k);
          if (alone === undefined) continue;
          observations[k] = alone;
          this.single.delete(from + k);
        }
      }
      this.built[y] = observations;
    }
    return observations;
  }
}

/**
 * The row loop, on its own: it receives objects of the same shape for every
 * file, so the engine keeps its optimised code from one file to the next
 * (files differ in which columns they store, which the caller has absorbed).
 * Rows were checked by checkRows: nothing here can fail.
 */
function buildObservations(rows: Rows, tables: Tables, from: number, to: number): Observation[] {
  const { rowJ, rowY, q, qw, p, sc, n, s, qp, qs, v, written, starts } = rows;
  const { indicatorId, idPrefixes, yearTexts, codes, years, sources, strings, periods, scopes, notes } = tables;
  const observations: Observation[] = new Array<Observation>(to - from);
  for (let r = from; r < to; r++) {
    const valueAsWritten = written[r]!;
    const quote = strings[qp[r]!]! + valueAsWritten + strings[qs[r]!]!;
    const qwi = qw[r]!;
    const start = starts[r]!;
    const ji = rowJ[r]!;
    const yi = rowY[r]!;
    const ni = n[r]!;
    observations[r - from] = {
      id: idPrefixes[ji]! + yearTexts[yi]!,
      indicatorId,
      jurisdictionCode: codes[ji]!,
      year: years[yi]!,
      period: periods[p[r]!]!,
      value: v[r]!,
      qualifier: QUALIFIERS[q[r]!]!,
      valueAsWritten,
      qualifierAsWritten: qwi === -1 ? null : strings[qwi]!,
      relative: null,
      scope: scopes[sc[r]!]!,
      provenance: { sourceId: sources[s[r]!]!, start, end: start + quote.length, quote },
      note: ni === -1 ? null : notes[ni]!,
    };
  }
  return observations;
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

const digits = (n: number) => String(n).length;

/** The most frequent value of each group (ties: the smallest value), and how many rows differ from it. */
function modes(values: Int32Array, groupOf: Int32Array | null, groupCount: number): { modes: number[]; misses: number } {
  const counts = Array.from({ length: groupCount }, () => new Map<number, number>());
  for (let r = 0; r < values.length; r++) {
    const m = counts[groupOf === null ? 0 : groupOf[r]!]!;
    m.set(values[r]!, (m.get(values[r]!) ?? 0) + 1);
  }
  let misses = values.length;
  const result = counts.map((m) => {
    let best = 0;
    let bestCount = 0;
    for (const [value, count] of m) {
      if (count > bestCount || (count === bestCount && value < best)) {
        best = value;
        bestCount = count;
      }
    }
    misses -= bestCount;
    return best;
  });
  return { modes: result, misses };
}

/** The shortest form of an integer column that this encoder finds (IntColumnSchema). */
function packColumn(values: Int32Array, grid: Omit<Grid, 'yearStart'>): IntColumn {
  const exceptionsOf = (expected: (r: number) => number) => {
    const rows: number[] = [];
    const found: number[] = [];
    for (let r = 0; r < values.length; r++) {
      if (values[r] !== expected(r)) {
        rows.push(r);
        found.push(values[r]!);
      }
    }
    return rows.length === 0 ? {} : { rows, values: found };
  };
  const exceptionCost = (expected: (r: number) => number) => {
    let cost = 0;
    for (let r = 0; r < values.length; r++) if (values[r] !== expected(r)) cost += digits(r) + digits(values[r]!) + 2;
    return cost;
  };
  const listCost = (list: ArrayLike<number>) => {
    let cost = 0;
    for (let i = 0; i < list.length; i++) cost += digits(list[i]!) + 1;
    return cost;
  };
  if (values.length === 0) return { each: [] };
  const overall = modes(values, null, 1);
  const constant = overall.modes[0]!;
  const candidates: Array<{ cost: number; make: () => IntColumn }> = [
    { cost: digits(constant) + exceptionCost(() => constant), make: () => ({ default: constant, ...exceptionsOf(() => constant) }) },
  ];
  // Grouped defaults pay only when a constant misses more than a few rows.
  if (overall.misses > values.length / 64) {
    const byYear = modes(values, grid.rowY, grid.yearCount).modes;
    const byCode = modes(values, grid.rowJ, grid.codeCount).modes;
    const ofYear = (r: number) => byYear[grid.rowY[r]!]!;
    const ofCode = (r: number) => byCode[grid.rowJ[r]!]!;
    candidates.push(
      { cost: listCost(byYear) + exceptionCost(ofYear), make: () => ({ byYear, ...exceptionsOf(ofYear) }) },
      { cost: listCost(byCode) + exceptionCost(ofCode), make: () => ({ byCode, ...exceptionsOf(ofCode) }) },
      { cost: listCost(values), make: () => ({ each: Array.from(values) }) },
    );
  }
  let best = candidates[0]!;
  for (const candidate of candidates) if (candidate.cost < best.cost) best = candidate;
  return best.make();
}

export interface ColumnarIndicator {
  indicatorId: string;
  /** The indicator's unit: it decides the canonical rendering of each value. */
  unit: UnitSymbol;
  /** Observation ids are `${idPrefix}${code}-${year}`. */
  idPrefix: string;
  /** For a region file: the province every observation's jurisdiction is in (data-file-names.ts, regionFileName). */
  region?: string;
}

/**
 * Encodes level observations of one indicator. The file lists rows by year,
 * then code (both tables sorted), so decoding returns the observations in
 * that order. Throws when an observation cannot be represented: another
 * indicator, a relative value, an id other than `${idPrefix}${code}-${year}`,
 * two values for one jurisdiction-year, or a quote without the number as written.
 */
export function encodeColumnarIndicatorFile(indicator: ColumnarIndicator, observations: readonly Observation[]): ColumnarIndicatorFile {
  const { indicatorId, unit, idPrefix, region } = indicator;
  if (region !== undefined) {
    const outside = observations.find((o) => provinceCodeOf(o.jurisdictionCode) !== region);
    if (outside) throw new Error(`${outside.id}: ${outside.jurisdictionCode} is not in region ${region}`);
  }
  const codes = [...new Set(observations.map((o) => o.jurisdictionCode))].sort();
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const codeIndex = new Map(codes.map((c, i) => [c, i]));
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const cell = (o: Observation) => yearIndex.get(o.year)! * codes.length + codeIndex.get(o.jurisdictionCode)!;
  const rows = [...observations].sort((a, b) => cell(a) - cell(b));
  const cells = new Uint8Array(codes.length * years.length);

  const sources = new Table<string>((c) => c);
  const periods = new Table<Period>((x) => JSON.stringify(x));
  const scopes = new Table<Scope>((x) => JSON.stringify(x));
  const notes = new Table<LocalizedText>((x) => JSON.stringify(x));
  const strings = new Table<string>((c) => c);
  const rowCount = rows.length;
  const grid = { rowCount, rowJ: new Int32Array(rowCount), rowY: new Int32Array(rowCount), codeCount: codes.length, yearCount: years.length };
  const v: number[] = [];
  const w = { rows: [] as number[], values: [] as string[] };
  const column = () => new Int32Array(rowCount);
  const [q, qw, p, sc, n, s, qp, qs] = [column(), column(), column(), column(), column(), column(), column(), column()];
  const o = column();
  const lastEnd = new Map<string, number>();

  rows.forEach((obs, r) => {
    if (obs.indicatorId !== indicatorId) throw new Error(`${obs.id}: belongs to ${obs.indicatorId}, not ${indicatorId}`);
    if (obs.relative !== null) throw new Error(`${obs.id}: relative values have no columnar form`);
    if (obs.id !== `${idPrefix}${obs.jurisdictionCode}-${obs.year}`) throw new Error(`${obs.id}: id must be ${idPrefix}<code>-<year>`);
    // The last occurrence: the number usually ends the quote, and a code or a date before it may contain the same digits.
    const at = obs.provenance.quote.lastIndexOf(obs.valueAsWritten);
    if (at === -1) throw new Error(`${obs.id}: the quote does not contain «${obs.valueAsWritten}»`);
    if (obs.provenance.end - obs.provenance.start !== obs.provenance.quote.length) throw new Error(`${obs.id}: end - start must equal the quote length`);
    if (obs.provenance.end > MAX_OFFSET) throw new Error(`${obs.id}: offsets beyond ${MAX_OFFSET} have no columnar form`);
    if (obs.qualifierAsWritten !== null && !obs.provenance.quote.includes(obs.qualifierAsWritten)) {
      throw new Error(`${obs.id}: the quote does not contain «${obs.qualifierAsWritten}»`);
    }
    const c = cell(obs);
    if (cells[c] === 1) throw new Error(`${obs.id}: second value for ${obs.jurisdictionCode} in ${obs.year}`);
    cells[c] = 1;
    grid.rowJ[r] = codeIndex.get(obs.jurisdictionCode)!;
    grid.rowY[r] = yearIndex.get(obs.year)!;
    v.push(obs.value);
    if (canonicalValueAsWritten(obs.value, unit) !== obs.valueAsWritten) {
      w.rows.push(r);
      w.values.push(obs.valueAsWritten);
    }
    q[r] = QUALIFIERS.indexOf(obs.qualifier);
    qw[r] = obs.qualifierAsWritten === null ? -1 : strings.index(obs.qualifierAsWritten);
    p[r] = periods.index(obs.period);
    sc[r] = scopes.index(obs.scope);
    n[r] = obs.note === null ? -1 : notes.index(obs.note);
    s[r] = sources.index(obs.provenance.sourceId);
    o[r] = obs.provenance.start - (lastEnd.get(obs.provenance.sourceId) ?? 0);
    lastEnd.set(obs.provenance.sourceId, obs.provenance.end);
    qp[r] = strings.index(obs.provenance.quote.slice(0, at));
    qs[r] = strings.index(obs.provenance.quote.slice(at + obs.valueAsWritten.length));
  });

  // Columns that say nothing (every row at the omitted default) are left out.
  const optional = (values: Int32Array, omitted: number) => (values.every((x) => x === omitted) ? {} : null);
  const pack = (values: Int32Array) => packColumn(values, grid);
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    format: COLUMNAR_FORMAT,
    indicatorId,
    idPrefix,
    unit,
    ...(region !== undefined ? { region } : {}),
    rowCount,
    codes,
    years,
    sources: sources.values,
    periods: periods.values,
    scopes: scopes.values,
    notes: notes.values,
    strings: strings.values,
    present: encodePresence(cells),
    columns: {
      v,
      ...(w.rows.length > 0 ? { w } : {}),
      ...(optional(q, 0) ?? { q: pack(q) }),
      ...(optional(qw, -1) ?? { qw: pack(qw) }),
      p: pack(p),
      ...(optional(sc, 0) ?? { sc: pack(sc) }),
      ...(optional(n, -1) ?? { n: pack(n) }),
      s: pack(s),
      o: pack(o),
      qp: pack(qp),
      qs: pack(qs),
    },
  };
}

/** True for a parsed JSON value that declares the columnar format. */
export function isColumnarJson(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === COLUMNAR_FORMAT;
}
