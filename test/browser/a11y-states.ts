import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeProblems, contextFor, GAOZHOU, modeName, pageUrl, settle, sourceText, type Mode } from './a11y';
import { ARTIFACTS_DIR, type BrowserTest } from './harness';

/**
 * axe on the app's interactive states, not only on pages as they load: the highlight search's match buttons
 * were once white on white, and appear only after typing. Each state is reached with the real controls and
 * asserted as reached before axe runs, so an unopened panel cannot pass. Screenshots: artifacts/a11y-state-*.
 */

const QUOTE = '可网办率98.36%';
const quoteStart = sourceText.indexOf(QUOTE);
const TITLE = '高州市2021年度法治政府建设情况报告';
/** A short excerpt of a real report: its title and the hotline paragraph. */
const EXCERPT = `${TITLE}\n\n${sourceText.split('\n').find((line) => line.includes('12345政府服务热线工单12905宗'))!}\n`;
const BRIEFING = '无障碍检查简报';

interface State {
  name: string;
  /** Puts the page in the state and waits until it is visibly there; throws otherwise. */
  reach: (page: Page, go: (hash: string) => Promise<void>, mode: Mode) => Promise<void>;
  /** Undoes what a later state must not see: a hash change keeps the header as it was, menu open and all. */
  leave?: (page: Page) => Promise<void>;
}

const STATES: State[] = [
  {
    name: 'explorer-source',
    reach: async (page, go) => {
      await go('#/explore?indicator=hotline.resolution-rate');
      await page.getByRole('button', { name: '查看出处' }).first().click();
      await page.locator('.source-detail mark').waitFor();
      assert.match(page.url(), /obs=/);
    },
  },
  {
    name: 'explorer-jurisdictions',
    reach: async (page, go) => {
      await go('#/explore?indicator=hotline.resolution-rate');
      await page.locator('details.jurisdiction-picker > summary').click();
      await page.getByRole('searchbox', { name: '按名称或代码搜索地区' }).waitFor();
      assert.ok((await page.locator('.jurisdiction-picker input[type="checkbox"]').count()) > 1, 'the picker lists no jurisdictions');
    },
  },
  {
    name: 'explorer-table',
    reach: async (page, go) => {
      await go('#/explore?indicator=hotline.resolution-rate');
      await page.getByRole('tab', { name: '表格' }).click();
      await page.waitForFunction(() => location.hash.includes('tab=table'));
      await page.getByRole('table', { name: /数据表/ }).first().waitFor();
    },
  },
  {
    name: 'explorer-sources',
    reach: async (page, go) => {
      await go('#/explore?indicator=hotline.resolution-rate');
      await page.getByRole('tab', { name: '来源' }).click();
      await page.getByRole('heading', { name: '本页数字的来源文件' }).waitFor();
      await page.getByText(TITLE).first().waitFor();
    },
  },
  {
    name: 'explorer-line',
    reach: async (page, go) => {
      await go('#/explore?indicator=hotline.work-orders');
      await page.getByRole('radio', { name: '历年趋势' }).check();
      await page.waitForFunction(() => location.hash.includes('chart=line'));
      await page.locator('figure.chart canvas').first().waitFor();
    },
  },
  {
    name: 'explorer-indicator-search',
    reach: async (page, go) => {
      await go('#/explore?indicator=hotline.work-orders');
      const count = page.locator('.picker__count');
      const before = await count.textContent();
      await page.getByRole('searchbox', { name: '搜索指标' }).fill('办结率');
      await page.waitForFunction((old) => document.querySelector('.picker__count')?.textContent !== old, before);
      assert.match((await count.textContent()) ?? '', /共 [1-9]\d* 个指标/, 'the search lists no indicators');
    },
  },
  {
    name: 'display-settings',
    reach: async (page, go, mode) => {
      await go('#/explore?indicator=hotline.work-orders');
      // On a phone the summary has its short label.
      await page.locator('details.display-settings__menu > summary').getByText(mode.width === 375 ? '设置' : '显示设置', { exact: true }).click();
      await page.getByRole('radio', { name: '18 磅' }).waitFor();
      await page.getByRole('checkbox', { name: '高对比度' }).waitFor();
    },
    leave: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('radio', { name: '18 磅' }).waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'compare-added',
    reach: async (page, go) => {
      await go('#/compare?j=440981,440300');
      const removes = page.getByRole('button', { name: /^移除 / });
      await removes.first().waitFor();
      const before = await removes.count();
      const select = page.getByRole('combobox', { name: '添加指标' });
      const value = await select.locator('option:not([value=""])').first().getAttribute('value');
      await select.selectOption(value!);
      await page.getByRole('button', { name: '添加', exact: true }).click();
      // One more indicator in the list, with its own remove button.
      await removes.nth(before).waitFor();
      await page.getByRole('table', { name: /各地区最新数值对比/ }).waitFor();
    },
  },
  {
    name: 'reader-fact',
    reach: async (page, go) => {
      await go(`#/reader/${GAOZHOU}?start=${quoteStart}&end=${quoteStart + QUOTE.length}`);
      await page.locator('mark.hl-mark--active').waitFor();
      // The next fact, chosen with the keyboard: selected, focused and described beside the text.
      await page.keyboard.press('n');
      await page.waitForFunction((old) => !location.hash.includes(`start=${old}&`), quoteStart);
      await page.waitForFunction(() => document.activeElement?.tagName === 'MARK', undefined, { timeout: 5000 });
      await page.locator('.fact-details').first().waitFor();
    },
  },
  {
    name: 'reader-find',
    reach: async (page, go) => {
      await go(`#/reader/${GAOZHOU}`);
      await page.getByRole('searchbox').fill('行政强制案');
      await page.getByText('1 / 2').waitFor();
      await page.keyboard.press('Enter');
      await page.getByText('2 / 2').waitFor();
      await page.locator('.find-match--active').waitFor();
    },
  },
  {
    name: 'import-pasted',
    reach: async (page, go) => {
      await go('#/import');
      await page.getByLabel('粘贴报告全文').fill(EXCERPT);
      await page.getByRole('button', { name: '下一步：文件信息' }).waitFor();
    },
  },
  {
    name: 'import-details',
    reach: async (page) => {
      // Goes on from the pasted text.
      await page.getByRole('button', { name: '下一步：文件信息' }).click();
      await page.getByRole('searchbox', { name: /搜索地区/ }).fill('高州');
      await page.getByRole('listbox', { name: '匹配的地区' }).selectOption('440981');
      await page.getByRole('textbox', { name: '发布机关' }).fill('高州市人民政府');
      assert.equal(await page.getByRole('textbox', { name: '文件标题' }).inputValue(), TITLE);
    },
  },
  {
    name: 'import-review',
    reach: async (page) => {
      await page.getByRole('button', { name: '下一步：提取并审核数字' }).click();
      await page.getByText(/找到 \d+ 个数字，其中 \d+ 个已自动对应到指标/).waitFor();
      assert.ok((await page.locator('table.import-facts tbody tr').count()) > 3, 'no figures listed');
    },
  },
  {
    name: 'briefing-added',
    reach: async (page, go) => {
      await go('#/explore?indicator=hotline.work-orders');
      await page.getByRole('button', { name: '将图表加入简报' }).click();
      const dialog = page.getByRole('dialog', { name: '加入简报' });
      await dialog.getByRole('textbox', { name: '新简报标题' }).fill(BRIEFING);
      await dialog.getByRole('button', { name: '新建并加入' }).click();
      await page.getByRole('status').filter({ hasText: `已加入简报「${BRIEFING}」` }).waitFor();
    },
  },
  {
    name: 'briefing-editor',
    reach: async (page, go) => {
      await go('#/briefings');
      await page.getByRole('link', { name: BRIEFING }).click();
      await page.getByRole('heading', { name: '内容（1 项）' }).waitFor();
    },
  },
  {
    name: 'briefing-print',
    reach: async (page) => {
      await page.getByRole('link', { name: '打印预览' }).click();
      await page.getByRole('button', { name: '打印 / 另存为 PDF' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('img.static-chart[data-ready]').length === 1);
    },
  },
  {
    name: 'quality-problems',
    reach: async (page, go) => {
      await go('#/quality');
      await page.getByRole('article').first().waitFor();
      await page.getByRole('checkbox', { name: '只显示问题' }).check();
      await page.waitForFunction(() => location.hash.includes('problems=1'));
      await page.getByRole('article').first().waitFor();
    },
  },
];

const MODES: Mode[] = [
  { language: 'zh', elder: false, highContrast: false, width: 1280, axe: 'all' },
  { language: 'zh', elder: true, highContrast: true, size: 18, width: 375, axe: 'all' },
];

export const a11yStateTests: BrowserTest[] = MODES.map((mode) => ({
  name: `every interactive state passes axe: ${modeName(mode)}`,
  context: contextFor(mode),
  run: async (page, baseUrl) => {
    const go = async (hash: string) => {
      await page.goto(pageUrl(baseUrl, hash, mode));
      await settle(page);
    };
    const problems: string[] = [];
    for (const state of STATES) {
      const started = Date.now();
      try {
        await state.reach(page, go, mode);
      } catch (error) {
        problems.push(`  ${state.name}: not reached: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        continue;
      }
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(150);
      const html = await page.evaluate(() => ({ mode: document.documentElement.dataset.mode, contrast: document.documentElement.dataset.contrast }));
      if ((html.mode === 'elder') !== mode.elder || (html.contrast === 'high') !== mode.highContrast) problems.push(`  ${state.name}: the display mode was lost (${JSON.stringify(html)})`);
      problems.push(...(await axeProblems(page, mode)).map((p) => `  ${state.name}: ${p}`));
      // The screen as the state left it: the controls just used scrolled it to what they opened.
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-state-${modeName(mode)}-${state.name}.png`) });
      await state.leave?.(page);
      if (process.env.A11Y_TIMING) console.log(`    ${modeName(mode)} ${state.name}: ${Date.now() - started} ms`);
    }
    assert.equal(problems.length, 0, `${problems.length} problem(s) in ${modeName(mode)}:\n${problems.join('\n')}`);
  },
}));
