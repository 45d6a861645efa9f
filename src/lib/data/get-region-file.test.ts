import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPath } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { generateSynthetic } from '../../../scripts/generate-synthetic';
import { dataLoadFailure } from '../../../test/data-load-failure';
import { DataLoadError } from './data-load-error';
import { getRegionFile, type IndicatorFile } from './get-indicator-data';

// Region files of a small synthetic dataset (20 counties: 北京's 16 and 4 of 天津), served at the curated data's path.
const files = new Map<string, string>();
beforeAll(() => {
  generateSynthetic({ seed: 5, counties: 20, indicators: ['hotline.resolution-rate', 'hotline.satisfaction-rate'] }, (file, content) => files.set(file, content));
});

type StoredRegion = { region: string; indicators: Record<string, { codes: string[]; region?: string }> };
const stored = (file: string) => JSON.parse(files.get(file)!) as StoredRegion;
function serve(file: string, content: unknown) {
  server.use(http.get(dataPath(file), () => HttpResponse.json(content as Record<string, unknown>)));
}
function opened(slice: IndicatorFile | DataLoadError | undefined): IndicatorFile {
  if (slice === undefined || slice instanceof DataLoadError) throw new Error(`not opened: ${slice?.message ?? 'missing'}`);
  return slice;
}
function failed(slice: IndicatorFile | DataLoadError | undefined): DataLoadError {
  if (!(slice instanceof DataLoadError)) throw new Error('expected the slice to fail');
  return slice;
}

describe('getRegionFile', () => {
  it("opens a province's slices of every indicator: only its jurisdictions' rows", async () => {
    serve('regions/120000.json', stored('regions/120000.json'));
    const region = await getRegionFile('120000');
    expect([...region.slices.keys()].sort()).toEqual(['hotline.resolution-rate', 'hotline.satisfaction-rate']);
    const rate = opened(region.slices.get('hotline.resolution-rate'));
    expect(rate).toMatchObject({ indicatorId: 'hotline.resolution-rate', region: '120000' });
    const codes = new Set(rate.observations.all().map((o) => o.jurisdictionCode));
    expect(codes.size).toBe(4);
    expect([...codes].every((code) => code.startsWith('12'))).toBe(true);
  });

  it('refuses a file that is not the province asked for', async () => {
    serve('regions/120000.json', stored('regions/110000.json'));
    const error = await dataLoadFailure(getRegionFile('120000'));
    expect(error.message).toBe('regions/120000.json: region: is 110000, expected 120000');
  });

  it('keeps the good slices when one is broken, and names the broken one by its path in the file', async () => {
    const file = stored('regions/120000.json');
    const rate = file.indicators['hotline.resolution-rate']!;
    // A jurisdiction of 河北 in 天津's slice of the resolution rate.
    serve('regions/120000.json', { ...file, indicators: { ...file.indicators, 'hotline.resolution-rate': { ...rate, codes: [...rate.codes.slice(0, -1), '130101'] } } });
    const region = await getRegionFile('120000');
    expect(failed(region.slices.get('hotline.resolution-rate')).message).toBe(
      'regions/120000.json: indicators.hotline.resolution-rate.codes.3: 130101 is not in region 120000',
    );
    expect(opened(region.slices.get('hotline.satisfaction-rate')).observations.all().length).toBeGreaterThan(0);
  });

  it('refuses a slice filed under another indicator, of another province, or not columnar', async () => {
    const file = stored('regions/120000.json');
    const rate = file.indicators['hotline.resolution-rate']!;
    const beijing = stored('regions/110000.json').indicators['hotline.satisfaction-rate']!;
    serve('regions/120000.json', {
      ...file,
      indicators: { 'hotline.resolution-rate': file.indicators['hotline.satisfaction-rate'], 'hotline.satisfaction-rate': beijing, 'hotline.work-orders': { ...rate, format: 'csv' } },
    });
    const region = await getRegionFile('120000');
    expect(failed(region.slices.get('hotline.resolution-rate')).issues).toEqual([
      { path: 'indicators.hotline.resolution-rate.indicatorId', message: 'is hotline.satisfaction-rate, expected hotline.resolution-rate' },
    ]);
    expect(failed(region.slices.get('hotline.satisfaction-rate')).issues).toEqual([{ path: 'indicators.hotline.satisfaction-rate.region', message: 'is 110000, expected 120000' }]);
    expect(failed(region.slices.get('hotline.work-orders')).issues[0]!.path).toBe('indicators.hotline.work-orders.format');
  });

  it('says which file could not be read when the request fails or the JSON is broken', async () => {
    server.use(http.get(dataPath('regions/120000.json'), () => new HttpResponse(null, { status: 404 })));
    expect((await dataLoadFailure(getRegionFile('120000'))).message).toBe('regions/120000.json: HTTP 404');
    server.use(http.get(dataPath('regions/120000.json'), () => new HttpResponse('{"schemaVersion": 2, "indicators": {', { headers: { 'content-type': 'application/json' } })));
    expect((await dataLoadFailure(getRegionFile('120000'))).message).toBe('regions/120000.json: not valid JSON');
  });
});
