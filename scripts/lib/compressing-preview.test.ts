import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, compressingPreview } from './compressing-preview';

/** A raw GET (fetch would decompress and hide the encoding). */
function get(url: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('acceptsGzip', () => {
  it('reads Accept-Encoding, quality values included', () => {
    expect(acceptsGzip('gzip, deflate')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('the compressing preview server', () => {
  let dir: string;
  let server: PreviewServer;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'reportlens-preview-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>报告透镜</title>');
    writeFileSync(path.join(dir, 'data.json'), JSON.stringify({ values: Array.from({ length: 2000 }, (_, i) => i) }));
    writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = await preview({ configFile: false, root: dir, plugins: [compressingPreview()], build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}/`;
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a file gzipped, with its type, and the same bytes once unzipped', async () => {
    const response = await get(`${base}data.json`, 'gzip, deflate');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(gunzipSync(response.body).toString('utf8')).values).toHaveLength(2000);
    const page = await get(base, 'gzip');
    expect(gunzipSync(page.body).toString('utf8')).toContain('报告透镜');
  });

  it('compresses a changed file again', async () => {
    writeFileSync(path.join(dir, 'data.json'), JSON.stringify({ values: [1, 2, 3] }));
    utimesSync(path.join(dir, 'data.json'), new Date(), new Date(Date.now() + 5000));
    const response = await get(`${base}data.json`, 'gzip');
    expect(JSON.parse(gunzipSync(response.body).toString('utf8'))).toEqual({ values: [1, 2, 3] });
  });

  it('leaves other requests to Vite: no gzip asked for, other types, missing files, paths outside', async () => {
    const plain = await get(`${base}data.json`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual({ values: [1, 2, 3] });
    const image = await get(`${base}image.png`, 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await get(`${base}missing.json`, 'gzip')).headers['content-encoding']).not.toBe('gzip');
    expect((await get(`${base}..%2F..%2Fetc%2Fpasswd.json`, 'gzip')).headers['content-encoding']).not.toBe('gzip');
  });
});
