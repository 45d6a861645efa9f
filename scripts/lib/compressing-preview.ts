import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing, with its type: the app's code, styles, page and data files. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** True when a request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

type Next = (error?: unknown) => void;

/**
 * A middleware serving the files under `root` gzipped, each compressed once
 * and kept in memory until it changes (by modification time); anything it
 * does not handle (another method or type, no gzip, a missing file) goes to
 * the next handler.
 */
export function compressedStatic(root: string) {
  const cache = new Map<string, { modified: number; gzipped: Buffer }>();
  return async (req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> => {
    try {
      if (req.method !== 'GET' || !acceptsGzip(req.headers['accept-encoding'])) return next();
      let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const type = TYPES[path.extname(pathname)];
      const file = path.join(root, pathname);
      if (type === undefined || !file.startsWith(root + path.sep)) return next();
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return next();
      let entry = cache.get(file);
      if (entry?.modified !== info.mtimeMs) {
        entry = { modified: info.mtimeMs, gzipped: gzipSync(await readFile(file), { level: 9 }) };
        cache.set(file, entry);
      }
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', entry.gzipped.length);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(entry.gzipped);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * `vite preview` (what the browser tests and `npm run bench` serve the
 * built app and the bench's reference page with) gzips every response again
 * as it streams it, on the same two cores the browser runs on: the first
 * view's ~2.5 MB of code and data took up to ~100 ms to arrive while the
 * page waited. A static host serves files compressed ahead of time; this
 * does the same, compressing each file the first time it is asked for.
 * Preview only: `vite build` and `npm run dev` are unchanged.
 */
export function compressingPreview(): Plugin {
  return {
    name: 'reportlens:compressing-preview',
    configurePreviewServer(server) {
      // Added before Vite's own static handler and compression, which serve what this passes on.
      server.middlewares.use(compressedStatic(path.resolve(server.config.root, server.config.build.outDir)));
    },
  };
}
