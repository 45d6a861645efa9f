import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { contrastRatio } from '../../src/domain/contrast';
import { ARTIFACTS_DIR, type BrowserTest } from './harness';

const GAOZHOU = '001_3f0a2276b96b94a9';
const text = readFileSync(path.resolve('public/data/sources', `${GAOZHOU}.txt`), 'utf8');
const quote = '可网办率98.36%';
const start = text.indexOf(quote);
const end = start + quote.length;

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
}

export const readerTests: BrowserTest[] = [
  {
    name: 'a shared reader link opens the document with the span highlighted and scrolled into view',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/reader/${GAOZHOU}?start=${start}&end=${end}`);
      const active = page.locator('mark.hl-mark--active');
      await active.waitFor();
      assert.equal(await active.textContent(), quote);
      await page.waitForTimeout(200);
      assert.ok(await inViewport(page, 'mark.hl-mark--active'), 'the linked span is not in view');
      // Every character of the source is rendered, page chrome included.
      assert.equal(await page.locator('.highlighted-text').evaluate((e) => e.textContent), text);
      await page.locator('mark.hl-mark--active').hover();
      await page.getByRole('tooltip').waitFor();
      assert.match((await page.getByRole('tooltip').textContent()) ?? '', /可网办率/);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'reader-desktop-linked.png') });
    },
  },
  {
    name: 'the list of figures beside the text scrolls to the current figure: opened at a late one, and after n',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      // The 60th of 78 figures, far below the list's first screen.
      const late = '工单总体办结率为99.5%';
      const at = text.indexOf(late);
      await page.goto(`${baseUrl}#/reader/${GAOZHOU}?start=${at}&end=${at + late.length}`);
      await page.locator('mark.hl-mark--active').waitFor();
      await page.waitForTimeout(200);
      // Both in view within the side panel: the current figure's item in the list, and its details above the
      // list (its quote), which scrolling the whole panel to the item had pushed out of view.
      const currentInList = () =>
        page.locator('.reader__side').evaluate((side) => {
          const item = side.querySelector('.reader__fact-button[aria-current="true"]');
          const quote = side.querySelector('.fact-details__quote');
          if (!item || !quote) return 'no current item or details';
          const panel = side.getBoundingClientRect();
          // (No helper functions in here: the bundler would wrap them in a __name the page does not have.)
          for (const [name, element] of [['item', item], ["details' quote", quote]] as const) {
            const box = element.getBoundingClientRect();
            let top = panel.top;
            let bottom = panel.bottom;
            for (let at = element.parentElement; at && at !== side; at = at.parentElement) {
              if (getComputedStyle(at).overflowY === 'visible') continue;
              const clip = at.getBoundingClientRect();
              top = Math.max(top, clip.top);
              bottom = Math.min(bottom, clip.bottom);
            }
            if (box.top < top || box.bottom > bottom) return `${name} at ${Math.round(box.top)}–${Math.round(box.bottom)}, visible ${Math.round(top)}–${Math.round(bottom)}`;
          }
          return 'visible';
        });
      assert.equal(await currentInList(), 'visible');
      for (let i = 0; i < 12; i++) {
        const before = page.url();
        await page.keyboard.press('n');
        await page.waitForFunction((old) => location.href !== old, before);
        await page.waitForTimeout(50);
        assert.equal(await currentInList(), 'visible', `after ${i + 1} × n`);
      }
    },
  },
  {
    name: 'in high contrast the fact tooltip is readable at 7:1 (the theme once turned its white text black on its dark panel)',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/reader/${GAOZHOU}?start=${start}&end=${end}&contrast=high`);
      await page.locator('mark.hl-mark--active').waitFor();
      await page.keyboard.press('n');
      await page.waitForFunction(() => document.activeElement?.tagName === 'MARK', undefined, { timeout: 5000 });
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      const colours = await tooltip.evaluate((element) => ({
        text: getComputedStyle(element.querySelector('p')!).color,
        background: getComputedStyle(element).backgroundColor,
      }));
      const ratio = contrastRatio(hex(colours.text), hex(colours.background));
      assert.ok(ratio >= 7, `tooltip text ${colours.text} on ${colours.background} is ${ratio.toFixed(1)}:1`);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'reader-high-contrast-tooltip.png') });
    },
  },
  {
    name: 'in 长者模式 on a desktop the linked span is in view and not under the reading tools, and neither is the side panel',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      for (const size of [18, 30]) {
        // A fresh load each time: a change of the hash alone keeps the page (and its scroll) as it was.
        await page.goto('about:blank');
        await page.goto(`${baseUrl}#/reader/${GAOZHOU}?start=${start}&end=${end}&mode=elder&size=${size}`);
        await page.locator('mark.hl-mark--active').waitFor();
        await page.waitForTimeout(200);
        // Not covered: the point at the middle of the span's first line is the span itself.
        const seen = await page.locator('mark.hl-mark--active').evaluate((mark) => {
          const box = mark.getClientRects()[0]!;
          const x = box.left + Math.min(box.width / 2, 8);
          const y = box.top + box.height / 2;
          const there = document.elementFromPoint(x, y);
          return y > 0 && y < innerHeight && there !== null && mark.contains(there) ? 'seen' : `at y=${Math.round(y)} is ${there?.className ?? 'nothing'}`;
        });
        assert.equal(seen, 'seen', `${size} pt: the linked span is covered or out of view`);
        const overlap = await page.evaluate(() => {
          const tools = document.querySelector('.reader__tools')!.getBoundingClientRect();
          const side = document.querySelector('.reader__side')!.getBoundingClientRect();
          return Math.round(tools.bottom - side.top);
        });
        assert.ok(overlap <= 0, `${size} pt: the reading tools cover the top ${overlap}px of the side panel`);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `reader-elder-${size}-desktop.png`) });
      }
    },
  },
  {
    name: 'the keyboard moves between facts and the find box counts matches',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/reader/${GAOZHOU}?start=${start}&end=${end}`);
      await page.locator('mark.hl-mark--active').waitFor();
      await page.keyboard.press('n');
      await page.waitForFunction((old) => !location.hash.includes(`start=${old}&`), start);
      // Focus moves in the render after the URL changes: wait for it (bounded) rather than sampling once.
      await page.waitForFunction(() => document.activeElement?.tagName === 'MARK', undefined, { timeout: 5000 });
      assert.ok(await inViewport(page, 'mark:focus'), 'the next fact is not in view');
      const next = await page.evaluate(() => document.activeElement?.textContent);
      assert.notEqual(next, quote);
      await page.keyboard.press('p');
      await page.waitForFunction((s) => location.hash.includes(`start=${s}&`), start);
      await page.waitForFunction((q) => document.activeElement?.textContent === q, quote, { timeout: 5000 });
      await page.keyboard.press('/');
      await page.keyboard.type('行政强制案');
      await page.getByText('1 / 2').waitFor();
      await page.keyboard.press('Enter');
      await page.getByText('2 / 2').waitFor();
      assert.ok(await inViewport(page, '.find-match--active'), 'the active match is not in view');
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'reader-desktop-find.png') });
    },
  },
  {
    name: 'the quality page lists the contradictions, and a finding opens its span in the reader',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/quality`);
      const card = page.getByRole('article', { name: /可网办率：原文 98\.36%/ });
      await card.waitFor();
      await page.getByRole('article', { name: /出现 2 次/ }).waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'quality-desktop.png'), fullPage: false });
      await card.getByRole('link', { name: `在原文中查看：${quote}` }).click();
      await page.locator('mark.hl-mark--active').waitFor();
      assert.equal(await page.locator('mark.hl-mark--active').textContent(), quote);
      assert.match(page.url(), new RegExp(`#/reader/${GAOZHOU}\\?start=${start}&end=${end}`));
    },
  },
  {
    name: 'the work plan reads by unit and links a task to the reader',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/work-plan`);
      await page.getByRole('button', { name: '查看 公服办 的任务' }).click();
      await page.getByRole('heading', { name: /公服办 的任务/ }).waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'work-plan-desktop.png') });
      await page.getByRole('link', { name: '在原文中查看第 28 项' }).click();
      const link = page.locator('mark.hl-mark--link');
      await link.waitFor();
      assert.match((await link.textContent()) ?? '', /^28\.加快政策咨询综合服务平台建设/);
      await page.waitForTimeout(200);
      assert.ok(await inViewport(page, 'mark.hl-mark--link'), 'the task is not in view');
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'reader-desktop-plan-task.png') });
    },
  },
  {
    name: 'in 长者模式 at 30 pt on a 390 px phone the fact\'s note is not squeezed by its padding',
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    run: async (page, baseUrl) => {
      // 98.36% has a note: it contradicts its own sentence.
      await page.goto(`${baseUrl}#/reader/${GAOZHOU}?start=${start}&end=${end}&mode=elder&size=30&contrast=high&lang=en`);
      const note = page.locator('.fact-details .note');
      await note.waitFor();
      const widths = await note.evaluate((element) => {
        const style = getComputedStyle(element);
        const text = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: Math.round(text), box: Math.round(element.parentElement!.getBoundingClientRect().width) };
      });
      assert.ok(widths.text >= 0.85 * widths.box, `the note leaves its text ${widths.text} px of ${widths.box}`);
      await note.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'reader-mobile-elder-note.png') });
    },
  },
  {
    name: 'on a 375 px phone the reader, quality and work-plan pages do not scroll sideways',
    context: { viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/reader/${GAOZHOU}?start=${start}&end=${end}`);
      await page.locator('mark.hl-mark--active').waitFor();
      await page.waitForTimeout(200);
      await noSidewaysScroll(page);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'reader-mobile.png') });
      await page.goto(`${baseUrl}#/quality`);
      await page.getByRole('article').first().waitFor();
      await noSidewaysScroll(page);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'quality-mobile.png') });
      await page.goto(`${baseUrl}#/work-plan?lang=en`);
      await page.getByRole('heading', { name: 'By unit' }).waitFor();
      await noSidewaysScroll(page);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'work-plan-mobile.png') });
    },
  },
];
