import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, type BrowserTest } from './harness';

const TITLE = '12345热线与政务公开情况简报';

async function openExplorer(page: Page, baseUrl: string, query: string): Promise<void> {
  await page.goto(`${baseUrl}#/explore?${query}`);
  await page.locator('figure.chart canvas').first().waitFor();
}

/** Opens "Add to briefing" next to the chart and adds it to the briefing titled TITLE, creating it the first time. */
async function addChart(page: Page, create: boolean): Promise<void> {
  await page.getByRole('button', { name: '将图表加入简报' }).click();
  const dialog = page.getByRole('dialog', { name: '加入简报' });
  await dialog.waitFor();
  if (create) {
    await dialog.getByRole('textbox', { name: '新简报标题' }).fill(TITLE);
    await dialog.getByRole('button', { name: '新建并加入' }).click();
  } else {
    await dialog.getByRole('button', { name: `加入「${TITLE}」` }).click();
  }
  await page.getByRole('status').filter({ hasText: `已加入简报「${TITLE}」` }).waitFor();
}

/** The page objects of a PDF (not the /Pages tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

export const briefingTests: BrowserTest[] = [
  {
    name: 'three charts become a briefing that prints to A4 PDF pages with numbered source footnotes',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await openExplorer(page, baseUrl, 'indicator=hotline.work-orders');
      await addChart(page, true);
      await openExplorer(page, baseUrl, 'indicator=hotline.resolution-rate');
      await addChart(page, false);
      await openExplorer(page, baseUrl, 'indicator=disclosure.information-requests&chart=line');
      await addChart(page, false);

      // The list shows the briefing with three items; open it.
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '简报' }).click();
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByRole('heading', { name: '内容（3 项）' }).waitFor();
      await page.getByRole('textbox', { name: '署名' }).fill('市政府办公室综合科');
      await page.getByRole('textbox', { name: /^备注: 1\./ }).fill('1-10月数据，全年数据待年报公布。');

      // Reorder by keyboard: the third item moves up to second, announced in the live region.
      const handle = (title: RegExp) => page.getByRole('button', { name: title });
      await handle(/调整顺序：依申请公开/).focus();
      await page.keyboard.press('Alt+ArrowUp');
      await page.getByText(/已将「依申请公开.*」移到第 2 位（共 3 项）/).waitFor();
      // And by dragging: the resolution rate back above it (a tall window, so source and target are both on screen).
      await page.setViewportSize({ width: 1280, height: 2400 });
      await handle(/调整顺序：12345热线办结率/).dragTo(page.getByRole('listitem', { name: /^第 2 项/ }));
      await page.setViewportSize({ width: 1280, height: 900 });
      const order = await page.locator('.briefing-item__title').allTextContents();
      assert.match(order[0]!, /12345热线工单量/);
      assert.match(order[1]!, /12345热线办结率/, `after dragging: ${order.join(' | ')}`);
      assert.match(order[2]!, /依申请公开/);
      await page.waitForFunction(() => !document.body.textContent?.includes('正在保存…'));

      // Briefings persist in IndexedDB: a reload shows the edits.
      await page.reload();
      await page.getByRole('heading', { name: '内容（3 项）' }).waitFor();
      assert.equal(await page.getByRole('textbox', { name: '署名' }).inputValue(), '市政府办公室综合科');
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'briefing-editor.png'), fullPage: true });

      await page.getByRole('link', { name: '打印预览' }).click();
      const printButton = page.getByRole('button', { name: '打印 / 另存为 PDF' });
      await printButton.waitFor();
      await page.waitForFunction(() => document.querySelectorAll('img.static-chart[data-ready]').length === 3);
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.static-chart')].every((i) => i.complete && i.naturalWidth > 0));
      assert.equal(await printButton.isEnabled(), true);
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'briefing-preview-screen.png'), fullPage: true });
      const previewPages = Number(await page.locator('.briefing-sheet').getAttribute('data-pages'));

      await page.emulateMedia({ media: 'print' });
      const sheet = page.locator('.briefing-sheet');
      const text = (await sheet.textContent()) ?? '';
      assert.ok(text.includes(TITLE), 'title in the printed sheet');
      assert.ok(text.includes('署名：市政府办公室综合科'), 'author line');
      assert.ok(text.includes('1-10月数据，全年数据待年报公布。'), 'item note');
      const notes = await page.locator('.briefing-footnote').allTextContents();
      assert.ok(notes.length >= 4, `footnotes: ${notes.length}`);
      notes.forEach((note, i) => assert.ok(note.startsWith(`[${i + 1}]`), `footnote ${i + 1} numbered: ${note}`));
      assert.ok(notes.some((n) => n.includes('「工单总体办结率为99.5%」') && n.includes('高州市2021年度法治政府建设情况报告') && n.includes('高州市人民政府') && n.includes('2021年12月2日')), notes.join('\n'));
      assert.ok(notes.some((n) => n.includes('「2021年1-10月,高州市共收到12345政府服务热线工单12905宗」')));
      // Each value in the briefing carries its footnote mark.
      assert.equal(await page.locator('.briefing-table .fn-ref').count(), notes.length);
      // App chrome is hidden in print.
      for (const selector of ['.shell__header', '.shell__nav', '.shell__footer', '.briefing-print__toolbar']) {
        assert.equal(await page.locator(selector).evaluate((e) => getComputedStyle(e).display), 'none', `${selector} hidden in print`);
      }
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'briefing-preview-print.png'), fullPage: true });

      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(path.join(ARTIFACTS_DIR, 'briefing.pdf'), pdf);
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const pages = pdfPageCount(pdf);
      assert.ok(pages >= 2, `expected at least 2 pages, got ${pages}`);
      assert.equal(pages, previewPages, 'the preview shows as many pages as the PDF has');
      // A4 at 72 dpi is 595 × 842 points.
      const boxes = pdf.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
      assert.equal(boxes.length, pages);
      for (const box of boxes) {
        const [, , width, height] = box.replace(/^\/MediaBox\s*\[/, '').replace(']', '').trim().split(/\s+/).map(Number);
        assert.ok(Math.abs(width! - 595) < 1 && Math.abs(height! - 842) < 1, `page size ${box}`);
      }
    },
  },
  {
    name: 'a printed table keeps scope, flags, not-reported rows, relative values apart and notes; footnotes cite the original title and print the address (English)',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      const addTo = async (what: 'Table' | 'Chart', create: boolean) => {
        await page.getByRole('button', { name: `Add ${what} to a briefing`, exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Add to briefing' });
        await dialog.waitFor();
        if (create) {
          await dialog.getByRole('textbox', { name: 'Title of the new briefing' }).fill('Disclosure caveats');
          await dialog.getByRole('button', { name: 'Create and add' }).click();
        } else {
          await dialog.getByRole('button', { name: /Disclosure caveats/ }).click();
        }
        await page.getByRole('status').filter({ hasText: 'Disclosure caveats' }).waitFor();
      };
      await page.goto(`${baseUrl}#/explore?indicator=disclosure.information-requests&tab=table&lang=en`);
      await page.locator('table.data-table').first().waitFor();
      await addTo('Table', true);
      await openExplorer(page, baseUrl, 'indicator=hotline.resolution-rate&lang=en');
      await addTo('Chart', false);
      await page.getByRole('link', { name: 'Open the briefing' }).click();
      await page.getByRole('link', { name: 'Print preview' }).click();
      await page.waitForFunction(() => document.querySelectorAll('img.static-chart[data-ready]').length === 1);

      const sheet = page.getByRole('article', { name: 'A4 print preview' });
      const levels = sheet.getByRole('table', { name: 'Requests for government information: data table' });
      const row = (table: typeof levels, name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
      // The preview lays its items out into A4 sheets once the chart's image is in: wait for the table there.
      await levels.getByRole('columnheader').first().waitFor();
      assert.deepEqual(await levels.getByRole('columnheader').allTextContents(), ['Jurisdiction', 'Year', 'Value', 'Period', 'Scope']);
      assert.match((await row(levels, 'Shenzhen').textContent()) ?? '', /≥260 items.*Municipal Government General Office/);
      assert.match((await row(levels, 'Gaozhou').textContent()) ?? '', /38 items.*Jan–Oct 2021part year.*whole jurisdiction/);
      for (const name of ['Guangzhou', 'Zhongshan', 'Henglan']) assert.match((await row(levels, name).textContent()) ?? '', /Not reported/, name);
      assert.equal(await levels.getByText(/times/).count(), 0, 'no relative value among the levels');
      const relatives = sheet.getByRole('table', { name: /^Relative values/ });
      assert.match((await row(relatives, 'Shenzhen').textContent()) ?? '', /≈2 times the 2017 figure/);
      const text = (await sheet.textContent()) ?? '';
      assert.ok(text.includes('Signs: ≈ approximate; ≥ at least (lower bound).'), 'key to the signs');
      assert.ok(text.includes('Shenzhen 2018: “260多” (260-odd) is a lower bound'), 'the curator’s note');
      // The chart is followed by the legend of its marks.
      assert.ok(await sheet.locator('.briefing-chart ~ .chart-legend').getByText(/Hatched: part of the year only/).isVisible());

      await page.emulateMedia({ media: 'print' });
      const note = sheet.locator('.briefing-footnote').first();
      assert.equal(await note.locator('cite[lang="zh-CN"]').textContent(), '高州市2021年度法治政府建设情况报告');
      const noteText = (await note.textContent()) ?? '';
      assert.ok(noteText.includes('高州市2021年度法治政府建设情况报告 [Gaozhou: 2021 report on building a rule-of-law government], Gaozhou Municipal Government, 2 Dec 2021.'), noteText);
      // On paper a link has no target: the address is printed, and it opens the source at its sentence.
      const address = (await note.locator('.briefing-footnote__url').textContent()) ?? '';
      assert.ok(await note.locator('.briefing-footnote__url').isVisible(), 'address printed');
      assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\/#\/reader\/001_3f0a2276b96b94a9\?start=\d+&end=\d+&lang=en$/);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'briefing-caveats-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(address);
      await page.locator('mark').filter({ hasText: '38' }).first().waitFor();
    },
  },
  {
    name: 'an invalid briefings file is refused with its reason and stored briefings stay',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/briefings`);
      await page.getByRole('textbox', { name: /标题/ }).fill('保留的简报');
      await page.getByRole('button', { name: '新建' }).click();
      await page.getByRole('heading', { name: '内容（0 项）' }).waitFor();
      await page.goto(`${baseUrl}#/briefings`);
      await page.getByRole('link', { name: '保留的简报' }).waitFor();
      const input = page.locator('input[type="file"]');
      await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "reportlens-briefings", "version": 1, "briefings": [') });
      await page.getByText(/文件不是有效的 JSON/).waitFor();
      await page.getByText('文件未导入，已保存的简报没有任何改动。').waitFor();
      await input.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'reportlens-briefings', version: 7, briefings: [] })) });
      await page.getByText('不支持的简报文件版本 7（本应用读取版本 1）。').waitFor();
      assert.equal(await page.locator('.briefings__row').count(), 1);
      await page.reload();
      await page.getByRole('link', { name: '保留的简报' }).waitFor();
    },
  },
];
