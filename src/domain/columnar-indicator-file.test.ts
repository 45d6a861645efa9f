import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalValueAsWritten } from './canonical-value';
import { decodeColumnarIndicatorFile, encodeColumnarIndicatorFile, openColumnarIndicatorFile, type ColumnarIndicator } from './columnar-indicator-file';
import { ColumnarIndicatorFileSchema, type ColumnarIndicatorFile } from './data-files';
import { ObservationSchema, type Observation, type Period } from './observation';
import { ListedObservations } from './observation-set';
import { encodePresence } from './presence-bitmap';

const INDICATOR: ColumnarIndicator = { indicatorId: 'hotline.work-orders', unit: '件', idPrefix: 'syn-hotline.work-orders-' };
const RATE: ColumnarIndicator = { indicatorId: 'hotline.resolution-rate', unit: '%', idPrefix: 'syn-hotline.resolution-rate-' };
const FULL_YEAR: Period = { kind: 'fullYear', asWritten: '全年' };
const SCOPE = { kind: 'jurisdiction', label: { zh: '全地区', en: 'Whole jurisdiction' } } as const;

interface Fact {
  code: string;
  year: number;
  value: number;
  written: string;
  before?: string;
  after?: string;
  qualifier?: Observation['qualifier'];
  qualifierAsWritten?: string | null;
  period?: Period;
  note?: Observation['note'];
}

/** Observations quoted from one generated text per year, as the synthetic generator writes them. */
function dataset(indicator: ColumnarIndicator, facts: Fact[]): { observations: Observation[]; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const observations = facts.map((fact) => {
    const sourceId = `s-${fact.year}`;
    const quote = `${fact.code}：${fact.before ?? ''}${fact.written}${fact.after ?? (indicator.unit === '%' ? '' : indicator.unit)}`;
    const text = texts.get(sourceId) ?? `【测试】${fact.year}\n`;
    const start = text.length;
    texts.set(sourceId, `${text}${quote}。\n`);
    return {
      id: `${indicator.idPrefix}${fact.code}-${fact.year}`,
      indicatorId: indicator.indicatorId,
      jurisdictionCode: fact.code,
      year: fact.year,
      period: fact.period ?? FULL_YEAR,
      value: fact.value,
      qualifier: fact.qualifier ?? 'exact',
      valueAsWritten: fact.written,
      qualifierAsWritten: fact.qualifierAsWritten ?? null,
      relative: null,
      scope: SCOPE,
      provenance: { sourceId, start, end: start + quote.length, quote },
      note: fact.note ?? null,
    };
  });
  return { observations, texts };
}

const byYearThenCode = (a: Observation, b: Observation) => a.year - b.year || (a.jurisdictionCode < b.jurisdictionCode ? -1 : 1);

/** Encodes, goes through JSON and the schema as the app does, and decodes. */
function roundTrip(indicator: ColumnarIndicator, observations: Observation[]) {
  return decodeColumnarIndicatorFile(wire(indicator, observations));
}

function wire(indicator: ColumnarIndicator, observations: Observation[]): ColumnarIndicatorFile {
  return ColumnarIndicatorFileSchema.parse(JSON.parse(JSON.stringify(encodeColumnarIndicatorFile(indicator, observations))));
}

const FACTS: Fact[] = [
  { code: '110102', year: 2021, value: 260, written: '260多', qualifier: 'atLeast', note: { zh: '注', en: 'note' } },
  { code: '110101', year: 2021, value: 1358, written: '1358', before: '1-10月约', qualifier: 'approx', qualifierAsWritten: '约', period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } },
  { code: '110101', year: 2020, value: 30000, written: '3万余', qualifier: 'atLeast' },
  { code: '110102', year: 2020, value: 1234, written: '１，２３４' },
  { code: '110105', year: 2020, value: 12, written: '12' },
];

describe('columnar indicator files', () => {
  it('round-trips observations through JSON, by year then code, each valid and quoting its text', () => {
    const { observations, texts } = dataset(INDICATOR, FACTS);
    const decoded = roundTrip(INDICATOR, observations);
    expect(decoded).toEqual({ ok: true, observations: [...observations].sort(byYearThenCode) });
    if (!decoded.ok) return;
    for (const o of decoded.observations) {
      expect(ObservationSchema.safeParse(o).success).toBe(true);
      expect(texts.get(o.provenance.sourceId)!.slice(o.provenance.start, o.provenance.end)).toBe(o.provenance.quote);
    }
  });

  it('stores the number as written only where it is not the canonical rendering of the value', () => {
    const { observations } = dataset(RATE, [
      { code: '110101', year: 2020, value: 87.41, written: '87.41%' },
      { code: '110102', year: 2020, value: 87.4, written: '87.40%' },
      { code: '110105', year: 2020, value: 98, written: '98%', before: '超过', qualifier: 'atLeast', qualifierAsWritten: '超过' },
      { code: '110106', year: 2020, value: 95, written: '百分之九十五' },
    ]);
    const file = wire(RATE, observations);
    expect(file.columns.w).toEqual({ rows: [1, 3], values: ['87.40%', '百分之九十五'] });
    expect(decodeColumnarIndicatorFile(file)).toEqual({ ok: true, observations });
  });

  it('round-trips any level observations exactly', () => {
    const codes = ['110101', '110102', '110105', '120101', '440981', '442000110'];
    const value = fc.oneof(fc.nat({ max: 1e6 }), fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100), fc.double({ min: 0, max: 1e25, noNaN: true }).map((x) => x + 0));
    const fact = fc.record({
      value,
      rewritten: fc.option(fc.string({ minLength: 1, maxLength: 6 }), { freq: 3 }),
      before: fc.constantFrom('', '约', '截至11月30日', '1-10月超过'),
      after: fc.constantFrom('', '件', '%'),
      source: fc.constantFrom('a', 'b', 'c'),
      start: fc.nat({ max: 5000 }),
      note: fc.boolean(),
      period: fc.constantFrom<Period>(FULL_YEAR, { kind: 'asOf', date: null, asWritten: '截至目前' }),
    });
    const cells = fc.uniqueArray(fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 2015, max: 2020 })), { selector: ([c, y]) => `${c}-${y}`, maxLength: 30 });
    fc.assert(
      fc.property(cells, fc.array(fact, { minLength: 30, maxLength: 30 }), fc.constantFrom(INDICATOR, RATE), (keys, facts, indicator) => {
        const observations: Observation[] = keys.map(([code, year], i) => {
          const f = facts[i]!;
          const written = f.rewritten ?? canonicalValueAsWritten(f.value, indicator.unit) ?? String(f.value);
          const quote = `某地：${f.before}${written}${f.after}`;
          const qualifierAsWritten = f.before.includes('约') ? '约' : f.before.includes('超过') ? '超过' : null;
          return {
            id: `${indicator.idPrefix}${code}-${year}`,
            indicatorId: indicator.indicatorId,
            jurisdictionCode: code,
            year,
            period: f.period,
            value: f.value,
            qualifier: qualifierAsWritten === '约' ? 'approx' : qualifierAsWritten ? 'atLeast' : 'exact',
            valueAsWritten: written,
            qualifierAsWritten,
            relative: null,
            scope: SCOPE,
            provenance: { sourceId: f.source, start: f.start, end: f.start + quote.length, quote },
            note: f.note ? { zh: '注', en: 'note' } : null,
          };
        });
        expect(roundTrip(indicator, observations)).toEqual({ ok: true, observations: [...observations].sort(byYearThenCode) });
      }),
    );
  });

  it('builds the observations of chosen years on demand: the same objects as all of them, and the same answers', () => {
    const codes = ['110101', '110102', '110105', '120101', '442000110'];
    const cells = fc.uniqueArray(fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 2015, max: 2020 })), { selector: ([c, y]) => `${c}-${y}`, maxLength: 30 });
    const someYears = fc.subarray([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    fc.assert(
      fc.property(cells, someYears, fc.subarray(codes), fc.constantFrom('all', 'years', 'some'), (keys, years, included, first) => {
        // Sources shared across years (a, b), so a year's first offsets depend on the years before it.
        const facts = keys.map(([code, year], i): Fact => ({ code, year, value: i * 7, written: String(i * 7), before: i % 3 === 0 ? '约' : '', qualifier: i % 3 === 0 ? 'approx' : 'exact', qualifierAsWritten: i % 3 === 0 ? '约' : null }));
        const { observations } = dataset(INDICATOR, facts);
        const shared = observations.map((o, i) => ({ ...o, provenance: { ...o.provenance, sourceId: i % 2 === 0 ? 'a' : 'b', start: i * 40, end: i * 40 + o.provenance.quote.length } }));
        const opened = openColumnarIndicatorFile(wire(INDICATOR, shared));
        if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join('; '));
        const set = opened.observations;
        const keep = (code: string) => included.includes(code);
        // Any order: rows built alone (ofYearsFor) or a year built first are reused by all(), and all() by a year.
        const some = first === 'some' ? set.ofYearsFor(years, keep) : null;
        const everything = first === 'all' ? set.all() : null;
        const ofYears = set.ofYears(years);
        const all = everything ?? set.all();
        const chosen = all.filter((o) => years.includes(o.year) && keep(o.jurisdictionCode));
        expect(some ?? set.ofYearsFor(years, keep)).toEqual(chosen);
        (some ?? []).forEach((o, k) => expect(o).toBe(chosen[k]));
        for (const year of years) {
          const ofYear = all.filter((o) => o.year === year && keep(o.jurisdictionCode));
          expect(set.singleLevelsOfYear(year, keep)).toEqual({ codes: ofYear.map((o) => o.jurisdictionCode), values: Float64Array.from(ofYear, (o) => o.value) });
        }
        expect(all).toEqual([...shared].sort(byYearThenCode));
        expect(set.all()).toBe(all);
        expect(ofYears).toEqual(all.filter((o) => years.includes(o.year)));
        ofYears.forEach((o) => expect(all).toContain(o));
        expect(set.yearsWithLevels(keep)).toEqual([...new Set(all.filter((o) => keep(o.jurisdictionCode)).map((o) => o.year))].sort());
        expect(set.codesWithLevels((y) => years.includes(y))).toEqual(new Set(all.filter((o) => years.includes(o.year)).map((o) => o.jurisdictionCode)));
      }),
    );
  });

  it('finds an observation by id, building only it: the same object its year gives later', () => {
    const { observations } = dataset(INDICATOR, FACTS);
    const opened = openColumnarIndicatorFile(wire(INDICATOR, observations));
    if (!opened.ok) throw new Error('open failed');
    const set = opened.observations;
    const found = set.byId('syn-hotline.work-orders-110102-2020');
    expect(found).toMatchObject({ jurisdictionCode: '110102', year: 2020, value: 1234, valueAsWritten: '１，２３４' });
    expect(set.ofYears([2020]).find((o) => o.id === found!.id)).toBe(found);
    expect(set.all()).toContain(found);
    // Ids of other files, codes or years without a row, and ids that are not ids at all.
    for (const id of ['syn-hotline.work-orders-110105-2021', 'syn-hotline.work-orders-110101-1999', 'syn-hotline.work-orders-999999-2020', 'other-110102-2020', 'syn-hotline.work-orders-110102', 'syn-hotline.work-orders-110102-x', '']) {
      expect(set.byId(id), id).toBeNull();
    }
    expect(new ListedObservations(observations).byId(found!.id)).toEqual(found);
    expect(new ListedObservations(observations).byId('nope')).toBeNull();
  });

  it('is compact for a county × year grid: defaults, a code per row from the grid, offsets as gaps', () => {
    const codes = Array.from({ length: 40 }, (_, i) => String(110101 + i));
    const facts: Fact[] = [];
    for (const year of [2020, 2021, 2022]) for (const code of codes) if ((Number(code) + year) % 7 !== 0) facts.push({ code, year, value: 1000 + facts.length, written: String(1000 + facts.length) });
    const { observations } = dataset(INDICATOR, facts);
    const file = wire(INDICATOR, observations);
    expect(Object.keys(file.columns).sort()).toEqual(['o', 'p', 'qp', 'qs', 's', 'v']);
    expect(file.columns.p).toEqual({ default: 0 });
    expect(file.columns.qs).toEqual({ default: file.strings.indexOf('件') });
    expect(file.columns.s).toEqual({ byYear: [0, 1, 2] });
    expect(file.columns.qp.byCode).toHaveLength(codes.length);
    // Quotes follow each other ("。\n" apart); only each source's first quote starts after the header.
    const firsts = [0, facts.filter((f) => f.year === 2020).length, facts.filter((f) => f.year <= 2021).length];
    expect(file.columns.o).toEqual({ default: 2, rows: firsts, values: firsts.map((r) => observations[r]!.provenance.start) });
    expect(observations[firsts[1]!]!.provenance.start).toBe('【测试】2021\n'.length);
    expect(file.present).toBe(encodePresence([2020, 2021, 2022].flatMap((year) => codes.map((code) => (Number(code) + year) % 7 !== 0))));
    expect(decodeColumnarIndicatorFile(file)).toEqual({ ok: true, observations });
  });

  it('refuses to encode what it cannot represent', () => {
    const { observations } = dataset(INDICATOR, FACTS);
    expect(() => encodeColumnarIndicatorFile({ ...INDICATOR, idPrefix: 'other-' }, observations)).toThrow(/id must be other-<code>-<year>/);
    expect(() => encodeColumnarIndicatorFile(RATE, observations)).toThrow(/belongs to hotline.work-orders, not hotline.resolution-rate/);
    expect(() => encodeColumnarIndicatorFile(INDICATOR, [{ ...observations[0]!, relative: { kind: 'percentChange', baseAsWritten: '上年', baseYear: null } }])).toThrow(/relative/);
    expect(() => encodeColumnarIndicatorFile(INDICATOR, [observations[0]!, { ...observations[0]! }])).toThrow(/second value for 110102 in 2021/);
    expect(() => encodeColumnarIndicatorFile(INDICATOR, [{ ...observations[0]!, valueAsWritten: '999' }])).toThrow(/does not contain «999»/);
    const far = { ...observations[0]!.provenance, start: 2 ** 30, end: 2 ** 30 + observations[0]!.provenance.quote.length };
    expect(() => encodeColumnarIndicatorFile(INDICATOR, [{ ...observations[0]!, provenance: far }])).toThrow(/offsets beyond 1073741823/);
  });
});

describe('decoding a malformed columnar file', () => {
  const base = () => wire(INDICATOR, dataset(INDICATOR, FACTS).observations);
  const issues = (file: ColumnarIndicatorFile) => {
    const decoded = decodeColumnarIndicatorFile(file);
    return decoded.ok ? [] : decoded.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('decodes every form of an integer column to the same rows', () => {
    const file = base();
    const expected = decodeColumnarIndicatorFile(file);
    expect(expected.ok).toBe(true);
    // Periods by row: [0, 0, 0, 1, 0] (2020: three rows, 2021: two).
    for (const p of [
      { each: [0, 0, 0, 1, 0] },
      { byYear: [0, 0], rows: [3], values: [1] },
      { byYear: [0, 1], rows: [4], values: [0] },
      { byCode: [0, 0, 0], rows: [3], values: [1] },
      { byCode: [1, 0, 0], rows: [0], values: [0] },
    ]) {
      expect(decodeColumnarIndicatorFile({ ...file, columns: { ...file.columns, p } })).toEqual(expected);
    }
    expect(decodeColumnarIndicatorFile({ ...file, columns: { ...file.columns, p: { byYear: [0, 1] } } })).not.toEqual(expected);
  });

  it('names the column, the form and the entry of an out-of-range index', () => {
    const file = base();
    expect(file.columns.p).toEqual({ default: 0, rows: [3], values: [1] });
    expect(issues({ ...file, columns: { ...file.columns, p: { default: 2 } } })).toEqual(['columns.p.default: index 2 is out of range (0–1)']);
    expect(issues({ ...file, columns: { ...file.columns, p: { default: 0, rows: [3], values: [7] } } })).toEqual(['columns.p.values.0: index 7 is out of range (0–1)']);
    expect(issues({ ...file, columns: { ...file.columns, p: { each: [0, 0, 0, 1, -1] } } })).toEqual(['columns.p.each.4: index -1 is out of range (0–1)']);
    expect(issues({ ...file, columns: { ...file.columns, n: { byCode: [0, -1, 1] } } })).toEqual(['columns.n.byCode.2: index 1 is out of range (0–0, or -1)']);
    expect(issues({ ...file, columns: { ...file.columns, q: { byYear: [0, 4] } } })).toEqual(['columns.q.byYear.1: index 4 is out of range (0–3)']);
  });

  it('checks lengths against rowCount, codes and years', () => {
    const file = base();
    expect(issues({ ...file, columns: { ...file.columns, p: { each: [0, 0] } } })).toEqual(['columns.p.each: has 2 entries, rowCount is 5']);
    expect(issues({ ...file, columns: { ...file.columns, q: { byYear: [0] } } })).toEqual(['columns.q.byYear: has 1 entries, years has 2']);
    expect(issues({ ...file, columns: { ...file.columns, q: { byCode: [0] } } })).toEqual(['columns.q.byCode: has 1 entries, codes has 3']);
    expect(issues({ ...file, columns: { ...file.columns, v: file.columns.v.slice(1) } })).toEqual(['columns.v: has 4 entries, rowCount is 5']);
  });

  it('checks exception rows: in range and increasing', () => {
    const file = base();
    expect(issues({ ...file, columns: { ...file.columns, p: { default: 0, rows: [5], values: [1] } } })).toEqual(['columns.p.rows.0: row 5 is out of range (0–4)']);
    expect(issues({ ...file, columns: { ...file.columns, p: { default: 0, rows: [3, 3], values: [1, 1] } } })).toEqual(['columns.p.rows.1: rows must increase: 3 follows 3']);
    expect(issues({ ...file, columns: { ...file.columns, w: { rows: [2, 1], values: ['x', 'y'] } } })).toEqual(['columns.w.rows.1: rows must increase: 1 follows 2']);
  });

  it('checks the presence bitmap against the tables and rowCount', () => {
    const file = base();
    expect(issues({ ...file, present: 'AAAAAAAA' })).toEqual(['present: has 8 characters; 6 cells take 4 (base64 of 1 bytes) (3 codes × 2 years)']);
    expect(issues({ ...file, present: encodePresence([1, 1, 1, 1, 1, 1]) })).toEqual(['present: marks 6 cells, rowCount is 5']);
    expect(issues({ ...file, codes: ['110101', '110105', '110102'] })).toEqual(['codes.2: 110102 does not come after 110105 (codes are sorted, each once)']);
    expect(issues({ ...file, years: [2020, 2020] })).toEqual(['years.1: 2020 does not come after 2020 (years are sorted, each once)']);
  });

  it('checks each row: qualifier in the quote, offsets, a rendering for every value', () => {
    const file = base();
    const yue = file.strings.indexOf('约');
    expect(issues({ ...file, columns: { ...file.columns, qw: { default: -1, rows: [0], values: [yue] } } })).toEqual(['columns.qw: row 0: qualifier «约» is not in the quote «110101：3万余件»']);
    expect(issues({ ...file, columns: { ...file.columns, o: { default: 2, rows: [0], values: [-1] } } })).toEqual(['columns.o: row 0: the quote would span -1–10, outside 0–1073741823']);
    expect(issues({ ...file, columns: { ...file.columns, o: { default: 2 ** 30 } } })).toEqual(['columns.o.default: offset 1073741824 is out of range (±1073741823)']);
    const v = [...file.columns.v];
    v[2] = 1e22;
    expect(issues({ ...file, columns: { ...file.columns, v } })).toEqual(['columns.w: row 2: 1e+22 has no canonical rendering, so its number as written must be listed']);
  });

  it('checks that a region file holds only its province', () => {
    const { observations } = dataset(INDICATOR, FACTS);
    const inBeijing = wire({ ...INDICATOR, region: '110000' }, observations);
    expect(inBeijing.region).toBe('110000');
    expect(issues(inBeijing)).toEqual([]);
    expect(issues({ ...inBeijing, region: '120000' })).toEqual(['codes.0: 110101 is not in region 120000']);
    expect(issues({ ...inBeijing, codes: ['110101', '110102', '130105'] })).toEqual(['codes.2: 130105 is not in region 110000']);
    // The encoder refuses to put another province's jurisdiction in a region file.
    expect(() => encodeColumnarIndicatorFile({ ...INDICATOR, region: '120000' }, observations)).toThrow(/110102 is not in region 120000/);
    expect(ColumnarIndicatorFileSchema.safeParse({ ...inBeijing, region: '110100' }).success).toBe(false);
  });

  it('omitted columns need their default to exist', () => {
    const file = base();
    expect(issues({ ...file, scopes: [] })).toEqual(['columns.sc: is omitted, so every row takes index 0, which is out of range (scopes is empty)']);
  });
});

describe('the columnar schema', () => {
  const file = () => JSON.parse(JSON.stringify(encodeColumnarIndicatorFile(INDICATOR, dataset(INDICATOR, FACTS).observations))) as Record<string, unknown> & { columns: Record<string, unknown> };
  const messages = (value: unknown) => {
    const result = ColumnarIndicatorFileSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('checks big columns in one loop, naming the first bad entry', () => {
    const f = file();
    expect(messages({ ...f, columns: { ...f.columns, v: [1, 2, 'x', 4, 5] } })).toEqual(['columns.v.2: expected a finite number, received "x"']);
    expect(messages({ ...f, columns: { ...f.columns, p: { default: 0, rows: [3], values: [1.5] } } })).toEqual(['columns.p.values.0: expected an integer, received 1.5']);
    expect(messages({ ...f, columns: { ...f.columns, w: { rows: [0], values: [''] } } })).toEqual(['columns.w.values.0: expected a non-empty string, received ""']);
    expect(messages({ ...f, codes: ['110101', '1101', '110105'] })).toEqual(['codes.1: expected a 6-digit GB/T 2260 code or a 9-digit township code, received "1101"']);
    expect(messages({ ...f, columns: { ...f.columns, qp: null } })).toEqual(['columns.qp: expected object, received null']);
  });

  it('wants exactly one form per integer column, with as many values as rows', () => {
    const f = file();
    expect(messages({ ...f, columns: { ...f.columns, p: { default: 0, each: [0, 0, 0, 0, 0] } } })).toEqual(['columns.p: expected exactly one of each, default, byYear, byCode; found each, default']);
    expect(messages({ ...f, columns: { ...f.columns, p: {} } })).toEqual(['columns.p: expected exactly one of each, default, byYear, byCode; found none']);
    expect(messages({ ...f, columns: { ...f.columns, p: { default: 0, rows: [1, 2], values: [1] } } })).toEqual(['columns.p.values: has 1 entries, rows has 2']);
    expect(messages({ ...f, columns: { ...f.columns, p: { each: [0, 0, 0, 1, 0], rows: [1], values: [1] } } })).toEqual(['columns.p.rows: a column given by each has no exceptions']);
  });

  it('wants this version and a unit', () => {
    const f = file();
    expect(messages({ ...f, schemaVersion: 1 })).toEqual(['schemaVersion: expected 2']);
    expect(messages({ ...f, unit: 'kg' })[0]).toMatch(/^unit: expected one of "件"/);
  });
});
