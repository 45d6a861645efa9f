/**
 * npm run bench
 *
 * Scale and speed, measured (docs/scale.md). Generates the synthetic dataset
 * (every county × 10 years × every indicator), builds the app and the
 * reference page (bench/reference.html: the same chart with ECharts alone),
 * serves dist/ with vite preview on 127.0.0.1, drives Debian's Chromium
 * through playwright-core, and reports the median of RUNS runs of every
 * figure beside its reference measured in the same run:
 *
 * - first chart pixels: navigation start → first non-empty chart canvas
 *   (requestAnimationFrame polling of the canvas pixels), cold cache;
 * - indicator switch: change event → the new indicator's chart drawn, cold
 *   (not prefetched) and warm (after the picker's focus prefetched it);
 * - table scroll: frame time while scrolling the whole table;
 * - JS heap after the chart and a switch (after a forced GC);
 * - bundle sizes (gzip -9) and extraction throughput (MB/s).
 *
 * Writes bench/results.json and prints a table; exits 1 when a target fails.
 * Flags: --runs <n> (default 5), --skip-generate, --skip-build, --verbose.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, startPreview } from '../test/browser/harness';
import { measure as measureBundle } from '../scripts/check-bundle-size';
import { appSwitchMs, firstChartMs, newPage } from './bench-page';
import { median } from './stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) > 0 && argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 5;
const FIRST = 'hotline.resolution-rate';
const COLD_TARGET = 'admin-review.applications';

function run(command: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const VERBOSE = argv.includes('--verbose');
const step = (label: string) => {
  if (VERBOSE) console.log(`    · ${label}`);
};

/** A measurement that never finishes is a failure, not a hang. */
function within<T>(label: string, promise: Promise<T>, ms = 60_000): Promise<T> {
  step(label);
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${label}: no result within ${ms / 1000} s`)), ms))]);
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usage.usedSize / 1024 / 1024;
}

interface Sample {
  firstChartMs: number;
  switchColdMs: number;
  switchWarmMs: number;
  heapMb: number;
  scrollFrameMs: number;
  scrollFrameP95Ms: number;
}

const APP_CANVAS = 'figure.chart canvas';
const REF_CANVAS = '#chart canvas';

async function measureApp(browser: Browser, baseUrl: string): Promise<Sample> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl}#/explore?data=synthetic&indicator=${FIRST}`);
  const first = await within('app: first chart', firstChartMs(page, APP_CANVAS));
  await page.getByText('合成数据', { exact: false }).first().waitFor();
  const switchTo = (target: string) => appSwitchMs(page, target, APP_CANVAS);
  const switchColdMs = await within('app: cold switch', switchTo(COLD_TARGET));
  await page.getByRole('heading', { level: 2, name: /行政复议申请/ }).first().waitFor();
  // Warm: focusing the picker prefetches the neighbours; switch to the next one once it is cached.
  const neighbour = await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('select.picker__select')!;
    select.focus();
    const options = [...select.options].filter((o) => o.value);
    return options[options.findIndex((o) => o.selected) + 1]!.value;
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const switchWarmMs = await within(`app: warm switch to ${neighbour}`, switchTo(neighbour));
  const heap = await within('app: heap', heapMb(page));
  await page.context().close();

  const table = await newPage(browser);
  step('app: table');
  await table.goto(`${baseUrl}#/explore?data=synthetic&indicator=${FIRST}&tab=table`);
  await table.locator('[data-testid="virtual-table"] tbody tr[aria-rowindex]').first().waitFor({ timeout: 60_000 });
  const frames = (await table.evaluate(() => (window as unknown as { __bench: { scroll: (s: string, f: number, st: number) => Promise<number[]> } }).__bench.scroll('[data-testid="virtual-table"]', 120, 400))) as number[];
  await table.context().close();
  return { firstChartMs: first, switchColdMs, switchWarmMs, heapMb: heap, scrollFrameMs: median(frames), scrollFrameP95Ms: frames.sort((a, b) => a - b)[Math.floor(frames.length * 0.95)]! };
}

async function measureReference(browser: Browser, baseUrl: string): Promise<Sample> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl}bench-reference/reference.html?indicator=${FIRST}`);
  const first = await within('reference: first chart', firstChartMs(page, REF_CANVAS));
  const switchTo = (target: string) =>
    page.evaluate(
      ({ target, selector }) => {
        const w = window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown>; __switchIndicator: (id: string) => Promise<void> };
        const old = document.querySelector(selector);
        const oldHash = old ? (w.__bench.ink!(old) as { hash: number }).hash : 0;
        const t0 = performance.now();
        void w.__switchIndicator(target);
        return w.__bench.changed!(selector, old, oldHash, t0) as Promise<number>;
      },
      { target, selector: REF_CANVAS },
    );
  const switchColdMs = await within('reference: cold switch', switchTo(COLD_TARGET));
  // Warm reference: the file is in the HTTP cache already (fetched once before timing).
  await page.evaluate(() => fetch('../data-synthetic/indicators/admin-review.accepted.json').then((r) => r.text()));
  const switchWarmMs = await within('reference: warm switch', switchTo('admin-review.accepted'));
  const heap = await heapMb(page);
  await page.context().close();

  const table = await newPage(browser);
  await table.goto(`${baseUrl}bench-reference/reference.html?indicator=${FIRST}&mode=table`);
  await table.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
  const frames = (await table.evaluate(() => (window as unknown as { __bench: { scroll: (s: string, f: number, st: number) => Promise<number[]> } }).__bench.scroll('#table', 120, 400))) as number[];
  await table.context().close();
  return { firstChartMs: first, switchColdMs, switchWarmMs, heapMb: heap, scrollFrameMs: median(frames), scrollFrameP95Ms: frames.sort((a, b) => a - b)[Math.floor(frames.length * 0.95)]! };
}

/** Extraction throughput (bench/extraction-bench.ts) beside a floor on the same text: one regex pass over every digit run. */
function extraction(): { app: number; reference: number } {
  // Its own exit code says whether its target held; the figure is read from its results file either way.
  spawnSync('npx', ['tsx', 'bench/extraction-bench.ts'], { cwd: root, stdio: 'inherit' });
  const app = (JSON.parse(readFileSync(path.join(root, 'bench/results-extraction.json'), 'utf8')) as { mbPerSecond: number }).mbPerSecond;
  const dir = path.join(root, 'public/data/sources');
  const unit = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const text = `${unit}\n`.repeat(Math.ceil((8 * 1024 * 1024) / Buffer.byteLength(unit)));
  const bytes = Buffer.byteLength(text);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const n = text.match(/[0-9０-９][0-9０-９.,]*/g)?.length ?? 0;
    times.push(performance.now() - t0);
    if (n === 0) throw new Error('no digits');
  }
  return { app, reference: bytes / 1024 / 1024 / (median(times) / 1000) };
}

/**
 * A county's profile at scale (高州, 145 indicators): from navigation to every theme's table, and the
 * bytes of indicator data fetched. With its province's file (regions/440000.json) it reads a
 * thirtieth of what the whole files hold, in one request (docs/scale.md). Reported beside the table: the reference
 * page has no profile to compare with.
 */
async function measureProfile(browser: Browser, baseUrl: string): Promise<{ ms: number; kilobytes: number; files: number }> {
  const page = await newPage(browser);
  const sizes: Array<Promise<number>> = [];
  page.on('response', (response) => {
    if (/\/data-synthetic\/(regions|indicators)\//.test(response.url())) sizes.push(response.body().then((b) => b.length, () => 0));
  });
  const t0 = Date.now();
  await page.goto(`${baseUrl}#/jurisdiction/440981?data=synthetic`);
  await page.locator('.profile table.profile-table').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => ![...document.querySelectorAll('.profile [role="status"]')].some((e) => e.textContent?.includes('加载')), null, { timeout: 60_000 });
  const ms = Date.now() - t0;
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.context().close();
  return { ms, kilobytes: bytes / 1024, files: sizes.length };
}

interface Figure {
  name: string;
  unit: string;
  app: number;
  reference: number;
  target: string;
  ok: boolean | null;
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!argv.includes('--skip-generate')) {
    console.log('• generating the synthetic dataset');
    run('npx', ['tsx', 'scripts/generate-synthetic.ts']);
  }
  if (!argv.includes('--skip-build')) {
    console.log('• building the app');
    run('npx', ['vite', 'build', '--logLevel', 'warn']);
  }
  if (!existsSync(path.join(root, 'dist/data-synthetic/index.json'))) throw new Error('dist/data-synthetic is missing: run without --skip-generate/--skip-build');
  console.log('• building the reference page');
  await build({
    configFile: false,
    root: path.join(root, 'bench'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: path.join(root, 'dist/bench-reference'), emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(root, 'bench/reference.html') } },
  });
  const bundle = measureBundle(path.join(root, 'dist'));
  const referenceJs = readdirSync(path.join(root, 'dist/bench-reference/assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(path.join(root, 'dist/bench-reference/assets', f)), { level: 9 }).length, 0);

  const { server, baseUrl } = await startPreview();
  const browser = await launchChromium();
  const app: Sample[] = [];
  const ref: Sample[] = [];
  const profiles: Array<{ ms: number; kilobytes: number; files: number }> = [];
  try {
    // One warm-up pair (disk cache of the OS, JIT of the server), not counted.
    console.log(`• warm-up, then ${RUNS} runs (app and reference alternate)`);
    await measureReference(browser, baseUrl);
    await measureApp(browser, baseUrl);
    for (let i = 0; i < RUNS; i++) {
      ref.push(await measureReference(browser, baseUrl));
      app.push(await measureApp(browser, baseUrl));
      const a = app.at(-1)!;
      const r = ref.at(-1)!;
      console.log(
        `  run ${i + 1}: first chart ${a.firstChartMs.toFixed(0)} / ${r.firstChartMs.toFixed(0)} ms · switch cold ${a.switchColdMs.toFixed(0)} / ${r.switchColdMs.toFixed(0)} ms · warm ${a.switchWarmMs.toFixed(0)} / ${r.switchWarmMs.toFixed(0)} ms · heap ${a.heapMb.toFixed(0)} / ${r.heapMb.toFixed(0)} MB · scroll ${a.scrollFrameMs.toFixed(1)} / ${r.scrollFrameMs.toFixed(1)} ms`,
      );
    }
    console.log('• a county profile at scale, 3 times');
    for (let i = 0; i < 3; i++) profiles.push(await measureProfile(browser, baseUrl));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('• extraction');
  const extract = extraction();

  const m = (samples: Sample[], key: keyof Sample) => median(samples.map((s) => s[key]));
  const figures: Figure[] = [
    { name: 'first chart pixels', unit: 'ms', app: m(app, 'firstChartMs'), reference: m(ref, 'firstChartMs'), target: '≤ 1.3× reference', ok: m(app, 'firstChartMs') <= 1.3 * m(ref, 'firstChartMs') },
    { name: 'indicator switch, cold (2,975 × 10)', unit: 'ms', app: m(app, 'switchColdMs'), reference: m(ref, 'switchColdMs'), target: '< 150 ms', ok: m(app, 'switchColdMs') < 150 },
    { name: 'indicator switch, prefetched', unit: 'ms', app: m(app, 'switchWarmMs'), reference: m(ref, 'switchWarmMs'), target: '< 150 ms', ok: m(app, 'switchWarmMs') < 150 },
    { name: 'table scroll frame (median)', unit: 'ms', app: m(app, 'scrollFrameMs'), reference: m(ref, 'scrollFrameMs'), target: '≤ 1.3× reference', ok: m(app, 'scrollFrameMs') <= 1.3 * m(ref, 'scrollFrameMs') },
    { name: 'table scroll frame (p95)', unit: 'ms', app: m(app, 'scrollFrameP95Ms'), reference: m(ref, 'scrollFrameP95Ms'), target: '—', ok: null },
    { name: 'JS heap after chart + switch', unit: 'MB', app: m(app, 'heapMb'), reference: m(ref, 'heapMb'), target: '< 150 MB', ok: m(app, 'heapMb') < 150 },
    { name: 'JS entry (gzip -9)', unit: 'KB', app: bundle.entryGzipBytes / 1024, reference: referenceJs / 1024, target: '≤ 200 KB', ok: bundle.entryGzipBytes <= bundle.entryLimit },
    { name: 'all JS (gzip -9)', unit: 'KB', app: bundle.totalGzipBytes / 1024, reference: referenceJs / 1024, target: '≤ 400 KB', ok: bundle.totalGzipBytes <= bundle.totalLimit },
    { name: 'extraction throughput', unit: 'MB/s', app: extract.app, reference: extract.reference, target: '≥ 5 MB/s', ok: extract.app >= 5 },
  ];

  const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const header = ['figure', 'app', 'reference', 'ratio', 'target', 'ok'];
  const rows = figures.map((f) => [f.name, `${fmt(f.app)} ${f.unit}`, `${fmt(f.reference)} ${f.unit}`, `${(f.app / f.reference).toFixed(2)}×`, f.target, f.ok === null ? '' : f.ok ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`);
  console.log(`\nmedians of ${RUNS} runs; reference = bench/reference.html (ECharts alone) for the browser figures, its JS for the bundle, a regex digit scan for extraction.`);
  const profile = { ms: median(profiles.map((p) => p.ms)), kilobytes: median(profiles.map((p) => p.kilobytes)), files: median(profiles.map((p) => p.files)) };
  console.log(`county profile at scale (高州, every theme): ${profile.ms.toFixed(0)} ms, ${profile.files} data file(s), ${profile.kilobytes.toFixed(0)} KB raw (median of 3; no reference)`);

  const index = JSON.parse(readFileSync(path.join(root, 'public/data-synthetic/index.json'), 'utf8')) as { summaries: Array<{ observationCount: number }> };
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
    dataset: {
      counties: new Set((JSON.parse(readFileSync(path.join(root, 'public/data-synthetic/index.json'), 'utf8')) as { jurisdictions: Array<{ level: string; code: string }> }).jurisdictions.filter((j) => j.level === 'county').map((j) => j.code)).size,
      observations: index.summaries.reduce((n, s) => n + s.observationCount, 0),
    },
    figures: figures.map((f) => ({ ...f, ratio: f.app / f.reference })),
    profile: { ...profile, samples: profiles },
    samples: { app, reference: ref },
    bundle: bundle.chunks,
    seconds: (performance.now() - started) / 1000,
  };
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`bench/results.json written (${results.seconds.toFixed(0)} s)`);
  if (figures.some((f) => f.ok === false)) process.exitCode = 1;
}

await main();
