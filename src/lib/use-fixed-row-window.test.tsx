import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_ROW_WINDOW, fixedRowWindow, useFixedRowWindow, type RowWindow } from './use-fixed-row-window';

const base = { count: 1000, rowHeight: 40, overscan: 5, scrollTop: 0, viewportHeight: 400 };

describe('fixedRowWindow', () => {
  it('renders the rows in view plus the overscan below them at the top', () => {
    // 400 px show rows 0–9; 5 more below, none above row 0.
    expect(fixedRowWindow(base)).toEqual({ first: 0, last: 14, paddingTop: 0, paddingBottom: 985 * 40 });
  });

  it('moves with scrollTop, keeping the overscan on both sides and the spacers equal to the rows left out', () => {
    // scrollTop 1000 = row 25 at the top; 400 px later row 34 is the last in view.
    const window = fixedRowWindow({ ...base, scrollTop: 1000 });
    expect(window).toEqual({ first: 20, last: 39, paddingTop: 20 * 40, paddingBottom: (1000 - 40) * 40 });
    expect(window.paddingTop + (window.last - window.first + 1) * 40 + window.paddingBottom).toBe(1000 * 40);
  });

  it('counts a row cut off at either edge as in view', () => {
    expect(fixedRowWindow({ ...base, overscan: 0, scrollTop: 1010 })).toMatchObject({ first: 25, last: 35 });
    expect(fixedRowWindow({ ...base, overscan: 0, scrollTop: 1000 })).toMatchObject({ first: 25, last: 34 });
  });

  it('renders nothing for no rows', () => {
    expect(fixedRowWindow({ ...base, count: 0 })).toEqual(EMPTY_ROW_WINDOW);
    expect(fixedRowWindow({ ...base, count: 0, scrollTop: 5000 })).toEqual({ first: 0, last: -1, paddingTop: 0, paddingBottom: 0 });
  });

  it('shows the last rows when scrolled past the end (a list that just got shorter)', () => {
    // 1000 rows end at 40,000 px; the last 400 px are rows 990–999.
    const window = fixedRowWindow({ ...base, scrollTop: 1_000_000 });
    expect(window).toEqual({ first: 985, last: 999, paddingTop: 985 * 40, paddingBottom: 0 });
    expect(fixedRowWindow({ ...base, count: 30, scrollTop: 39_000 })).toEqual({ first: 15, last: 29, paddingTop: 15 * 40, paddingBottom: 0 });
  });

  it('renders every row when the region is taller than the content, wherever it claims to be scrolled', () => {
    const all = { first: 0, last: 6, paddingTop: 0, paddingBottom: 0 };
    expect(fixedRowWindow({ ...base, count: 7 })).toEqual(all);
    expect(fixedRowWindow({ ...base, count: 7, scrollTop: 200 })).toEqual(all);
  });

  it('clamps the overscan to the list at both ends', () => {
    expect(fixedRowWindow({ ...base, overscan: 50, scrollTop: 400 })).toMatchObject({ first: 0, paddingTop: 0 });
    expect(fixedRowWindow({ ...base, count: 20, overscan: 50, scrollTop: 400 })).toEqual({ first: 0, last: 19, paddingTop: 0, paddingBottom: 0 });
    expect(fixedRowWindow({ ...base, overscan: 500, scrollTop: 39_600 })).toMatchObject({ first: 490, last: 999, paddingBottom: 0 });
    // A negative or fractional overscan is no overscan / its whole part.
    expect(fixedRowWindow({ ...base, overscan: -3, scrollTop: 1000 })).toMatchObject({ first: 25, last: 34 });
    expect(fixedRowWindow({ ...base, overscan: 1.7, scrollTop: 1000 })).toMatchObject({ first: 24, last: 35 });
  });

  it('ignores a negative scrollTop (overscroll at the top)', () => {
    expect(fixedRowWindow({ ...base, scrollTop: -120 })).toEqual(fixedRowWindow(base));
  });

  it('starts counting rows below a caption and header (rowsTop)', () => {
    expect(fixedRowWindow({ ...base, overscan: 0, rowsTop: 80, scrollTop: 1080 })).toMatchObject({ first: 25, last: 34 });
    // Scrolled less than the header's height: the first rows.
    expect(fixedRowWindow({ ...base, overscan: 0, rowsTop: 80, scrollTop: 40 })).toMatchObject({ first: 0, last: 9 });
  });

  it('handles fractional row heights (a measured 46.09 px row) and keeps the total exact', () => {
    const h = 46.09;
    const window = fixedRowWindow({ ...base, rowHeight: h, scrollTop: 20_000 });
    expect(window.first).toBe(Math.floor(20_000 / h) - 5);
    expect(window.paddingTop + (window.last - window.first + 1) * h + window.paddingBottom).toBeCloseTo(1000 * h, 6);
  });

  it('survives a region with no height and an unmeasured (zero) row height', () => {
    expect(fixedRowWindow({ ...base, viewportHeight: 0, scrollTop: 400 })).toEqual({ first: 5, last: 15, paddingTop: 200, paddingBottom: 984 * 40 });
    const zero = fixedRowWindow({ ...base, rowHeight: 0 });
    expect(zero.first).toBe(0);
    expect(zero.last).toBeLessThan(1000);
  });
});

// --- the hook, in jsdom: no layout, so the test supplies the sizes a browser would report ---

let resizeCallback: ResizeObserverCallback | null = null;
let observed: Element[] = [];
class ControlledResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    resizeCallback = callback;
  }
  observe(target: Element) {
    observed.push(target);
  }
  unobserve() {}
  disconnect() {
    observed = [];
  }
}

/** Row heights the fake layout reports: every rendered row (not spacers) is `rowHeight` tall. */
let layout = { rowHeight: 0, clientHeight: 0 };

function List({ count, onRender }: { count: number; onRender: (window: RowWindow) => void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const window = useFixedRowWindow({ count, overscan: 2, estimatedRowHeight: 40, fallbackHeight: 400, scrollRef, bodyRef });
  onRender(window);
  const rows = [];
  for (let i = window.first; i <= window.last; i++) {
    rows.push(
      <tr key={i} data-index={i}>
        <td>row {i}</td>
      </tr>,
    );
  }
  return (
    <div ref={scrollRef} data-testid="scroller">
      <table>
        <tbody ref={bodyRef}>
          {window.paddingTop > 0 && <tr aria-hidden="true" />}
          {rows}
          {window.paddingBottom > 0 && <tr aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}

function setup(count: number) {
  vi.stubGlobal('ResizeObserver', ControlledResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.testid === 'scroller' ? layout.clientHeight : 0;
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const height = this.tagName === 'TR' && !this.hasAttribute('aria-hidden') ? layout.rowHeight : 0;
    // The body starts at the top of the region's content, so it moves up by scrollTop.
    const top = this.tagName === 'TBODY' ? -document.querySelector('[data-testid="scroller"]')!.scrollTop : 0;
    return { x: 0, y: top, top, left: 0, bottom: top + height, right: 0, width: 0, height, toJSON: () => ({}) } as DOMRect;
  });
  const renders: RowWindow[] = [];
  const view = render(<List count={count} onRender={(w) => renders.push(w)} />);
  const scroller = view.getByTestId('scroller');
  const scrollTo = (top: number) => {
    scroller.scrollTop = top;
    act(() => {
      scroller.dispatchEvent(new Event('scroll'));
    });
  };
  // What a browser reports: the region's height, and the body's (spacers as rendered plus the rows at their real height).
  const resize = (targets: Element[]) => {
    const shown = renders.at(-1)!;
    const bodyHeight = shown.paddingTop + shown.paddingBottom + (shown.last - shown.first + 1) * layout.rowHeight;
    act(() => {
      resizeCallback!(
        targets.map((target) => ({ target, contentRect: { height: target.tagName === 'TBODY' ? bodyHeight : layout.clientHeight } }) as unknown as ResizeObserverEntry),
        {} as ResizeObserver,
      );
    });
  };
  return { view, scroller, renders, scrollTo, resize, body: view.container.querySelector('tbody')! };
}

describe('useFixedRowWindow', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    layout = { rowHeight: 0, clientHeight: 0 };
    resizeCallback = null;
    observed = [];
  });

  it('assumes a region of the fallback height where there is no layout', () => {
    const { renders } = setup(1000);
    // 400 px of 40 px rows, plus 2 below.
    expect(renders.at(-1)).toEqual({ first: 0, last: 11, paddingTop: 0, paddingBottom: 988 * 40 });
    expect(observed).toHaveLength(2);
  });

  it('re-renders when a scroll changes the window, not on every pixel', () => {
    const { renders, scrollTo, view } = setup(1000);
    const before = renders.length;
    // Row 10 comes into view at the bottom.
    scrollTo(10);
    expect(renders).toHaveLength(before + 1);
    expect(renders.at(-1)).toMatchObject({ first: 0, last: 12 });
    // Still rows 0–10 in view: no render.
    scrollTo(25);
    scrollTo(39);
    expect(renders).toHaveLength(before + 1);
    scrollTo(41);
    expect(renders).toHaveLength(before + 2);
    expect(renders.at(-1)).toMatchObject({ first: 0, last: 13 });
    scrollTo(4000);
    expect(renders.at(-1)).toEqual({ first: 98, last: 111, paddingTop: 98 * 40, paddingBottom: 888 * 40 });
    expect(view.container.querySelectorAll('tr[data-index]')).toHaveLength(14);
    expect(view.container.querySelector('tr[data-index]')!.getAttribute('data-index')).toBe('98');
  });

  it('measures the rendered rows when the rows change height (长者模式), and the region when it is resized', () => {
    const { renders, resize, body, scroller, scrollTo } = setup(1000);
    scrollTo(4000);
    // The rows turn out 85 px tall: the body no longer measures 1000 × 40 px.
    layout = { rowHeight: 85, clientHeight: 400 };
    resize([body]);
    // scrollTop 4000 is row 47 at 85 px; 400 px reach row 51.
    expect(renders.at(-1)).toEqual({ first: 45, last: 53, paddingTop: 45 * 85, paddingBottom: 946 * 85 });
    // A taller region shows more rows.
    layout = { rowHeight: 85, clientHeight: 800 };
    resize([scroller]);
    expect(renders.at(-1)).toEqual({ first: 45, last: 58, paddingTop: 45 * 85, paddingBottom: 941 * 85 });
  });

  it('keeps the last measured row height while the region has no layout (a hidden panel)', () => {
    const { renders, resize, body, scroller } = setup(1000);
    layout = { rowHeight: 50, clientHeight: 500 };
    resize([scroller, body]);
    expect(renders.at(-1)).toEqual({ first: 0, last: 11, paddingTop: 0, paddingBottom: 988 * 50 });
    layout = { rowHeight: 0, clientHeight: 0 };
    resize([scroller, body]);
    // The fallback height (400 px) at the measured 50 px.
    expect(renders.at(-1)).toEqual({ first: 0, last: 9, paddingTop: 0, paddingBottom: 990 * 50 });
  });

  it('stops listening when unmounted', () => {
    const { view, scroller, renders } = setup(1000);
    view.unmount();
    const before = renders.length;
    scroller.scrollTop = 4000;
    scroller.dispatchEvent(new Event('scroll'));
    expect(renders).toHaveLength(before);
    expect(observed).toHaveLength(0);
  });
});
