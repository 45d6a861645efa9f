import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateSynthetic } from '../../scripts/generate-synthetic';
import { PLAYWRIGHT_DISABLED_FEATURES } from './chromium-flags';
import { ARTIFACTS_DIR, type BrowserTest } from './harness';

/**
 * The explorer on a small synthetic dataset (120 counties × 10 years × 2
 * indicators), generated in memory at test time and served at data-synthetic/
 * through page.route, so neither dist/ nor public/ is touched and the full
 * dataset is not needed in CI.
 */
const datasets = new Map<number, Map<string, string>>();
function dataset(counties: number): Map<string, string> {
  let files = datasets.get(counties);
  if (!files) {
    const generated = new Map<string, string>();
    generateSynthetic({ seed: 11, counties, indicators: ['hotline.resolution-rate', 'admin-review.applications'] }, (file, content) => generated.set(file, content));
    datasets.set(counties, generated);
    files = generated;
  }
  return files;
}

async function serveSynthetic(page: Page, counties = 120): Promise<void> {
  const data = dataset(counties);
  await page.route('**/data-synthetic/**', (route) => {
    const file = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*\/data-synthetic\//, ''));
    const content = data.get(file);
    if (content === undefined) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, body: content, contentType: file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8' });
  });
}

/** The synthetic data files the page requests from now on, as paths inside data-synthetic/, in order (a live list). */
function syntheticRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const match = /\/data-synthetic\/(.*)$/.exec(request.url());
    if (match) requested.push(decodeURIComponent(match[1]!));
  });
  return requested;
}

async function assert(condition: boolean, message: string): Promise<void> {
  if (!condition) throw new Error(message);
}

/**
 * The command lines of this browser's renderers: the processes Chromium itself
 * lists (SystemInfo.getProcessInfo), so another browser running on the same
 * machine (another test run, a developer's) is not counted. Read from /proc
 * (Linux): Chromium rewrites its process title, so each is one string, and a
 * renderer's command line carries the browser's features in effect.
 */
async function chromiumRenderers(page: Page): Promise<string[]> {
  if (!existsSync('/proc/self/cmdline')) throw new Error('this check reads /proc (Linux)');
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser to ask for its processes');
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  const found: string[] = [];
  for (const { type, id } of processInfo) {
    if (type !== 'renderer') continue;
    try {
      found.push(readFileSync(`/proc/${id}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // the process has ended
    }
  }
  return found;
}

export const scaleTests: BrowserTest[] = [
  {
    // The bench loads each page in a new context; the omnibox popup's renderer had taken 0.3–0.6 s of CPU
    // beside every load (chromium-flags.ts). A Chromium whose features are renamed would bring it back.
    name: 'a new browser window runs no renderer for Chromium\'s own UI beside the page, and playwright-core\'s switches hold',
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/explore?indicator=hotline.resolution-rate`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      // The popup's renderer starts as the window opens; give it the time a page load takes.
      await page.waitForTimeout(1500);
      const renderers = await chromiumRenderers(page);
      if (renderers.length === 0) throw new Error('found no Chromium renderer: the check cannot see the browser');
      const browserUi = renderers.filter((commandLine) => commandLine.includes('--top-chrome-webui'));
      if (browserUi.length > 0) throw new Error(`Chromium started ${browserUi.length} renderer(s) for its own UI`);
      // Our --disable-features replaces playwright-core's: its features must still be off (chromium-flags.ts).
      const disabled = /--disable-features=(\S*)/.exec(renderers[0]!)?.[1]?.split(',') ?? [];
      const stillOn = PLAYWRIGHT_DISABLED_FEATURES.filter((feature) => !disabled.includes(feature));
      if (stillOn.length > 0) throw new Error(`features playwright-core turns off are on: ${stillOn.join(', ')}`);
    },
  },
  {
    name: 'synthetic dataset: banner, top-N chart, highlight search',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await serveSynthetic(page);
      await page.goto(`${baseUrl}#/explore?data=synthetic&indicator=hotline.resolution-rate`);
      await page.getByText('合成数据（仅用于演示与性能测试', { exact: false }).waitFor();
      await page.getByText('图中为排名前 20 的地区', { exact: false }).waitFor();
      const canvas = page.locator('figure.chart canvas').first();
      await canvas.waitFor();
      // Twenty bars, not 120: the chart is sized for the bars it draws.
      const height = (await canvas.boundingBox())?.height ?? 0;
      await assert(height > 500 && height < 1100, `chart height ${height} is not that of 20 bars`);
      // The banner stays after in-app navigation: the session keeps the dataset.
      await page.getByRole('navigation').getByRole('link', { name: '概览' }).click();
      await page.getByText('合成数据（仅用于演示与性能测试', { exact: false }).waitFor();
      await page.goBack();
      await page.getByRole('searchbox', { name: '查找并突出显示地区' }).fill('东城');
      await page.getByRole('button', { name: /突出显示 东城区/ }).click();
      await page.getByText(/东城区：\d{4}年排第 \d+ 名/).waitFor();
      await assert(page.url().includes('hl=110101'), `highlight not in the URL: ${page.url()}`);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'scale-chart.png') });
    },
  },
  {
    // The matches were the header's white-on-brand buttons on the white panel: invisible, they read as some
    // 50 px of empty space between the search box and its result line.
    name: 'synthetic dataset: the highlight search shows its matches, pressed or not, under the box (1280 and 390 px)',
    run: async (page, baseUrl) => {
      await serveSynthetic(page);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${baseUrl}#/explore?data=synthetic&indicator=hotline.resolution-rate&hl=`);
        const search = page.getByRole('searchbox', { name: '查找并突出显示地区' });
        await search.fill('东城');
        await page.getByRole('button', { name: /突出显示 东城区/ }).click();
        await page.getByText(/东城区：\d{4}年排第 \d+ 名/).waitFor();
        await search.fill('区');
        await page.getByRole('button', { name: /突出显示 西城区/ }).waitFor();
        // One match pressed (东城区), the others not: both kinds must be readable where they are drawn.
        const axe = await new AxeBuilder({ page }).include('.highlight-search').options({ runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations', 'incomplete'] }).analyze();
        const unreadable = [...axe.violations, ...axe.incomplete].flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
        await assert(unreadable.length === 0, `${width} px: match text not readable on its background:\n  ${unreadable.join('\n  ')}`);
        const gap = await page.locator('.highlight-search').evaluate((box) => {
          const input = box.querySelector('input')!.getBoundingClientRect();
          const first = box.querySelector('.highlight-search__matches button')!.getBoundingClientRect();
          return first.top - input.bottom;
        });
        await assert(gap >= 0 && gap <= 12, `${width} px: the first match is ${Math.round(gap)} px under the search box`);
        await page.locator('.highlight-search').screenshot({ path: path.join(ARTIFACTS_DIR, `scale-highlight-search-${width}.png`) });
      }
    },
  },
  {
    name: 'synthetic dataset: the virtualised table scrolls through every row',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await serveSynthetic(page);
      await page.goto(`${baseUrl}#/explore?data=synthetic&indicator=hotline.resolution-rate&tab=table`);
      const region = page.locator('[data-testid="virtual-table"]');
      await region.locator('tbody tr[aria-rowindex]').first().waitFor();
      const total = Number(await region.locator('table').getAttribute('aria-rowcount'));
      await assert(total > 1000, `aria-rowcount ${total}: expected every row of 120 counties × 10 years`);
      const renderedBefore = await region.locator('tbody tr[aria-rowindex]').count();
      await assert(renderedBefore < 80, `${renderedBefore} rows rendered: the table is not virtualised`);
      await region.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.waitForFunction(() => {
        const rows = document.querySelectorAll('[data-testid="virtual-table"] tbody tr[aria-rowindex]');
        const last = rows[rows.length - 1];
        return last !== undefined && last.getAttribute('aria-rowindex') === document.querySelector('[data-testid="virtual-table"] table')!.getAttribute('aria-rowcount');
      });
      // The header stays in view while the body scrolls.
      const header = await region.locator('thead th').first().boundingBox();
      const box = await region.boundingBox();
      await assert(header !== null && box !== null && Math.abs(header.y - box.y) < 60, 'the table header scrolled out of view');
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'scale-table.png') });
    },
  },
  {
    name: 'synthetic dataset: the jurisdiction directory opens by province, and passes axe',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      // 400 counties and their parents: beyond the 300 the directory lists flat.
      await serveSynthetic(page, 400);
      await page.goto(`${baseUrl}#/jurisdiction?data=synthetic`);
      await page.getByRole('heading', { name: /^按省份（共 [\d,]+ 个地区）$/ }).waitFor();
      await assert((await page.getByRole('link', { name: '东城区' }).count()) === 0, 'a closed province renders its jurisdictions');
      await page.getByText(/^北京市（下辖 \d+ 个地区）$/).click();
      await page.getByRole('link', { name: '东城区' }).waitFor();
      const elements = await page.evaluate(() => document.querySelectorAll('*').length);
      await assert(elements < 2000, `${elements} elements with one province open`);
      const axe = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }).analyze();
      await assert(axe.violations.length === 0, `axe: ${axe.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`).join('; ')}`);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'scale-directory.png') });
    },
  },
  {
    name: "synthetic dataset: a county's profile reads its province's file, every theme at once",
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await serveSynthetic(page);
      const requests = syntheticRequests(page);
      // 蓟州区 (天津): the 120 counties reach from 北京 into 河北.
      await page.goto(`${baseUrl}#/jurisdiction/120119?data=synthetic`);
      await page.getByRole('region', { name: '12345热线：蓟州区的指标' }).waitFor();
      await page.getByRole('region', { name: '行政复议：蓟州区的指标' }).waitFor();
      await assert((await page.getByRole('button', { name: /加载此主题的/ }).count()) === 0, 'a theme still waits for a click');
      const requested = requests.filter((file) => /^(?:indicators|regions)\//.test(file));
      await assert(requested.length === 1 && requested[0] === 'regions/120000.json', `requested ${requested.join(', ')}`);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'scale-profile.png') });
    },
  },
  {
    // index.html's early script fetches and parses the first view's data; the app must take that copy, not ask again.
    name: 'synthetic dataset: a cold explorer load requests its index and indicator file once each, before the app has run',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await serveSynthetic(page);
      const requested = syntheticRequests(page);
      await page.goto(`${baseUrl}#/explore?data=synthetic&indicator=hotline.resolution-rate`);
      await page.locator('figure.chart canvas').first().waitFor();
      await page.waitForLoadState('networkidle');
      const count = (file: string) => requested.filter((r) => r === file).length;
      await assert(count('index.json') === 1 && count('indicators/hotline.resolution-rate.json') === 1, `requested ${requested.join(', ')}`);
      // The early script handed its copies over: none is left waiting.
      const left = await page.evaluate(() => (window as { __reportlensEarlyData?: Map<string, unknown> }).__reportlensEarlyData?.size ?? -1);
      await assert(left === 0, `${left} early responses were never taken by the app`);
    },
  },
  {
    name: 'the chart library arrives with its compile hint, and only it',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      const scripts: Array<{ url: string; text: string }> = [];
      page.on('response', (response) => {
        if (response.url().endsWith('.js')) void response.text().then((text) => scripts.push({ url: response.url(), text }), () => undefined);
      });
      await page.goto(`${baseUrl}#/explore`);
      await page.locator('figure.chart canvas').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Only ECharts is compiled eagerly: the app's chunks hold much that a first view never calls.
      const hinted = scripts.filter((s) => s.text.startsWith('//# allFunctionsCalledOnLoad'));
      await assert(hinted.length === 1, `${hinted.length} scripts carry the compile hint: ${hinted.map((s) => s.url).join(', ')}`);
      await assert(hinted[0]?.text.includes('setOption') === true, `the hinted script is not ECharts: ${hinted[0]?.url}`);
    },
  },
];
