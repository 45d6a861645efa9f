/**
 * npm run bench:compare -- <build-a> <build-b> [--runs 24] [--indicator <id>] [--measure first|switch]
 *
 * Is a change faster to the first chart (or, with --measure switch, in the
 * cold switch to admin-review.applications, as the bench measures it)? Two builds of the app (e.g. `vite
 * build --outDir /tmp/before` on main and `--outDir /tmp/after` with the
 * change; each needs data-synthetic/, from `npm run data:synthetic`) are
 * served side by side and loaded in turn, each load in a fresh browser
 * context, and the time to the first chart pixels is measured exactly as
 * `npm run bench` measures it. Prints each build's median and quartiles and
 * the difference of the medians with its 95 % bootstrap interval.
 *
 * Why not two runs of `npm run bench`: between runs an hour apart the same
 * app moved by 10 % on this shared 2-core machine. Loads interleaved in one
 * run share the machine's state; the order within each pair alternates, so
 * neither build always comes first. A change whose interval includes zero
 * has not been shown to change anything (docs/scale.md).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, startPreview } from '../test/browser/harness';
import { appSwitchMs, firstChartMs, newPage } from './bench-page';
import { median, medianDifference, quantile } from './stats';

const APP_CANVAS = 'figure.chart canvas';
/** The bench's cold switch: an indicator the first view does not prefetch. */
const SWITCH_TARGET = 'admin-review.applications';
type Measure = 'first' | 'switch';

interface Options {
  builds: [string, string];
  runs: number;
  indicator: string;
  measure: Measure;
}

function parseArguments(argv: string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    if (at === -1) return undefined;
    const next = argv[at + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
    return next;
  };
  const flagged = new Set(['--runs', '--indicator', '--measure'].flatMap((flag) => (argv.includes(flag) ? [argv.indexOf(flag), argv.indexOf(flag) + 1] : [])));
  const builds = argv.filter((arg, i) => !flagged.has(i) && !arg.startsWith('--'));
  if (builds.length !== 2) throw new Error('usage: npm run bench:compare -- <build-a> <build-b> [--runs 24] [--indicator <id>] [--measure first|switch]');
  for (const build of builds) {
    if (!existsSync(path.join(build, 'index.html'))) throw new Error(`${build}: no index.html (build the app there with \`vite build --outDir ${build}\`)`);
    if (!existsSync(path.join(build, 'data-synthetic/index.json'))) throw new Error(`${build}: no data-synthetic/index.json (run \`npm run data:synthetic\` before building)`);
  }
  const runs = Number(value('--runs') ?? 24);
  if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be a whole number of at least 5');
  const measure = value('--measure') ?? 'first';
  if (measure !== 'first' && measure !== 'switch') throw new Error(`--measure is first or switch, not ${measure}`);
  const indicator = value('--indicator') ?? 'hotline.resolution-rate';
  if (measure === 'switch' && indicator === SWITCH_TARGET) throw new Error(`--measure switch switches to ${SWITCH_TARGET}: start from another indicator`);
  return { builds: [builds[0]!, builds[1]!], runs, indicator, measure };
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within 30 s`)), 30_000))]);
}

/** One load in a fresh context: the first chart's time, or the cold switch's once the page has settled. */
async function load(browser: Browser, baseUrl: string, indicator: string, measure: Measure): Promise<number> {
  const page = await newPage(browser);
  try {
    await page.goto(`${baseUrl}#/explore?data=synthetic&indicator=${encodeURIComponent(indicator)}`);
    const first = await within(firstChartMs(page, APP_CANVAS), `${baseUrl}: first chart`);
    if (measure === 'first') return first;
    // As the bench does: the page's after-paint work has run (the banner is in) before the switch.
    await page.getByText('合成数据', { exact: false }).first().waitFor();
    return await within(appSwitchMs(page, SWITCH_TARGET, APP_CANVAS), `${baseUrl}: switch`);
  } finally {
    await page.context().close();
  }
}

async function main(): Promise<void> {
  const { builds, runs, indicator, measure } = parseArguments(process.argv.slice(2));
  const servers = await Promise.all(builds.map((build) => startPreview(build)));
  const browser = await launchChromium();
  const samples: [number[], number[]] = [[], []];
  try {
    // One load of each first, not counted: the server compresses each file on its first request.
    for (const { baseUrl } of servers) await load(browser, baseUrl, indicator, measure);
    console.log(`• ${runs} loads of each build, interleaved: ${measure === 'first' ? 'first chart' : `cold switch to ${SWITCH_TARGET}`}`);
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) samples[i]!.push(await load(browser, servers[i]!.baseUrl, indicator, measure));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map(({ server }) => server.close()));
  }
  const describe = (values: number[]) =>
    `median ${median(values).toFixed(0)} ms (quartiles ${quantile(values, 0.25).toFixed(0)}–${quantile(values, 0.75).toFixed(0)})`;
  builds.forEach((build, i) => console.log(`${i === 0 ? 'A' : 'B'} ${build}: ${describe(samples[i]!)}`));
  const d = medianDifference(samples[0], samples[1]);
  const verdict = d.high < 0 ? 'B is faster' : d.low > 0 ? 'B is slower' : 'no difference shown';
  console.log(`B − A: ${d.estimate.toFixed(0)} ms, ${Math.round(d.level * 100)} % interval ${d.low.toFixed(0)} to ${d.high.toFixed(0)} ms: ${verdict}`);
}

try {
  await main();
} catch (error) {
  // A usage or setup problem is a message, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
