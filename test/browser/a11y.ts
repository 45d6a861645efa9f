import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS_DIR, slug, type BrowserTest } from './harness';

/**
 * Accessibility across every page, language, display mode and width: axe
 * (WCAG 2.0/2.1 A and AA, plus 7:1 text contrast in high contrast) reports
 * nothing, nothing scrolls sideways, 长者模式 has 18 pt text and 60 px targets,
 * and a keyboard alone reaches a quote. Screenshots go to artifacts/a11y-*.
 *
 * Four runs cover every page in every mode at least once: zh and en, normal and
 * 长者模式 + high contrast, 1280 and 375 px. Pages load a few at a time in one
 * browser context to keep the suite within a few minutes on two cores.
 */

/** 高州's report, the curated document with the most facts: the reader pages here and in a11y-states.ts open it. */
export const GAOZHOU = '001_3f0a2276b96b94a9';
export const sourceText = readFileSync(path.resolve('public/data/sources', `${GAOZHOU}.txt`), 'utf8');
const QUOTE = '工单总体办结率为99.5%';
const quoteStart = sourceText.indexOf(QUOTE);

const routesFile = readFileSync(path.resolve('src/app/feature-routes.tsx'), 'utf8');

/** Every page of the app, by hash route. Heavy pages (long documents, hundreds of facts) take axe several seconds. */
export const PAGES: Array<{ name: string; hash: string; heavy?: boolean }> = [
  { name: 'overview', hash: '#/' },
  { name: 'explore', hash: '#/explore' },
  { name: 'explore-line', hash: '#/explore?chart=line' },
  { name: 'jurisdictions', hash: '#/jurisdiction' },
  { name: 'profile', hash: '#/jurisdiction/440981', heavy: true },
  { name: 'compare', hash: '#/compare?j=440981,440300' },
  { name: 'reader-index', hash: '#/reader' },
  { name: 'reader', hash: `#/reader/${GAOZHOU}?start=${quoteStart}&end=${quoteStart + QUOTE.length}`, heavy: true },
  { name: 'quality', hash: '#/quality', heavy: true },
  { name: 'work-plan', hash: '#/work-plan', heavy: true },
  { name: 'import', hash: '#/import' },
  ...(routesFile.includes("path: 'briefings'") ? [{ name: 'briefings', hash: '#/briefings' }] : []),
];

export interface Mode {
  language: 'zh' | 'en';
  elder: boolean;
  highContrast: boolean;
  size?: number;
  width: 1280 | 375;
  /**
   * Which pages axe scans in this mode. Every page gets every other check in every mode; to stay
   * within a few minutes on two cores, the English runs split the pages between them, so each page
   * is still scanned in Chinese and in English, normal and 长者模式 + high contrast, 1280 and 375 px.
   */
  axe: 'all' | 'light' | 'heavy';
}

const MODES: Mode[] = [
  { language: 'zh', elder: false, highContrast: false, width: 1280, axe: 'all' },
  { language: 'zh', elder: true, highContrast: true, size: 18, width: 375, axe: 'all' },
  { language: 'en', elder: false, highContrast: false, width: 375, axe: 'light' },
  { language: 'en', elder: true, highContrast: true, size: 24, width: 1280, axe: 'heavy' },
];

export const modeName = (mode: Mode) =>
  `${mode.language}-${mode.elder ? `elder${mode.size}` : 'normal'}${mode.highContrast ? '-contrast' : ''}-${mode.width}`;

export const contextFor = (mode: Pick<Mode, 'width'>) =>
  mode.width === 375
    ? { viewport: { width: 375, height: 800 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }
    : { viewport: { width: 1280, height: 900 } };

export function pageUrl(baseUrl: string, hash: string, mode: Pick<Mode, 'language' | 'elder' | 'highContrast' | 'size'>): string {
  const params = new URLSearchParams();
  if (mode.language === 'en') params.set('lang', 'en');
  if (mode.elder) {
    params.set('mode', 'elder');
    params.set('size', String(mode.size ?? 18));
  }
  if (mode.highContrast) params.set('contrast', 'high');
  const extra = params.toString();
  if (!extra) return `${baseUrl}${hash}`;
  return `${baseUrl}${hash}${hash.includes('?') ? '&' : '?'}${extra}`;
}

/** Waits until the page has its data: no request in flight, no "loading" status left, charts drawn. */
export async function settle(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(
      () => ![...document.querySelectorAll('[role="status"], .chart__loading')].some((e) => /加载|Loading/i.test(e.textContent ?? '')),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined); // a page that keeps a status is still checked by axe below
  if ((await page.locator('figure.chart').count()) > 0) await page.locator('figure.chart canvas').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(150);
}

export function formatViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`)
        .join('\n');
      return `    [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes}`;
    })
    .join('\n');
}

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe on the page as it is now: WCAG 2.0/2.1 A and AA, and in high contrast 7:1 text contrast too. */
export async function axeProblems(page: Page, mode: Pick<Mode, 'highContrast'>): Promise<string[]> {
  const problems: string[] = [];
  const axe = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: WCAG_AA }, resultTypes: ['violations'] }).analyze();
  if (axe.violations.length > 0) problems.push(`axe (WCAG 2.1 AA):\n${formatViolations(axe.violations)}`);
  if (mode.highContrast) {
    const enhanced = await new AxeBuilder({ page }).options({ runOnly: { type: 'rule', values: ['color-contrast-enhanced'] }, resultTypes: ['violations'] }).analyze();
    if (enhanced.violations.length > 0) problems.push(`axe (7:1 contrast in high contrast):\n${formatViolations(enhanced.violations)}`);
  }
  problems.push(...(await tableTextProblems(page, mode)));
  return problems;
}

/**
 * The contrast of the text in scrolling tables. axe cannot tell the colour behind text that sits on a
 * gradient, and .table-scroll draws its scroll shadows with gradients, so it left every table's text
 * unchecked ("incomplete", never a violation). Here the region's background is its plain panel colour,
 * what the text sits on away from the scrolled edges, while axe checks the text inside it.
 */
async function tableTextProblems(page: Page, mode: Pick<Mode, 'highContrast'>): Promise<string[]> {
  if ((await page.locator('.table-scroll').count()) === 0) return [];
  const plain = await page.addStyleTag({ content: '.table-scroll { background: var(--paper) !important; }' });
  try {
    const rules = mode.highContrast ? ['color-contrast', 'color-contrast-enhanced'] : ['color-contrast'];
    const axe = await new AxeBuilder({ page }).include('.table-scroll').options({ runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] }).analyze();
    return axe.violations.length > 0 ? [`axe (text in scrolling tables):\n${formatViolations(axe.violations)}`] : [];
  } finally {
    await plain.evaluate((element) => (element as Element).remove());
  }
}

/** Every check for one page in one mode; returns the problems found, one line each. */
async function checkPage(context: BrowserContext, baseUrl: string, target: (typeof PAGES)[number], mode: Mode): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const t0 = Date.now();
    await page.goto(pageUrl(baseUrl, target.hash, mode));
    await settle(page);
    const t1 = Date.now();

    const scan = mode.axe === 'all' || (mode.axe === 'heavy') === Boolean(target.heavy);
    if (scan) problems.push(...(await axeProblems(page, mode)));

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`page is ${overflow}px wider than the ${mode.width}px viewport`);

    // A table squeezed into a phone keeps its page from scrolling sideways by wrapping a column to one
    // character a line (the quality page's quotes once did): no cell of three or more characters may be
    // narrower than one and a half characters of its own text. Its region scrolls instead.
    const squeezed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('table td, table th')]
        .filter((cell) => (cell.textContent ?? '').trim().length >= 3 && cell.getClientRects().length > 0 && !cell.closest('[aria-hidden="true"]'))
        .map((cell) => {
          const style = getComputedStyle(cell);
          const content = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { cell, content, fontPx: parseFloat(style.fontSize) };
        })
        .filter(({ content, fontPx }) => content < fontPx * 1.5)
        .slice(0, 5)
        .map(({ cell, content }) => `${cell.tagName.toLowerCase()} "${(cell.textContent ?? '').trim().slice(0, 20)}" ${Math.round(content)}px wide`),
    );
    if (squeezed.length > 0) problems.push(`table cells squeezed to a character a line:\n      ${squeezed.join('\n      ')}`);

    // A placeholder is an example of what to type: cut off at the field's edge it reads as something else
    // ("依申请么"). Measured in the field's own font, against the room inside its padding.
    const clipped = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')]
        .filter((field) => field.placeholder && field.getClientRects().length > 0 && !(field instanceof HTMLTextAreaElement))
        .map((field) => {
          const style = getComputedStyle(field);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          return { text: field.placeholder, need: context.measureText(field.placeholder).width, room: field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
        })
        .filter(({ need, room }) => need > room + 1)
        .map(({ text, need, room }) => `"${text}" needs ${Math.round(need)}px, has ${Math.round(room)}px`);
    });
    if (clipped.length > 0) problems.push(`placeholders cut off:\n      ${clipped.join('\n      ')}`);

    const html = await page.evaluate(() => { const e = document.documentElement; return { lang: e.lang, mode: e.dataset.mode, contrast: e.dataset.contrast }; });
    if (html.lang !== (mode.language === 'zh' ? 'zh-CN' : 'en')) problems.push(`<html lang> is "${html.lang}"`);
    if ((html.mode === 'elder') !== mode.elder) problems.push(`<html data-mode> is "${html.mode}"`);
    if ((html.contrast === 'high') !== mode.highContrast) problems.push(`<html data-contrast> is "${html.contrast}"`);

    if (mode.elder) {
      const bodyPx = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      const wantPx = ((mode.size ?? 18) * 4) / 3;
      if (bodyPx < wantPx - 0.5) problems.push(`body text is ${bodyPx}px, below ${mode.size} pt (${wantPx}px)`);
      // No visible text on the page is smaller than that either (chart text is drawn on canvas and scaled separately).
      const smallText = await page.evaluate((minPx) => {
        const found = new Map<string, number>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || !(node.textContent ?? '').trim() || element.closest('[aria-hidden="true"], canvas, svg')) continue;
          const style = getComputedStyle(element);
          const px = parseFloat(style.fontSize);
          if (px >= minPx || element.getClientRects().length === 0 || style.visibility === 'hidden') continue;
          const named = element.closest('[class]');
          const key = `${element.tagName.toLowerCase()} in ${named ? `${named.tagName.toLowerCase()}.${[...named.classList].join('.')}` : 'body'} (${px}px)`;
          found.set(key, (found.get(key) ?? 0) + 1);
        }
        return [...found].slice(0, 10).map(([key, count]) => `${key} ×${count}`);
      }, wantPx - 0.5);
      if (smallText.length > 0) problems.push(`text smaller than ${mode.size} pt:\n      ${smallText.join('\n      ')}`);
      // Every visible control is at least 60 px tall (工信部 适老化: touch targets ≥ 60 × 60 px).
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, select, summary, a.button, [role="tab"], input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"])')]
          .filter((e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed')
          .map((e) => ({ e, box: e.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.height < 59.5 || box.width < 59.5))
          .slice(0, 8)
          .map(({ e, box }) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 24)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      if (small.length > 0) problems.push(`controls smaller than 60×60 px:\n      ${small.join('\n      ')}`);
    }
    const t2 = Date.now();
    // The first screens of the page: enough to see the layout, without encoding 40 000 px of a long document.
    const height = await page.evaluate(() => Math.min(document.documentElement.scrollHeight, 5000));
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, `a11y-${modeName(mode)}-${slug(target.name)}.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width: mode.width, height },
    });
    if (process.env.A11Y_TIMING) console.log(`    ${modeName(mode)} ${target.name}: load ${t1 - t0} checks ${t2 - t1} shot ${Date.now() - t2}`);
  } catch (error) {
    problems.push(`failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await page.close();
  }
  return problems.map((p) => `  ${target.name}: ${p}`);
}

/** Runs `work` over the items, at most `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

const PARALLEL_PAGES = Number(process.env.A11Y_PARALLEL ?? 2);

const pageTests: BrowserTest[] = MODES.map((mode) => ({
  name: `every page passes axe and the layout checks: ${modeName(mode)}`,
  context: contextFor(mode),
  run: async (page, baseUrl) => {
    const results = await inBatches(PAGES, PARALLEL_PAGES, (target) => checkPage(page.context(), baseUrl, target, mode));
    const problems = results.flat();
    assert.equal(problems.length, 0, `${problems.length} problem(s) in ${modeName(mode)}:\n${problems.join('\n')}`);
  },
}));

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return `${e?.tagName.toLowerCase()}#${e?.id} ${e?.getAttribute('aria-label') ?? ''} ${(e?.textContent ?? '').trim().slice(0, 40)}`;
  });
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, matches: () => Promise<boolean>, what: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}; focus is on ${await focusedText(page)}`);
}

/** The smallest phone the app is laid out for. */
const PHONE_360 = { viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/**
 * Links that are targets of their own, not words in running prose: each page's, by selector. In 长者模式 each is
 * at least 44 px tall to a finger (checked by where a tap lands, not by the link's box).
 */
const STANDALONE_LINKS: Array<{ name: string; hash: string; selector: string }> = [
  { name: 'overview', hash: '#/', selector: '.headline-card h4 a, .headline-value__meta a, .headline-card__more a, .coverage-table th a' },
  { name: 'jurisdictions', hash: '#/jurisdiction', selector: '.directory a' },
  { name: 'reader-index', hash: '#/reader', selector: '.reader-list__title a' },
  { name: 'reader', hash: `#/reader/${GAOZHOU}`, selector: '.reader__header a' },
  { name: 'work-plan', hash: '#/work-plan', selector: '.work-plan__source a, .work-plan__headings a, .work-plan__links a' },
];

/**
 * Every link matching `selector`, line by line: a tap 21 px above and below the middle of each line of its text
 * lands on the link (a 44 px target centred on the text, less a pixel for the scroll position's rounding); and
 * where the link is inline, its padding takes no room (its paragraph is as tall without it). Returns how many
 * links were checked and the problems found.
 */
function checkLinkTargets(selector: string): { count: number; problems: string[] } {
  const problems: string[] = [];
  const links = [...document.querySelectorAll<HTMLAnchorElement>(selector)].filter((a) => a.getClientRects().length > 0);
  for (const link of links) {
    const name = `"${(link.textContent ?? '').trim().slice(0, 20)}"`;
    link.scrollIntoView({ block: 'center' });
    const text = document.createRange();
    text.selectNodeContents(link);
    for (const line of [...text.getClientRects()].filter((r) => r.width >= 1)) {
      const x = line.left + line.width / 2;
      const y = line.top + line.height / 2;
      const missed = [-21, 21].filter((dy) => document.elementFromPoint(x, y + dy)?.closest('a') !== link);
      if (missed.length > 0) {
        const hit = document.elementFromPoint(x, y + missed[0]!);
        problems.push(`${name}: a tap ${missed[0]} px from its text's middle lands on ${hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing'}`);
        break;
      }
    }
    if (getComputedStyle(link).display === 'inline' && link.parentElement) {
      const parent = link.parentElement;
      const height = parent.getBoundingClientRect().height;
      link.style.paddingBlock = '0';
      const without = parent.getBoundingClientRect().height;
      link.style.paddingBlock = '';
      if (Math.abs(height - without) > 0.5) problems.push(`${name}: its target makes its line ${Math.round(height - without)} px taller`);
    }
  }
  return { count: links.length, problems };
}

/**
 * Words split across two lines though they fit on one, in <main>: each run of Latin letters, digits and their
 * punctuation (up to a space, a Chinese character or after a hyphen or dash, where a line may break) drawn on
 * more than one line while no wider than the line it is in. The line is the nearest block around the text,
 * less the padding and border of inline blocks in between (a pill, a button). Left out: text laid out as a
 * flex or grid item of its own (its share of the line is not known), tables (they scroll in their own
 * region) and the reader's folded page chrome (the original page's markup, broken anywhere on purpose).
 */
function splitWords(): string[] {
  const found: string[] = [];
  const unit = /[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2010-\u2014-]+[\u2010-\u2014-]?/gu;
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.getClientRects().length === 0) continue;
    if (parent.closest('[aria-hidden="true"], .visually-hidden, table, .chrome, details:not([open]) > :not(summary)')) continue;
    let box: HTMLElement | null = parent;
    let inset = 0;
    while (box && /^inline(-block)?$/.test(getComputedStyle(box).display)) {
      const style = getComputedStyle(box);
      if (style.display === 'inline-block') {
        inset += parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
      }
      box = box.parentElement;
    }
    if (!box || /flex|grid/.test(getComputedStyle(box).display)) continue;
    const style = getComputedStyle(box);
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - inset;
    for (const match of node.data.matchAll(unit)) {
      if (!/[A-Za-z0-9].*[A-Za-z0-9]/.test(match[0])) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (new Set(rects.map((r) => Math.round(r.top))).size > 1 && width <= room - 0.5) {
        found.push(`"${match[0]}" (${Math.round(width)} px) in ${box.tagName.toLowerCase()}${box.className ? `.${[...box.classList].join('.')}` : ''} (${Math.round(room)} px)`);
      }
    }
  }
  return found;
}

/**
 * Boxes in <main> whose content sticks out of them sideways, or that reach past the screen's edge, outside a
 * region that scrolls on its own (a table's). Inputs are left out: their text scrolls inside them.
 */
function overflowingBoxes(): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('main *')) {
    if (element.getClientRects().length === 0 || element.closest('[aria-hidden="true"], .visually-hidden, input, select, textarea, details:not([open]) > :not(summary)')) continue;
    let scroller: HTMLElement | null = element.parentElement;
    while (scroller && !/auto|scroll|hidden|clip/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
    if (scroller && scroller.tagName !== 'MAIN' && scroller !== document.body && scroller !== document.documentElement) continue;
    const style = getComputedStyle(element);
    const name = `${element.tagName.toLowerCase()}${element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''}`;
    if (style.display !== 'inline' && style.overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${name}: its content is ${element.scrollWidth} px in ${element.clientWidth} px`);
    }
    const box = element.getBoundingClientRect();
    if (box.right > window.innerWidth + 1 || box.left < -1) found.push(`${name}: from ${Math.round(box.left)} to ${Math.round(box.right)} px of ${window.innerWidth}`);
  }
  return found;
}

/** The part of the phone's navigation row between `from` and `to` px from its left edge, as drawn, and as drawn without the fade. */
async function navStrip(page: Page, from: number, to: number): Promise<{ drawn: Buffer; unfaded: Buffer }> {
  const list = page.locator('.shell__nav ul');
  const box = (await list.boundingBox())!;
  const clip = { x: box.x + (from < 0 ? box.width + from : from), y: box.y, width: to - from, height: box.height };
  const drawn = await page.screenshot({ clip });
  await list.evaluate((e) => {
    e.style.setProperty('mask-image', 'none');
    e.style.setProperty('-webkit-mask-image', 'none');
  });
  const unfaded = await page.screenshot({ clip });
  await list.evaluate((e) => {
    e.style.removeProperty('mask-image');
    e.style.removeProperty('-webkit-mask-image');
  });
  return { drawn, unfaded };
}

export const a11yTests: BrowserTest[] = [
  ...pageTests,
  {
    name: '长者模式 on a 360 px phone: links that stand alone are 44 px touch targets, and their lines keep their spacing',
    context: PHONE_360,
    run: async (page, baseUrl) => {
      const problems: string[] = [];
      for (const target of STANDALONE_LINKS) {
        await page.goto(pageUrl(baseUrl, target.hash, { language: 'zh', elder: true, highContrast: false, size: 18 }));
        await settle(page);
        const result = await page.evaluate(checkLinkTargets, target.selector);
        if (result.count === 0) problems.push(`${target.name}: no link matches ${target.selector}`);
        problems.push(...result.problems.slice(0, 6).map((p) => `${target.name}: ${p}`));
      }
      assert.equal(problems.length, 0, `links under 44 px to a finger:\n  ${problems.join('\n  ')}`);
      await page.goto(pageUrl(baseUrl, '#/', { language: 'zh', elder: true, highContrast: false, size: 18 }));
      await settle(page);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'a11y-link-targets-zh-elder18-360.png'), fullPage: true, clip: { x: 0, y: 0, width: 360, height: 2400 } });
    },
  },
  {
    name: '长者模式 at its largest text (30 pt) on a 375 px phone: no page scrolls sideways (zh and en)',
    context: contextFor({ width: 375 }),
    run: async (page, baseUrl) => {
      const problems: string[] = [];
      for (const language of ['zh', 'en'] as const) {
        for (const target of language === 'zh' ? PAGES : PAGES.filter((p) => ['overview', 'compare', 'briefings', 'explore'].includes(p.name))) {
          await page.goto(pageUrl(baseUrl, target.hash, { language, elder: true, highContrast: false, size: 30 }));
          await settle(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) problems.push(`${language} ${target.name}: ${overflow} px wider than the screen`);
        }
      }
      assert.equal(problems.length, 0, problems.join('\n'));
    },
  },
  {
    name: '长者模式 at its largest text (30 pt) on a 375 px phone: the header leaves the page room, its tools share a row, the skip link is out of view (zh and en)',
    context: contextFor({ width: 375 }),
    run: async (page, baseUrl) => {
      for (const language of ['zh', 'en'] as const) {
        await page.goto(pageUrl(baseUrl, '#/explore', { language, elder: true, highContrast: false, size: 30 }));
        await settle(page);
        const layout = await page.evaluate(() => {
          const [header, language, settings, skipLink] = ['header', '.shell__tools > button', '.display-settings__menu', '.skip-link'].map(
            (selector) => document.querySelector(selector)!.getBoundingClientRect(),
          );
          return { header: header!.bottom, screen: window.innerHeight, language: language!.top, settings: settings!.top, skipLink: skipLink!.bottom };
        });
        // Before: three 60 px buttons one per row and the long dataset line, 997 px (zh) and 1,451 px (en) of an 800 px screen.
        assert.ok(layout.header <= 0.7 * layout.screen, `${language}: the header ends at ${Math.round(layout.header)} px of ${layout.screen}`);
        assert.equal(layout.language, layout.settings, `${language}: the language switch and the settings are not in one row`);
        assert.ok(layout.skipLink <= 0, `${language}: the skip link shows ${Math.round(layout.skipLink)} px while not focused`);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-header-${language}-elder30-375.png`) });
      }
    },
  },
  {
    // Before: at 30 pt the header was 537 px of the 844 (zh), its buttons and links 96 px tall for 60 px targets,
    // and the overview's heading sat under it with the intro's first line on the next screen.
    name: '长者模式 on a 390 × 844 phone (18 and 30 pt): the header is compact, its text at the chosen size, and the first screen shows the page heading and its first lines (zh and en)',
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
    run: async (page, baseUrl) => {
      const problems: string[] = [];
      for (const language of ['zh', 'en'] as const) {
        for (const size of [18, 30] as const) {
          const label = `${language} ${size} pt`;
          await page.goto(pageUrl(baseUrl, '#/', { language, elder: true, highContrast: false, size }));
          await settle(page);
          const layout = await page.evaluate(() => {
            const header = document.querySelector('header')!;
            const heading = document.querySelector('main h2')!;
            const intro = heading.nextElementSibling!;
            // The header's smallest text, as drawn.
            let smallest = Infinity;
            const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const element = node.parentElement!;
              if ((node.textContent ?? '').trim() && element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"], .skip-link')) {
                smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize));
              }
            }
            return {
              header: header.getBoundingClientRect().bottom,
              screen: window.innerHeight,
              heading: heading.getBoundingClientRect().bottom,
              introLine: intro.getBoundingClientRect().top + parseFloat(getComputedStyle(intro).lineHeight),
              smallest,
              bodyPx: parseFloat(getComputedStyle(document.body).fontSize),
            };
          });
          // After: 251 px (zh) and 199 px (en) at 30 pt, 179 px at 18 pt.
          if (layout.header > 0.35 * layout.screen) problems.push(`${label}: the header ends at ${Math.round(layout.header)} px of ${layout.screen}`);
          if (layout.heading > layout.screen || layout.introLine > layout.screen) {
            problems.push(`${label}: the heading ends at ${Math.round(layout.heading)} px and the intro's first line at ${Math.round(layout.introLine)} px of ${layout.screen}`);
          }
          if (layout.bodyPx < (size * 4) / 3 - 0.5) problems.push(`${label}: body text is ${layout.bodyPx} px`);
          if (layout.smallest < (size * 4) / 3 - 0.5) problems.push(`${label}: header text as small as ${layout.smallest} px`);
          // Every page link is still in the header, reachable by touch and keyboard.
          const links = await page.getByRole('navigation', { name: language === 'zh' ? '主导航' : 'Main navigation' }).getByRole('link').count();
          if (links !== 9) problems.push(`${label}: ${links} page links in the navigation`);
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-header-${language}-elder${size}-390.png`) });
        }
      }
      assert.equal(problems.length, 0, problems.join('\n'));
    },
  },
  {
    // Before: rem margins and padding (40 px at 30 pt) left a panel's text 268 of the 390 px and English headings
    // were 52 px, so overflow-wrap: anywhere split the words that no longer fitted ("Overvie / w", "Jurisdictio /
    // ns"), and the explorer's tabs stuck out of their panel.
    name: '长者模式 at 30 pt on a 390 × 844 phone: no word that fits its line is split ("Overview" is one line), and nothing sticks out sideways (every page, en and zh)',
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
    run: async (page, baseUrl) => {
      const problems: string[] = [];
      for (const language of ['en', 'zh'] as const) {
        for (const target of PAGES) {
          await page.goto(pageUrl(baseUrl, target.hash, { language, elder: true, highContrast: false, size: 30 }));
          await settle(page);
          const label = `${language} ${target.name}`;
          if (target.name === 'overview') {
            const heading = await page.locator('#overview-heading').evaluate((h) => {
              const range = document.createRange();
              range.selectNodeContents(h);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
              return { text: h.textContent ?? '', lines, room: h.clientWidth, screen: window.innerWidth };
            });
            if (heading.lines !== 1) problems.push(`${label}: the heading "${heading.text}" takes ${heading.lines} lines`);
            // The panel's margins and padding are the phone's, not the text's: its text has most of the width.
            if (heading.room < 0.85 * heading.screen) problems.push(`${label}: the panel leaves its text ${heading.room} px of ${heading.screen}`);
            // From the top: a change of the hash alone (from the last page of the other language) keeps the scroll.
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-words-${language}-elder30-390.png`) });
          }
          problems.push(...(await page.evaluate(splitWords)).slice(0, 5).map((p) => `${label}: split ${p}`));
          // A page's English headings come down toward the body size on a phone, so their words fit whole, even
          // "contradictions" (at 52 px, "Jurisdictions" alone was wider than a panel's line).
          if (language === 'en') {
            const headings = await page.locator('main h2').evaluateAll((all) =>
              all.flatMap((h) => {
                const split: string[] = [];
                const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
                  // Latin words: up to a space or a Chinese character, or after a hyphen or dash, where a line may break.
                  for (const match of node.data.matchAll(/[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2010-\u2014-]+[\u2010-\u2014-]?/gu)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
                    if (lines > 1) split.push(`"${match[0]}" in "${(h.textContent ?? '').trim()}"`);
                  }
                }
                return split;
              }),
            );
            problems.push(...headings.slice(0, 5).map((p) => `${label}: heading word split: ${p}`));
          }
          problems.push(...(await page.evaluate(overflowingBoxes)).slice(0, 5).map((p) => `${label}: ${p}`));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${label}: the page is ${overflow} px wider than the screen`);
        }
      }
      assert.equal(problems.length, 0, problems.join('\n'));
    },
  },
  {
    name: 'the reader on a 360 px phone: the placeholder of the find field fits, its examples show below it, and no keyboard shortcuts are offered',
    context: PHONE_360,
    run: async (page, baseUrl) => {
      for (const mode of [
        { language: 'zh', elder: true, highContrast: false, size: 18 },
        { language: 'en', elder: true, highContrast: false, size: 18 },
        { language: 'zh', elder: false, highContrast: false },
      ] as const) {
        await page.goto(pageUrl(baseUrl, `#/reader/${GAOZHOU}`, mode));
        const input = page.getByRole('searchbox');
        await input.waitFor();
        const fit = await input.evaluate((e: HTMLInputElement) => {
          const style = getComputedStyle(e);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          return { text: context.measureText(e.placeholder).width, room: e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
        });
        assert.ok(fit.text <= fit.room, `${mode.language}${mode.elder ? ' 长者模式' : ''}: the placeholder is ${Math.round(fit.text)} px in ${Math.round(fit.room)} px`);
        const hint = await input.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
        assert.match(hint, /12345/, 'the field describes what can be found');
        assert.ok(await page.getByText(hint).isVisible(), 'the examples are not shown');
        assert.equal(await page.locator('.reader__hint').isVisible(), false, 'the keyboard shortcuts are offered on a touch screen');
      }
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'a11y-reader-find-zh-360.png') });
    },
  },
  {
    name: 'the reader with a mouse offers its keyboard shortcuts',
    context: { viewport: { width: 1280, height: 900 } },
    run: async (page, baseUrl) => {
      await page.goto(pageUrl(baseUrl, `#/reader/${GAOZHOU}`, { language: 'zh', elder: false, highContrast: false }));
      await page.getByRole('searchbox').waitFor();
      assert.ok(await page.locator('.reader__hint').isVisible(), 'the keyboard shortcuts are hidden with a mouse');
    },
  },
  {
    name: 'on a 360 px phone the page links fade out at an edge with more beyond it, never at the first or last link (normal, 长者模式 + high contrast)',
    context: PHONE_360,
    run: async (page, baseUrl) => {
      for (const mode of [
        { language: 'zh', elder: false, highContrast: false },
        { language: 'zh', elder: true, highContrast: true, size: 18 },
      ] as const) {
        const label = mode.elder ? '长者模式 + high contrast' : 'normal';
        await page.goto(pageUrl(baseUrl, '#/work-plan', mode));
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        const list = page.locator('.shell__nav ul');
        // Overlay scroll bars come and go on their own; they are not what is checked.
        await list.evaluate((e) => e.style.setProperty('scrollbar-width', 'none'));
        const scrollTo = (where: 'start' | 'end' | 'cut-right' | 'cut-left') =>
          list.evaluate((e, to) => {
            e.scrollLeft = 0;
            if (to === 'end') e.scrollLeft = e.scrollWidth;
            else if (to !== 'start') {
              // The fourth link straddles the edge.
              const link = e.querySelectorAll('a')[3]!.getBoundingClientRect();
              const row = e.getBoundingClientRect();
              e.scrollLeft = link.left + link.width / 2 - (to === 'cut-right' ? row.right : row.left);
            }
            return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          }, where);
        // Inside the narrower fade at each edge (16 and 40 px in normal mode, 24 and 44 in 长者模式).
        const startStrip = () => navStrip(page, 0, 12);
        const endStrip = () => navStrip(page, -36, 0);
        await scrollTo('start');
        let strip = await startStrip();
        assert.ok(strip.drawn.equals(strip.unfaded), `${label}: the first link is dimmed at the start`);
        strip = await endStrip();
        assert.ok(!strip.drawn.equals(strip.unfaded), `${label}: nothing shows that more links lie to the right`);
        await scrollTo('cut-right');
        strip = await endStrip();
        assert.ok(!strip.drawn.equals(strip.unfaded), `${label}: a link cut off at the right edge is not faded`);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `a11y-nav-fade-${mode.elder ? 'elder18-contrast' : 'normal'}-360.png`), clip: { x: 0, y: 0, width: 360, height: 400 } });
        await scrollTo('cut-left');
        strip = await startStrip();
        assert.ok(!strip.drawn.equals(strip.unfaded), `${label}: a link cut off at the left edge is not faded`);
        await scrollTo('end');
        strip = await endStrip();
        assert.ok(strip.drawn.equals(strip.unfaded), `${label}: the last link is dimmed at the end`);
      }
    },
  },
  {
    name: 'a keyboard alone: skip link, indicator picker, a quote opened with Enter (长者模式, 375 px)',
    context: contextFor({ width: 375 }),
    run: async (page, baseUrl) => {
      await page.goto(pageUrl(baseUrl, '#/explore', { language: 'zh', elder: true, highContrast: false, size: 18 }));
      await page.getByRole('table').first().waitFor();
      // The first Tab lands on the skip link, visibly.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到主要内容' });
      assert.ok(await skip.evaluate((e) => e === document.activeElement), `first Tab is on ${await focusedText(page)}`);
      const skipBox = await skip.boundingBox();
      assert.ok(skipBox && skipBox.y >= 0 && skipBox.height > 0, 'the focused skip link is not visible');
      await page.keyboard.press('Enter');
      // Bounded waits rather than one sample: under load the focus and the re-render land a frame later.
      await page
        .waitForFunction(() => document.activeElement?.id === 'main', undefined, { timeout: 5000 })
        .catch(() => assert.fail('the skip link does not move focus to <main>'));
      // From <main>, Tab reaches the indicator picker and the arrow keys change the indicator.
      const picker = page.getByRole('combobox', { name: /^指标/ });
      await tabUntil(page, () => picker.evaluate((e) => e === document.activeElement), 'the indicator picker');
      const before = await picker.inputValue();
      const outline = await picker.evaluate((e) => getComputedStyle(e).outlineStyle);
      assert.notEqual(outline, 'none', 'the focused picker shows no focus outline');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((old) => !location.hash.includes(`indicator=${old}`) && location.hash.includes('indicator='), before);
      await page
        .waitForFunction((old) => (document.activeElement as HTMLSelectElement | null)?.value !== old, before, { timeout: 5000 })
        .catch(() => assert.fail('ArrowDown did not change the indicator'));
      await page.getByRole('table').first().waitFor();
      // Tab on to the first "查看出处" button and open the quote with Enter.
      const sourceButton = page.getByRole('button', { name: '查看出处' }).first();
      await sourceButton.waitFor();
      await tabUntil(page, () => sourceButton.evaluate((e) => e === document.activeElement), 'a “查看出处” button', 120);
      await page.keyboard.press('Enter');
      await page.locator('.source-detail mark').waitFor();
      assert.match(page.url(), /obs=/);
      // The quoted sentence itself is brought on screen, not just its panel's heading on the last line.
      await page
        .waitForFunction(
          () => {
            const box = document.querySelector('.source-detail mark')?.getBoundingClientRect();
            return box !== undefined && box.top >= 0 && box.top < window.innerHeight - 40;
          },
          undefined,
          { timeout: 5000 },
        )
        .catch(async () => assert.fail(`the quote is off screen (top ${await page.locator('.source-detail mark').evaluate((e) => e.getBoundingClientRect().top)} of ${await page.evaluate(() => window.innerHeight)})`));
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'a11y-keyboard-quote-zh-elder-375.png'), fullPage: false });
    },
  },
  {
    name: '长者模式 and high contrast are switched in the header by touch, remembered, and in the link',
    context: contextFor({ width: 375 }),
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/explore`);
      await page.getByRole('table').first().waitFor();
      const normalPx = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      assert.equal(normalPx, 16);
      await page.getByRole('button', { name: '长者模式' }).tap();
      await page.waitForFunction(() => document.documentElement.dataset.mode === 'elder');
      assert.match(page.url(), /mode=elder/);
      // On a phone the toggle moves into the settings (its short label 设置), which open to show where it went.
      const toggle = page.getByRole('button', { name: '长者模式' });
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      assert.ok(await toggle.evaluate((button) => button.closest('details')?.open === true), 'the toggle is not in the open settings');
      assert.ok(await toggle.evaluate((button) => button === document.activeElement), 'the toggle lost the focus');
      // The largest size (30 pt = 40 px) and high contrast from the settings menu.
      await page.getByRole('radio', { name: '30 磅' }).tap();
      await page.getByRole('checkbox', { name: '高对比度' }).tap();
      await page.waitForFunction(() => document.documentElement.dataset.contrast === 'high');
      assert.equal(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), 40);
      assert.match(page.url(), /size=30/);
      assert.match(page.url(), /contrast=high/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `at 30 pt the page is ${overflow}px wider than the viewport`);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'a11y-settings-zh-elder30-contrast-375.png'), fullPage: false });
      // Navigation keeps it, and a fresh visit without parameters remembers it.
      await page.keyboard.press('Escape');
      await page.goto(`${baseUrl}#/reader`);
      await page.waitForFunction(() => document.documentElement.dataset.mode === 'elder' && document.documentElement.dataset.contrast === 'high');
      await page.getByText('设置', { exact: true }).tap();
      await page.getByRole('button', { name: '长者模式' }).tap();
      await page.waitForFunction(() => document.documentElement.dataset.mode === undefined);
      assert.equal(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), 16);
    },
  },
  {
    name: 'on a phone in 长者模式 the page links are one row that scrolls, the current page in view',
    context: contextFor({ width: 375 }),
    run: async (page, baseUrl) => {
      await page.goto(`${baseUrl}#/work-plan?mode=elder`);
      const nav = page.getByRole('navigation', { name: '主导航' });
      const current = nav.getByRole('link', { name: '任务分工' });
      await current.waitFor();
      await page.waitForFunction(() => document.documentElement.dataset.mode === 'elder');
      const row = await nav.locator('ul').evaluate((list) => {
        const tops = new Set([...list.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top)));
        return { rows: tops.size, height: list.getBoundingClientRect().height, scrolls: list.scrollWidth > list.clientWidth };
      });
      assert.equal(row.rows, 1, 'the links wrap onto several rows');
      assert.ok(row.scrolls, 'the row does not scroll');
      assert.ok(row.height < 100, `the navigation is ${row.height}px tall`);
      const box = (await current.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 375, `the current page's link is off screen (x ${box.x})`);
      // Every link stays reachable: the last one scrolls into view.
      await nav.getByRole('link', { name: '概览' }).scrollIntoViewIfNeeded();
      const first = (await nav.getByRole('link', { name: '概览' }).boundingBox())!;
      assert.ok(first.x >= 0, 'the first link cannot be scrolled to');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
    },
  },
];
