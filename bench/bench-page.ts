/**
 * What the bench's pages share: the page-side helpers (canvas ink, first
 * chart, switch and scroll timing), injected before any script of the page,
 * and a fresh browser context per page, so every load starts with a cold
 * cache. Used by run-bench.ts and compare-builds.ts.
 */
import type { Browser, Page } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 900 };

/** Page-side helpers: canvas ink and hash, first chart, switch and scroll timing. */
export const PAGE_HELPERS = `
window.__bench = {
  ink(canvas) {
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) return { ink: 0, hash: 0 };
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0, hash = 0;
    for (let i = 0; i < data.length; i += 64) if (data[i + 3] > 0) { ink++; hash = (hash * 31 + data[i] * 7 + data[i + 1] * 13 + data[i + 2] + i) | 0; }
    return { ink, hash };
  },
  canvas(selector) { return document.querySelector(selector); },
  firstChart(selector) {
    return new Promise((resolve) => {
      const tick = () => {
        const c = document.querySelector(selector);
        if (c && window.__bench.ink(c).ink > 200) resolve(performance.now());
        else requestAnimationFrame(tick);
      };
      tick();
    });
  },
  changed(selector, old, oldHash, t0) {
    return new Promise((resolve) => {
      const tick = () => {
        const c = document.querySelector(selector);
        if (c) {
          const now = window.__bench.ink(c);
          if (now.ink > 200 && (c !== old || now.hash !== oldHash)) return resolve(performance.now() - t0);
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  },
  scroll(selector, frames, step) {
    const el = document.querySelector(selector);
    return new Promise((resolve) => {
      const times = [];
      let last = performance.now();
      let n = 0;
      const tick = (t) => {
        times.push(t - last);
        last = t;
        el.scrollTop += step;
        if (++n < frames) requestAnimationFrame(tick);
        else resolve(times.slice(2));
      };
      requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
    });
  },
};
`;

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PAGE_HELPERS });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return page;
}

/** Navigation start → the first frame in which the canvas matched by `selector` has ink, in ms. */
export function firstChartMs(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => (window as unknown as { __bench: { firstChart: (s: string) => Promise<number> } }).__bench.firstChart(s), selector);
}

/**
 * Changes the app's indicator picker to `target` (as a reader's choice does: the select's value, then a
 * change event) and resolves with the ms until the chart matched by `selector` shows a different picture.
 */
export async function appSwitchMs(page: Page, target: string, selector: string): Promise<number> {
  // As a reader finds it: the picker lists the other indicators from the task after the first paint.
  await page.locator(`select.picker__select option[value="${target}"]`).waitFor({ state: 'attached' });
  return page.evaluate(
    ({ target, selector }) => {
      const bench = (window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench;
      const select = document.querySelector<HTMLSelectElement>('select.picker__select')!;
      const old = document.querySelector(selector);
      const oldHash = old ? (bench.ink!(old) as { hash: number }).hash : 0;
      const t0 = performance.now();
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, target);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return bench.changed!(selector, old, oldHash, t0) as Promise<number>;
    },
    { target, selector },
  );
}
