import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { dataPath } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { dataLoadFailure } from '../../../test/data-load-failure';
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
