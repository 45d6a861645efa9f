import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { BrowserTest } from './harness';

/** Every request for a built chunk whose name starts with `prefix` fails, as when the connection drops or a deploy removed it. */
async function blockChunk(page: Page, prefix: string): Promise<{ blocked: () => number; unblock: () => Promise<void> }> {
  let count = 0;
  const pattern = new RegExp(`/assets/${prefix}-[\\w-]+\\.js$`);
  const handler = (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    count++;
    return route.abort('internetdisconnected');
  };
  await page.route(pattern, handler);
  return { blocked: () => count, unblock: () => page.unroute(pattern, handler) };
}

// The blocked request itself, and the error React reports as caught by the page's boundary.
const BLOCKED_CHUNK = [/Failed to load resource/, /Failed to fetch dynamically imported module/, /error occurred in the <Lazy> component|PageErrorBoundary/];

export const failedChunkTests: BrowserTest[] = [
  {
    name: 'a page whose chunk does not load says so in its place; the navigation and other pages still work',
    expectedConsoleErrors: BLOCKED_CHUNK,
    run: async (page, baseUrl) => {
      // The reader's pages share one chunk (vite.config.ts), so 'reader' blocks it and the reader page's own stub.
      const chunk = await blockChunk(page, 'reader');
      await page.goto(`${baseUrl}#/reader`);
      const alert = page.getByRole('alert').filter({ hasText: '此页面未能打开' });
      await alert.waitFor();
      assert.match(await alert.innerText(), /出错信息：.*(dynamically imported module|Failed to fetch)/);
      assert.ok(chunk.blocked() > 0, 'the reader chunk was never requested');
      assert.ok(await page.getByRole('button', { name: '刷新页面' }).isVisible());
      // Not a blank window: the shell stays, and another page opens from its navigation.
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '指标浏览' }).click();
      await page.locator('figure.chart canvas').first().waitFor();
      assert.equal(await alert.count(), 0);
      // Once the chunk can load, reloading opens the page.
      await chunk.unblock();
      await page.goto(`${baseUrl}#/reader`);
      await page.reload();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      assert.equal(await page.getByRole('alert').filter({ hasText: '此页面未能打开' }).count(), 0);
    },
  },
  {
    name: 'a chart whose library does not load says so beside the table, and a retry draws it',
    expectedConsoleErrors: BLOCKED_CHUNK,
    run: async (page, baseUrl) => {
      const chunk = await blockChunk(page, 'echarts-chart');
      await page.goto(`${baseUrl}#/explore?indicator=hotline.resolution-rate`);
      const alert = page.getByRole('alert').filter({ hasText: '图表组件未能加载' });
      await alert.waitFor();
      assert.ok(chunk.blocked() > 0, 'the chart chunk was never requested');
      // The figures are still there, as a table.
      await page.getByRole('tab', { name: '表格' }).click();
      await page.getByRole('table').first().waitFor();
      await page.getByRole('tab', { name: '图表' }).click();
      await chunk.unblock();
      await page.getByRole('button', { name: '重试' }).click();
      await page.locator('figure.chart canvas').first().waitFor();
      assert.equal(await alert.count(), 0);
    },
  },
];
