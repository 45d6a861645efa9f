import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Windowing for a long list whose rows all have the same height (the
 * explorer's table at scale: one line per row, no wrapping). It replaces
 * @tanstack/react-virtual, which cost 10 KB gzip of the 400 KB bundle budget
 * (docs/scale.md) for what, with one row height, is arithmetic.
 */

/** The rows to render, [first, last] inclusive, and the space spacer rows stand in for above and below them. */
export interface RowWindow {
  first: number;
  /** -1 when there is no row. */
  last: number;
  paddingTop: number;
  paddingBottom: number;
}

export interface RowWindowInput {
  count: number;
  /** Height of every row, in CSS px (fractional heights are fine). */
  rowHeight: number;
  /** Rows rendered beyond each edge of the visible ones. */
  overscan: number;
  /** scrollTop of the scrolling region. */
  scrollTop: number;
  /** Height of the region's visible area. */
  viewportHeight: number;
  /** Where the first row starts inside the region's content (below a caption and header); 0 when the rows come first. */
  rowsTop?: number;
}

export const EMPTY_ROW_WINDOW: RowWindow = { first: 0, last: -1, paddingTop: 0, paddingBottom: 0 };

/**
 * The rows in view plus `overscan` on each side, clamped to the list. A scroll
 * position past the end (a list that just got shorter, overscroll) shows the
 * last rows; a region taller than the content shows every row.
 */
export function fixedRowWindow({ count, rowHeight, overscan, scrollTop, viewportHeight, rowsTop = 0 }: RowWindowInput): RowWindow {
  if (!(count >= 1)) return EMPTY_ROW_WINDOW;
  const rows = Math.floor(count);
  // A height of 0 (nothing measured) would put every row in view and divide by zero: count 1 px instead.
  const height = rowHeight >= 1 ? rowHeight : 1;
  const extra = overscan >= 0 ? Math.floor(overscan) : 0;
  const viewport = viewportHeight > 0 ? viewportHeight : 0;
  const maxTop = Math.max(0, rows * height - viewport);
  const top = Math.min(Math.max((scrollTop || 0) - rowsTop, 0), maxTop);
  const firstVisible = Math.min(rows - 1, Math.floor(top / height));
  const lastVisible = Math.min(rows - 1, Math.max(firstVisible, Math.ceil((top + viewport) / height) - 1));
  const first = Math.max(0, firstVisible - extra);
  const last = Math.min(rows - 1, lastVisible + extra);
  return { first, last, paddingTop: first * height, paddingBottom: (rows - 1 - last) * height };
}

export function sameRowWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.last === b.last && a.paddingTop === b.paddingTop && a.paddingBottom === b.paddingBottom;
}

interface RowLayout {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowsTop: number;
}

export interface FixedRowWindowOptions {
  count: number;
  overscan: number;
  /** Row height assumed until a row has been measured (and where nothing can be: no layout). */
  estimatedRowHeight: number;
  /** Region height assumed where it has none (a hidden panel, jsdom): a region's worth of rows. */
  fallbackHeight: number;
  /** The scrolling region. */
  scrollRef: RefObject<HTMLElement | null>;
  /** The element whose children are the rows (a <tbody>); spacer rows among them carry aria-hidden. */
  bodyRef: RefObject<HTMLElement | null>;
}

/**
 * The window of `fixedRowWindow` for a scrolling region. The component
 * re-renders only when the window changes, not on every scrolled pixel, and
 * synchronously within the scroll event (as @tanstack/react-virtual did), so
 * a fast scroll never paints an empty region.
 *
 * The row height is measured, not assumed: it differs by display mode (a row
 * is about 46 px normally, 85 px in 长者模式 at 18 pt with its 60 px buttons,
 * 125 px at 30 pt), and one wrong height makes every spacer wrong. The rendered
 * rows are measured when the region is resized and when the body's height
 * stops matching count × row height (the rows grew or shrank: a mode or text
 * size change); while scrolling, with the right height, nothing is measured.
 */
export function useFixedRowWindow({ count, overscan, estimatedRowHeight, fallbackHeight, scrollRef, bodyRef }: FixedRowWindowOptions): RowWindow {
  const [layout, setLayout] = useState<RowLayout>(() => ({ scrollTop: 0, viewportHeight: fallbackHeight, rowHeight: estimatedRowHeight, rowsTop: 0 }));
  // What the handlers last read from the page, and what was last rendered (set together with the state).
  const measured = useRef(layout);
  const shown = useRef(layout);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const body = bodyRef.current;
    if (!scroller || !body) return;
    const windowOf = (l: RowLayout) => fixedRowWindow({ count, overscan, ...l });

    const show = (next: RowLayout) => {
      measured.current = next;
      if (sameRowWindow(windowOf(next), windowOf(shown.current))) return;
      shown.current = next;
      // Synchronous, so the new rows are in the frame the scroll or resize is painted in.
      flushSync(() => setLayout(next));
    };
    const viewport = () => (scroller.clientHeight > 0 ? scroller.clientHeight : fallbackHeight);
    const measure = (): RowLayout => {
      const previous = measured.current;
      let rowHeight = previous.rowHeight;
      let rowsTop = previous.rowsTop;
      let tallest = 0;
      for (const row of body.children) {
        if (!row.hasAttribute('aria-hidden')) tallest = Math.max(tallest, row.getBoundingClientRect().height);
      }
      // No layout (hidden, jsdom): keep the last height.
      if (tallest > 0) {
        rowHeight = tallest;
        rowsTop = body.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop;
      }
      return { scrollTop: scroller.scrollTop, viewportHeight: viewport(), rowHeight, rowsTop };
    };

    const onScroll = () => show({ ...measured.current, scrollTop: scroller.scrollTop });
    const observer = new ResizeObserver((entries) => {
      const resizedRegion = entries.some((entry) => entry.target === scroller);
      const bodyHeight = entries.find((entry) => entry.target === body)?.contentRect.height;
      // The spacers assume count × rowHeight. Collapsed borders next to a spacer move the body by half a pixel
      // each; beyond that, the rendered rows have another height than the one assumed.
      const rowsChanged = bodyHeight !== undefined && Math.abs(bodyHeight - count * shown.current.rowHeight) > 2;
      if (resizedRegion || rowsChanged) show(measure());
      else show({ ...measured.current, scrollTop: scroller.scrollTop });
    });
    scroller.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(scroller);
    observer.observe(body);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [count, overscan, fallbackHeight, scrollRef, bodyRef]);

  return fixedRowWindow({ count, overscan, ...layout });
}
