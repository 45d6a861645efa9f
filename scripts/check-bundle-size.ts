/**
 * npm run size [dist-dir] (and part of `npm test`, right after `vite build`)
 *
 * Reads dist/ (or the directory given as the first argument) and checks the JavaScript budgets of docs/scale.md, with gzip
 * sizes computed here (zlib level 9), so the numbers do not depend on the
 * server or on Vite's reporter:
 * - entry: the chunks dist/index.html loads before anything else (its module
 *   script and modulepreloads: shell, explorer, indicator picker, table) ≤ 200 KB;
 * - all JS: every .js file under dist/ (lazy chunks and the import page's
 *   web worker included) ≤ 400 KB.
 * Prints a table of every chunk and exits 1 when a budget is exceeded.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ENTRY_LIMIT_BYTES = 200 * 1024;
export const TOTAL_LIMIT_BYTES = 400 * 1024;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  entry: boolean;
}

export interface SizeReport {
  chunks: ChunkSize[];
  entryGzipBytes: number;
  totalGzipBytes: number;
  entryLimit: number;
  totalLimit: number;
  ok: boolean;
}

function listJs(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      // Data folders hold no code; skip them without walking thousands of files.
      if (name.startsWith('data')) continue;
      out.push(...listJs(full, base));
    } else if (name.endsWith('.js') && path.relative(base, dir).split(path.sep)[0] === 'assets') out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

/** The scripts index.html loads up front: <script type="module" src> and <link rel="modulepreload" href>. */
export function entryFiles(indexHtml: string): string[] {
  const files = new Set<string>();
  for (const match of indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(match[1]!);
  for (const match of indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(match[1]!);
  return [...files].map((f) => f.replace(/^\.\//, '').replace(/^\//, ''));
}

export function measure(distDir: string): SizeReport {
  const entries = new Set(entryFiles(readFileSync(path.join(distDir, 'index.html'), 'utf8')));
  if (entries.size === 0) throw new Error('dist/index.html loads no module script: cannot find the entry chunk');
  const chunks = listJs(distDir).map((file) => {
    const content = readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, entry: entries.has(file) };
  });
  for (const entry of entries) {
    if (!chunks.some((c) => c.file === entry)) throw new Error(`dist/index.html loads ${entry}, which is not in dist/`);
  }
  const entryGzipBytes = chunks.filter((c) => c.entry).reduce((n, c) => n + c.gzipBytes, 0);
  const totalGzipBytes = chunks.reduce((n, c) => n + c.gzipBytes, 0);
  return {
    chunks: chunks.sort((a, b) => Number(b.entry) - Number(a.entry) || b.gzipBytes - a.gzipBytes),
    entryGzipBytes,
    totalGzipBytes,
    entryLimit: ENTRY_LIMIT_BYTES,
    totalLimit: TOTAL_LIMIT_BYTES,
    ok: entryGzipBytes <= ENTRY_LIMIT_BYTES && totalGzipBytes <= TOTAL_LIMIT_BYTES,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatReport(report: SizeReport): string {
  const width = Math.max(...report.chunks.map((c) => c.file.length), 10);
  const lines = [`${'chunk'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  role`];
  for (const c of report.chunks) lines.push(`${c.file.padEnd(width)}  ${kb(c.bytes).padStart(10)}  ${kb(c.gzipBytes).padStart(10)}  ${c.entry ? 'entry' : 'lazy'}`);
  const verdict = (value: number, limit: number) => `${kb(value)} of ${kb(limit)} ${value <= limit ? 'ok' : 'OVER BUDGET'}`;
  lines.push('', `entry (index.html's scripts): ${verdict(report.entryGzipBytes, report.entryLimit)}`, `all JS: ${verdict(report.totalGzipBytes, report.totalLimit)}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // Optional first argument: another build's output dir (e.g. `vite build --outDir /tmp/x`), so a check need not share ./dist.
  const distDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');
  const report = measure(distDir);
  console.log(formatReport(report));
  if (!report.ok) {
    console.error('\nBundle size budget exceeded (docs/scale.md, "Bundle budget").');
    process.exitCode = 1;
  }
}
