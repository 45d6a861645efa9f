import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPath } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { generateSynthetic } from '../../../scripts/generate-synthetic';
import { dataLoadFailure } from '../../../test/data-load-failure';
import { getRegionIndicatorFile } from './get-indicator-data';

// Region files of a small synthetic dataset (20 counties: 北京's 16 and 4 of 天津), served at the curated data's path.
const files = new Map<string, string>();
beforeAll(() => {
  generateSynthetic({ seed: 5, counties: 20, indicators: ['hotline.resolution-rate', 'hotline.satisfaction-rate'] }, (file, content) => files.set(file, content));
});

function serve(file: string, content: Record<string, unknown>) {
  server.use(http.get(dataPath(file), () => HttpResponse.json(content)));
}
const stored = (file: string) => JSON.parse(files.get(file)!) as Record<string, unknown>;

describe('getRegionIndicatorFile', () => {
  it("opens a province's slice: only its jurisdictions' rows", async () => {
    serve('regions/120000/hotline.resolution-rate.json', stored('regions/120000/hotline.resolution-rate.json'));
    const file = await getRegionIndicatorFile('hotline.resolution-rate', '120000');
    expect(file).toMatchObject({ indicatorId: 'hotline.resolution-rate', region: '120000' });
    const codes = new Set(file.observations.all().map((o) => o.jurisdictionCode));
    expect(codes.size).toBe(4);
    expect([...codes].every((code) => code.startsWith('12'))).toBe(true);
  });

  it('refuses a file that is not the slice asked for', async () => {
    // Another province's slice at this province's path.
    serve('regions/120000/hotline.resolution-rate.json', stored('regions/110000/hotline.resolution-rate.json'));
    const wrongRegion = await dataLoadFailure(getRegionIndicatorFile('hotline.resolution-rate', '120000'));
    expect(wrongRegion.message).toBe('regions/120000/hotline.resolution-rate.json: region: is 110000, expected 120000');
    // Another indicator's slice.
    serve('regions/120000/hotline.resolution-rate.json', stored('regions/120000/hotline.satisfaction-rate.json'));
    const wrongIndicator = await dataLoadFailure(getRegionIndicatorFile('hotline.resolution-rate', '120000'));
    expect(wrongIndicator.issues).toEqual([{ path: 'indicatorId', message: 'is hotline.satisfaction-rate, expected hotline.resolution-rate' }]);
    // A whole file (no region) where a slice belongs.
    serve('regions/120000/hotline.resolution-rate.json', stored('indicators/hotline.resolution-rate.json'));
    expect((await dataLoadFailure(getRegionIndicatorFile('hotline.resolution-rate', '120000'))).issues).toEqual([{ path: 'region', message: 'is missing, expected 120000' }]);
  });

  it('names a jurisdiction outside the province', async () => {
    const file = stored('regions/120000/hotline.resolution-rate.json') as { codes: string[] };
    serve('regions/120000/hotline.resolution-rate.json', { ...file, codes: [...file.codes.slice(0, -1), '130101'] });
    const error = await dataLoadFailure(getRegionIndicatorFile('hotline.resolution-rate', '120000'));
    expect(error.issues).toEqual([{ path: 'codes.3', message: '130101 is not in region 120000' }]);
  });
});
