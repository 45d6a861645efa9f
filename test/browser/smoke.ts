import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, type BrowserTest } from './harness';

/** Counts non-background pixels on the chart canvas: proof that ECharts actually drew, not just mounted. */
async function paintedPixels(page: Page): Promise<number> {
  return page.locator('figure.chart canvas').first().evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3]!;
      const white = data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245;
      if (alpha > 0 && !white) painted++;
    }
    return painted;
  });
}

/**
 * Finds a bar the way a person does, by looking: scans one row of the canvas
 * for the first series colour and returns that point in page coordinates.
 */
export async function findBar(page: Page): Promise<{ x: number; y: number }> {
  const canvas = page.locator('figure.chart canvas').first();
  const box = await canvas.boundingBox();
  assert.ok(box, 'chart canvas has no box');
  const hit = await canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d')!;
    for (let y = Math.round(element.height * 0.1); y < element.height * 0.95; y += 4) {
      const { data } = context.getImageData(0, y, element.width, 1);
      // Several pixels in a row of #0072B2, the first series colour (allowing for anti-aliasing): a bar, not a legend dot.
      let run = 0;
      for (let x = 0; x < element.width; x++) {
        const [r, g, b] = [data[x * 4]!, data[x * 4 + 1]!, data[x * 4 + 2]!];
        run = Math.abs(r - 0x00) < 24 && Math.abs(g - 0x72) < 24 && Math.abs(b - 0xb2) < 24 ? run + 1 : 0;
        // Click a little inside the run: its first pixels are the anti-aliased edge.
        if (run >= 5) return { x: (x + 6) / element.width, y: y / element.height };
      }
    }
    return null;
  });
  assert.ok(hit, 'no bar found on the chart');
  return { x: box.x + hit.x * box.width, y: box.y + hit.y * box.height };
}

async function openExplorer(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}#/explore${query}`);
  await page.getByRole('table').waitFor();
  await page.locator('figure.chart canvas').first().waitFor();
  // ECharts draws on the next animation frame after mount.
  await page.waitForFunction(() => document.querySelector('figure.chart canvas') !== null);
  await page.waitForTimeout(300);
}

export const smokeTests: BrowserTest[] = [
  {
    name: 'the app loads in Chinese, draws a chart, and a chart click shows the quote',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await openExplorer(page, baseUrl);
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      await page.getByRole('heading', { level: 1, name: /ReportLens/ }).waitFor();
      assert.ok((await paintedPixels(page)) > 2000, 'chart canvas is blank');
      // Only 高州 reports the resolution rate: its bar, near 100%, crosses the middle of the chart.
      const bar = await findBar(page);
      await page.mouse.click(bar.x, bar.y);
      const quote = page.locator('.source-detail mark');
      await quote.waitFor();
      assert.equal(await quote.textContent(), '工单总体办结率为99.5%');
      assert.match(page.url(), /obs=001_3f0a2276b96b94a9/);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'smoke-desktop-zh.png'), fullPage: true });
    },
  },
  {
    name: 'a shared English link opens the same view in English',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await openExplorer(page, baseUrl, '?lang=en&indicator=hotline.work-orders');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await page.getByRole('columnheader', { name: 'Jurisdiction' }).waitFor();
      const cell = page.getByRole('cell', { name: /12,905/ });
      await cell.first().waitFor();
      await page.getByRole('button', { name: 'Source' }).first().click();
      await page.locator('.source-detail mark').waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'smoke-desktop-en.png'), fullPage: true });
    },
  },
  {
    name: 'on a 375 px phone nothing scrolls sideways',
    context: { viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    run: async (page, baseUrl) => {
      await openExplorer(page, baseUrl);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'smoke-mobile-zh.png'), fullPage: true });
    },
  },
];
