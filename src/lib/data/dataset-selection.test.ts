import { afterEach, describe, expect, it } from 'vitest';
import { DataLoadError } from './data-load-error';
import { activeDataset, dataFileUrl, datasetFromUrl } from './data-base-url';
import { dataKeys } from './get-data-index';
import { parseIndicatorFile } from './get-indicator-data';

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('dataset selection', () => {
  it('reads data= from the page search or the hash route search', () => {
    expect(datasetFromUrl('https://x.org/app/#/explore?data=synthetic&indicator=a.b')).toBe('synthetic');
    expect(datasetFromUrl('https://x.org/app/?data=synthetic#/')).toBe('synthetic');
    expect(datasetFromUrl('https://x.org/app/?data=synthetic#/explore?data=curated')).toBe('curated');
    expect(datasetFromUrl('https://x.org/app/#/explore?data=other')).toBeNull();
    expect(datasetFromUrl('https://x.org/app/')).toBeNull();
  });

  it('defaults to curated, follows the URL, and remembers the choice for the session', () => {
    expect(activeDataset()).toBe('curated');
    expect(dataFileUrl('index.json')).toMatch(/\/data\/index\.json$/);
    window.history.replaceState(null, '', '/#/explore?data=synthetic');
    expect(activeDataset()).toBe('synthetic');
    expect(dataFileUrl('index.json')).toMatch(/\/data-synthetic\/index\.json$/);
    // In-app navigation drops the parameter; the session keeps the dataset.
    window.history.replaceState(null, '', '/#/compare');
    expect(activeDataset()).toBe('synthetic');
    window.history.replaceState(null, '', '/#/?data=curated');
    expect(activeDataset()).toBe('curated');
  });

  it('puts the dataset in every query key, so caches never mix', () => {
    const curated = dataKeys.indicator('hotline.work-orders');
    window.history.replaceState(null, '', '/?data=synthetic');
    const synthetic = dataKeys.indicator('hotline.work-orders');
    expect(curated).toEqual(['data', 'curated', 'indicator', 'hotline.work-orders']);
    expect(synthetic).toEqual(['data', 'synthetic', 'indicator', 'hotline.work-orders']);
  });
});

describe('parseIndicatorFile', () => {
  const columnar = {
    schemaVersion: 2,
    format: 'reportlens-columnar',
    indicatorId: 'hotline.work-orders',
    idPrefix: 'syn-',
    unit: '件',
    rowCount: 2,
    codes: ['110101', '110102'],
    years: [2020],
    sources: ['s-2020'],
    periods: [{ kind: 'fullYear', asWritten: '全年' }],
    scopes: [{ kind: 'jurisdiction', label: { zh: '全地区', en: 'Whole' } }],
    notes: [],
    strings: ['东城区：', '件', '西城区：约'],
    // Cells 0 and 1 of the 2 codes × 1 year grid.
    present: 'Aw==',
    columns: {
      v: [12, 1300],
      w: { rows: [1], values: ['1300多'] },
      p: { default: 0 },
      s: { default: 0 },
      o: { default: 2, rows: [0], values: [5] },
      qp: { each: [0, 2] },
      qs: { default: 1 },
    },
  };

  it('decodes a columnar file into observations', () => {
    const file = parseIndicatorFile('indicators/hotline.work-orders.json', columnar);
    expect(file.observations.all()).toMatchObject([
      { id: 'syn-110101-2020', value: 12, valueAsWritten: '12', provenance: { start: 5, end: 12, quote: '东城区：12件' } },
      { id: 'syn-110102-2020', value: 1300, valueAsWritten: '1300多', provenance: { start: 14, end: 25, quote: '西城区：约1300多件' } },
    ]);
  });

  it('turns a malformed columnar file into a DataLoadError naming the file, column and entry', () => {
    const bad = { ...columnar, columns: { ...columnar.columns, p: { default: 3 } } };
    const error = (() => {
      try {
        parseIndicatorFile('indicators/hotline.work-orders.json', bad);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).kind).toBe('schema');
    expect((error as DataLoadError).message).toBe('indicators/hotline.work-orders.json: columns.p.default: index 3 is out of range (0–0)');
    const wrongType = { ...columnar, columns: { ...columnar.columns, v: [12, '1300'] } };
    expect(() => parseIndicatorFile('f.json', wrongType)).toThrow('f.json: columns.v.1: expected a finite number, received "1300"');
    const badRow = { ...columnar, columns: { ...columnar.columns, qp: { each: [0, 7] } } };
    expect(() => parseIndicatorFile('f.json', badRow)).toThrow('f.json: columns.qp.each.1: index 7 is out of range (0–2)');
    expect(() => parseIndicatorFile('f.json', { ...columnar, schemaVersion: 1 })).toThrow('f.json: schemaVersion: expected 2');
  });

  it('checks every row when the file is read, before any observation is built', () => {
    // The second row's quote (西城区：约1300多件) does not contain the qualifier as written it names.
    const qualifierMissing = { ...columnar, columns: { ...columnar.columns, q: { each: [0, 2] }, qw: { each: [-1, 0] } } };
    expect(() => parseIndicatorFile('f.json', qualifierMissing)).toThrow('f.json: columns.qw: row 1: qualifier «东城区：» is not in the quote «西城区：约1300多件»');
    const offsetTooLarge = { ...columnar, columns: { ...columnar.columns, o: { default: 2 ** 30 - 5 } } };
    expect(() => parseIndicatorFile('f.json', offsetTooLarge)).toThrow('f.json: columns.o: row 0: the quote would span 1073741819–1073741826, outside 0–1073741823');
  });
});
