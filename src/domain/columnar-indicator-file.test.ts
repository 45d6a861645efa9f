import { describe, expect, it } from 'vitest';
import { decodeColumnarIndicatorFile, encodeColumnarIndicatorFile } from './columnar-indicator-file';
import { ColumnarIndicatorFileSchema, type ColumnarIndicatorFile } from './data-files';
import { ObservationSchema, type Observation } from './observation';

const PREFIX = 'syn-hotline.work-orders-';

function observation(code: string, year: number, overrides: Partial<Observation> = {}): Observation {
  const valueAsWritten = overrides.valueAsWritten ?? '1358';
  const quote = `某地：约${valueAsWritten}件`;
  return {
    id: `${PREFIX}${code}-${year}`,
    indicatorId: 'hotline.work-orders',
    jurisdictionCode: code,
    year,
    period: { kind: 'fullYear', asWritten: '全年' },
    value: 1358,
    qualifier: 'approx',
    valueAsWritten,
    qualifierAsWritten: '约',
    relative: null,
    scope: { kind: 'jurisdiction', label: { zh: '全地区', en: 'Whole jurisdiction' } },
    provenance: { sourceId: `s-${year}`, start: 10, end: 10 + quote.length, quote },
    note: null,
    ...overrides,
  };
}

const observations = [
  observation('110101', 2020),
  observation('110101', 2021, { period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' }, qualifier: 'exact', qualifierAsWritten: null }),
  observation('110102', 2021, { note: { zh: '注', en: 'note' }, value: 260, valueAsWritten: '260多', qualifier: 'atLeast', qualifierAsWritten: null }),
];

function encoded(): ColumnarIndicatorFile {
  return ColumnarIndicatorFileSchema.parse(JSON.parse(JSON.stringify(encodeColumnarIndicatorFile('hotline.work-orders', PREFIX, observations))));
}

describe('columnar indicator files', () => {
  it('round-trips observations through JSON, each valid against ObservationSchema', () => {
    const decoded = decodeColumnarIndicatorFile(encoded());
    expect(decoded).toEqual({ ok: true, observations });
    if (decoded.ok) for (const o of decoded.observations) expect(ObservationSchema.safeParse(o).success).toBe(true);
  });

  it('names the row and column of an out-of-range index', () => {
    const file = encoded();
    file.columns.j[2] = 99;
    expect(decodeColumnarIndicatorFile(file)).toEqual({
      ok: false,
      issues: [{ path: 'columns.j.2', message: 'index 99 is out of range (0–1)' }],
    });
  });

  it('rejects columns of the wrong length and two values for one jurisdiction-year', () => {
    const short = encoded();
    short.columns.v.pop();
    expect(decodeColumnarIndicatorFile(short)).toMatchObject({ ok: false, issues: [{ path: 'columns.v', message: 'has 2 entries, rowCount is 3' }] });
    const twice = encoded();
    twice.columns.y[1] = twice.columns.y[0]!;
    expect(decodeColumnarIndicatorFile(twice)).toMatchObject({ ok: false, issues: [{ path: 'columns.j.1', message: 'second value for 110101 in 2020' }] });
  });

  it('refuses to encode what it cannot represent', () => {
    expect(() => encodeColumnarIndicatorFile('hotline.work-orders', 'other-', observations)).toThrow(/id must be/);
    expect(() =>
      encodeColumnarIndicatorFile('hotline.work-orders', PREFIX, [observation('110101', 2020, { relative: { kind: 'percentChange', baseAsWritten: '上年', baseYear: null } })]),
    ).toThrow(/relative/);
  });
});
