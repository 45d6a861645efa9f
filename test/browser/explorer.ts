import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, type BrowserTest } from './harness';

async function ready(page: Page): Promise<void> {
  await page.getByRole('tablist').waitFor();
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const explorerTests: BrowserTest[] = [
  {
    name: 'a shared link reproduces the view, also after a reload',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/explore?indicator=hotline.work-orders&tab=table&sort=name&lang=en`);
      await ready(page);
      const check = async () => {
        assert.equal(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), 'true');
        assert.equal(await page.getByLabel('Sort').inputValue(), 'name');
        assert.equal(await page.getByRole('combobox', { name: /^Indicator/ }).inputValue(), 'hotline.work-orders');
        await page.getByRole('table', { name: /12345 hotline work orders: data table/ }).waitFor();
      };
      await check();
      await page.reload();
      await ready(page);
      await check();
    },
  },
  {
    name: 'bad URL parameters fall back to defaults with a notice',
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/explore?indicator=nope&tab=pie&j=000000`);
      await ready(page);
      await page.getByText('链接中的指标“nope”不存在').waitFor();
      await page.getByText('链接参数 tab=“pie”无效').waitFor();
      assert.equal(await page.getByRole('tab', { name: '图表' }).getAttribute('aria-selected'), 'true');
    },
  },
  {
    name: 'the PNG download is a valid image with the chart and its source line',
    context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/explore?indicator=hotline.work-orders`);
      await page.locator('figure.chart canvas').first().waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG 图片' }).click()]);
      assert.match(download.suggestedFilename(), /^12345热线工单量_2021\.png$/);
      const file = path.join(ARTIFACTS_DIR, 'download-chart.png');
      await download.saveAs(file);
      const { width, height } = pngSize(readFileSync(file));
      assert.equal(width, 2000); // 1000 px at pixel ratio 2
      assert.ok(height >= 840, `height ${height}`);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 表格' }).click()]);
      const csvFile = path.join(ARTIFACTS_DIR, 'download-table.csv');
      await csv.saveAs(csvFile);
      const text = readFileSync(csvFile, 'utf8');
      assert.ok(text.startsWith('\uFEFF地区,区划代码'), 'CSV has a BOM and Chinese header');
      assert.match(text, /2021年1-10月,高州市共收到12345政府服务热线工单12905宗/);
    },
  },
  {
    name: 'the trend chart draws and the sources tab lists the document with a citation',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/explore?indicator=hotline.work-orders&chart=line`);
      await page.locator('figure.chart canvas').first().waitFor();
      await page.getByRole('tab', { name: '来源' }).click();
      await page.getByText('高州市2021年度法治政府建设情况报告').first().waitFor();
      await page.getByText(/高州市人民政府：《高州市2021年度法治政府建设情况报告》，2021年12月2日。/).waitFor();
      assert.match(page.url(), /tab=sources/);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'explorer-sources.png'), fullPage: true });
    },
  },
];
