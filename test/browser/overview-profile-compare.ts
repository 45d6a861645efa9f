import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { ARTIFACTS_DIR, type BrowserTest } from './harness';

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
}

/** Serious and critical accessibility problems fail the test; the rest are for review. */
async function noSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).disableRules(['region']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    [],
  );
}

/** Non-background pixels on every chart canvas: proof that ECharts drew, not just mounted. */
async function paintedPixels(page: Page): Promise<number[]> {
  return page.locator('figure.chart canvas').evaluateAll((canvases: HTMLCanvasElement[]) =>
    canvases.map((canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) {
        const white = data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245;
        if (data[i + 3]! > 0 && !white) painted++;
      }
      return painted;
    }),
  );
}

async function openOverview(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}#/${query}`);
  await page.getByRole('table', { name: /各地区、各年份、各主题的数据覆盖情况|Coverage by jurisdiction/ }).waitFor();
}

async function openCompare(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}#/compare?j=440981,440300&i=hotline.resolution-rate,disclosure.information-requests,admin-review.applications`);
  await page.getByRole('table', { name: /各地区最新数值对比/ }).waitFor();
  await page.locator('figure.chart canvas').first().waitFor();
  await page.waitForTimeout(400);
}

/** The whole page, and what the reader sees first (the full page of a long profile is too tall to review). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-first-screen.png`) });
}

export const overviewProfileCompareTests: BrowserTest[] = [
  {
    name: 'the start page shows the 12345 card and its value opens the explorer at that value (1280 px)',
    context: DESKTOP,
    run: async (page, baseUrl) => {
      await openOverview(page, baseUrl);
      const card = page.locator('.headline-card', { has: page.getByRole('heading', { name: '12345热线', exact: true }) });
      const value = card.getByRole('link', { name: /^99\.5% · / });
      await value.waitFor();
      assert.match((await value.getAttribute('href')) ?? '', /^#\/explore\?indicator=hotline\.resolution-rate&j=440981&obs=/);
      assert.ok(await card.getByText('2021年1–10月').first().isVisible());
      await noSidewaysScroll(page);
      await noSeriousAxeViolations(page);
      await shot(page, 'overview-desktop-zh');
      await value.click();
      await page.waitForURL(/#\/explore\?indicator=hotline\.resolution-rate/);
      await page.getByRole('heading', { name: /12345热线办结率/ }).first().waitFor();
    },
  },
  {
    name: 'the profile of 高州 lists its themes with quotes linked to the reader (1280 px)',
    context: DESKTOP,
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/jurisdiction/440981`);
      await page.getByRole('heading', { level: 2, name: '高州市' }).waitFor();
      const hotline = page.getByRole('region', { name: '12345热线：高州市的指标' });
      await hotline.waitFor();
      const quote = hotline.getByRole('link', { name: '在原文中查看：工单总体办结率为99.5%' });
      assert.equal(await quote.getAttribute('href'), '#/reader/001_3f0a2276b96b94a9?start=3094&end=3107');
      await noSidewaysScroll(page);
      await noSeriousAxeViolations(page);
      await shot(page, 'profile-desktop-zh');
      await quote.click();
      await page.waitForURL(/#\/reader\/001_3f0a2276b96b94a9\?start=3094&end=3107/);
    },
  },
  {
    name: 'compare draws its charts and flags different periods (1280 px)',
    context: DESKTOP,
    run: async (page, baseUrl) => {
      await openCompare(page, baseUrl);
      const painted = await paintedPixels(page);
      assert.ok(painted.length >= 2, `expected a chart per unit, found ${painted.length}`);
      for (const count of painted) assert.ok(count > 1500, `a chart canvas is nearly blank (${count} px)`);
      assert.ok(await page.getByText('统计期不同').first().isVisible());
      await noSidewaysScroll(page);
      await noSeriousAxeViolations(page);
      await shot(page, 'compare-desktop-zh');
    },
  },
  {
    name: 'overview, profile and compare fit a 375 px phone without sideways scrolling',
    context: PHONE,
    run: async (page, baseUrl) => {
      await openOverview(page, baseUrl);
      await noSidewaysScroll(page);
      await shot(page, 'overview-mobile-zh');
      await page.goto(`${baseUrl}#/jurisdiction/440981`);
      await page.getByRole('region', { name: '12345热线：高州市的指标' }).waitFor();
      await noSidewaysScroll(page);
      await shot(page, 'profile-mobile-zh');
      await openCompare(page, baseUrl);
      const painted = await paintedPixels(page);
      for (const count of painted) assert.ok(count > 800, `a chart canvas is nearly blank (${count} px)`);
      await noSidewaysScroll(page);
      await shot(page, 'compare-mobile-zh');
    },
  },
  {
    name: 'English links keep the language from the start page to compare and the jurisdiction list',
    context: PHONE,
    run: async (page, baseUrl) => {
      await openOverview(page, baseUrl, '?lang=en');
      const compare = page.getByRole('link', { name: 'Compare jurisdictions' });
      assert.match((await compare.getAttribute('href')) ?? '', /&lang=en$/);
      await shot(page, 'overview-mobile-en');
      await compare.click();
      await page.getByRole('table', { name: /Latest values by jurisdiction/ }).waitFor();
      await page.goto(`${baseUrl}#/jurisdiction?lang=en`);
      await page.getByRole('searchbox', { name: 'Search jurisdictions by name or code' }).fill('gaozhou');
      await page.getByRole('link', { name: 'Gaozhou' }).click();
      await page.getByRole('heading', { level: 2, name: 'Gaozhou' }).waitFor();
      assert.match(page.url(), /#\/jurisdiction\/440981\?lang=en$/);
      await noSidewaysScroll(page);
    },
  },
];

