import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { dataFileUrl } from '../lib/data/data-base-url';
import { startEarlyJson } from '../lib/data/early-data';
import { dataKeys } from '../lib/data/get-data-index';
import type { IndicatorFile } from '../lib/data/get-indicator-data';
import { createQueryClient } from '../lib/query-client';
import { prefetchRouteData } from './route-data';

/** Records every data file requested, so a test can say what was and was not fetched. */
function recordRequests(): string[] {
  const requested: string[] = [];
  server.events.on('request:start', ({ request }) => {
    requested.push(decodeURIComponent(new URL(request.url).pathname.replace(/^.*\/data\//, '')));
  });
  return requested;
}

describe('prefetchRouteData', () => {
  it('decodes the index and checks the explorer indicator the URL names, into the queries the pages read', async () => {
    const queryClient = createQueryClient({ retry: false });
    await prefetchRouteData(queryClient, '#/explore?indicator=hotline.resolution-rate&chart=bar');
    const index = queryClient.getQueryData<{ indicators: unknown[] }>(dataKeys.index());
    expect(index?.indicators.length).toBeGreaterThan(0);
    // The checked file, whose observations the explorer builds a year at a time.
    const file = queryClient.getQueryData<IndicatorFile>(dataKeys.indicatorFile('hotline.resolution-rate'));
    expect(file?.indicatorId).toBe('hotline.resolution-rate');
    expect(file?.observations.all().length).toBeGreaterThan(0);
  });

  it('never requests a file for an indicator the catalog does not have, nor on other pages', async () => {
    const requested = recordRequests();
    const queryClient = createQueryClient({ retry: false });
    await prefetchRouteData(queryClient, '#/explore?indicator=no.such-indicator');
    await prefetchRouteData(createQueryClient({ retry: false }), '#/compare?indicator=hotline.resolution-rate');
    expect(requested).toEqual(['index.json', 'index.json']);
    expect(queryClient.getQueryState(dataKeys.indicator('no.such-indicator'))).toBeUndefined();
    server.events.removeAllListeners();
  });

  it('leaves a broken index for the page to report, without throwing', async () => {
    server.use(http.get(dataPath('index.json'), () => new HttpResponse('{not json', { headers: { 'Content-Type': 'application/json' } })));
    const queryClient = createQueryClient({ retry: false });
    await expect(prefetchRouteData(queryClient, '#/explore?indicator=hotline.resolution-rate')).resolves.toBeUndefined();
    expect(queryClient.getQueryState(dataKeys.index())?.status).toBe('error');
    expect(queryClient.getQueryState(dataKeys.indicator('hotline.resolution-rate'))).toBeUndefined();
  });

  it('asks for an indicator file the early script fetched at once, without waiting for the index', async () => {
    startEarlyJson(dataFileUrl('indicators/hotline.resolution-rate.json'));
    // The index never answers well: the early indicator is read all the same.
    server.use(http.get(dataPath('index.json'), () => new HttpResponse('{not json', { headers: { 'Content-Type': 'application/json' } })));
    const queryClient = createQueryClient({ retry: false });
    await prefetchRouteData(queryClient, '#/explore?indicator=hotline.resolution-rate');
    expect(queryClient.getQueryState(dataKeys.index())?.status).toBe('error');
    expect(queryClient.getQueryData<IndicatorFile>(dataKeys.indicatorFile('hotline.resolution-rate'))?.indicatorId).toBe('hotline.resolution-rate');
  });
});
