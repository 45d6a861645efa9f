/**
 * npm run bench:extract
 *
 * Throughput of the extraction engine on Chinese report text: the five source
 * documents repeated to about 8 MB, extracted with the full catalog, 7 runs
 * after a warm-up; prints the median MB/s (UTF-8 bytes) and writes
 * bench/results-extraction.json. Target: at least 5 MB/s.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indicators } from '../data/catalog/indicators';
import { extractFacts } from '../src/domain/extraction/extract-facts';

const TARGET_MB_PER_S = 5;
const RUNS = 7;
const TARGET_BYTES = 8 * 1024 * 1024;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'public/data/sources');
const sources = readdirSync(sourceDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(sourceDir, f), 'utf8'));
const unit = sources.join('\n');
const unitBytes = Buffer.byteLength(unit, 'utf8');
const text = `${unit}\n`.repeat(Math.ceil(TARGET_BYTES / unitBytes));
const bytes = Buffer.byteLength(text, 'utf8');

extractFacts(unit, { indicators }); // warm-up: JIT and regex compilation
const timings: number[] = [];
let facts = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  facts = extractFacts(text, { indicators }).facts.length;
  timings.push(performance.now() - t0);
}
timings.sort((a, b) => a - b);
const medianMs = timings[Math.floor(timings.length / 2)] as number;
const mbPerS = bytes / 1024 / 1024 / (medianMs / 1000);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  inputBytes: bytes,
  inputChars: text.length,
  facts,
  runs: RUNS,
  timingsMs: timings.map((t) => Number(t.toFixed(1))),
  medianMs: Number(medianMs.toFixed(1)),
  mbPerSecond: Number(mbPerS.toFixed(2)),
  targetMbPerSecond: TARGET_MB_PER_S,
  meetsTarget: mbPerS >= TARGET_MB_PER_S,
};
writeFileSync(join(root, 'bench/results-extraction.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`extraction: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${facts} facts, median ${medianMs.toFixed(0)} ms over ${RUNS} runs → ${mbPerS.toFixed(2)} MB/s (target ≥ ${TARGET_MB_PER_S})`);
if (!result.meetsTarget) process.exitCode = 1;
