import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { dataPath } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { dataLoadFailure } from '../../../test/data-load-failure';
import { dataFileUrl } from './data-base-url';
import { hasEarlyJson, startEarlyJson } from './early-data';
import { fetchJsonFile } from './fetch-data-file';

const Schema = z.object({ items: z.array(z.object({ value: z.number() })) });

describe('fetchJsonFile', () => {
  it('returns validated data', async () => {
    server.use(http.get(dataPath('t.json'), () => HttpResponse.json({ items: [{ value: 1 }] })));
    await expect(fetchJsonFile('t.json', Schema)).resolves.toEqual({ items: [{ value: 1 }] });
  });

  it('reports the HTTP status with the file name', async () => {
    server.use(http.get(dataPath('t.json'), () => new HttpResponse(null, { status: 404 })));
    const error = await dataLoadFailure(fetchJsonFile('t.json', Schema));
    expect(error).toMatchObject({ kind: 'http', status: 404, file: 't.json' });
  });

  it('reports a network failure', async () => {
    server.use(http.get(dataPath('t.json'), () => HttpResponse.error()));
    expect(await dataLoadFailure(fetchJsonFile('t.json', Schema))).toMatchObject({ kind: 'network', file: 't.json' });
  });

  it('reports malformed JSON', async () => {
    server.use(http.get(dataPath('t.json'), () => HttpResponse.text('{"items": [')));
    expect(await dataLoadFailure(fetchJsonFile('t.json', Schema))).toMatchObject({ kind: 'json', file: 't.json' });
  });

  it('names each field that does not match the schema', async () => {
    server.use(http.get(dataPath('t.json'), () => HttpResponse.json({ items: [{ value: 1 }, { value: 'two' }] })));
    const error = await dataLoadFailure(fetchJsonFile('t.json', Schema));
    expect(error.kind).toBe('schema');
    expect(error.issues).toEqual([{ path: 'items.1.value', message: 'expected number, received string' }]);
    expect(error.message).toBe('t.json: items.1.value: expected number, received string');
  });
});

describe('fetchJsonFile after the early script (early-data.ts)', () => {
  it('takes the early response once, then asks the network again', async () => {
    let served = 0;
    server.use(
      http.get(dataPath('t.json'), () => {
        served += 1;
        return HttpResponse.json({ items: [{ value: served }] });
      }),
    );
    startEarlyJson(dataFileUrl('t.json'));
    expect(hasEarlyJson(dataFileUrl('t.json'))).toBe(true);
    await expect(fetchJsonFile('t.json', Schema)).resolves.toEqual({ items: [{ value: 1 }] });
    expect(served).toBe(1);
    expect(hasEarlyJson(dataFileUrl('t.json'))).toBe(false);
    // A refetch is a new request, not the early copy.
    await expect(fetchJsonFile('t.json', Schema)).resolves.toEqual({ items: [{ value: 2 }] });
    expect(served).toBe(2);
  });

  it('still validates what the early script parsed', async () => {
    server.use(http.get(dataPath('t.json'), () => HttpResponse.json({ items: [{ value: 'one' }] })));
    startEarlyJson(dataFileUrl('t.json'));
    const error = await dataLoadFailure(fetchJsonFile('t.json', Schema));
    expect(error).toMatchObject({ kind: 'schema', file: 't.json' });
  });

  it('requests a file itself when the early fetch failed, and reports its own error', async () => {
    const answers = [() => HttpResponse.error(), () => HttpResponse.json({ items: [] })];
    server.use(http.get(dataPath('t.json'), () => answers.shift()!()));
    startEarlyJson(dataFileUrl('t.json'));
    await expect(fetchJsonFile('t.json', Schema)).resolves.toEqual({ items: [] });

    server.use(http.get(dataPath('t.json'), () => HttpResponse.text('{"items": [')));
    startEarlyJson(dataFileUrl('t.json'));
    expect(await dataLoadFailure(fetchJsonFile('t.json', Schema))).toMatchObject({ kind: 'json', file: 't.json' });

    server.use(http.get(dataPath('t.json'), () => new HttpResponse(null, { status: 503 })));
    startEarlyJson(dataFileUrl('t.json'));
    expect(await dataLoadFailure(fetchJsonFile('t.json', Schema))).toMatchObject({ kind: 'http', status: 503 });
  });
});
