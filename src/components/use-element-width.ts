import { useCallback, useState } from 'react';

/**
 * The width of an element in CSS px as it is laid out, kept up to date with a ResizeObserver; null
 * before it is measured (the first frame, and where nothing lays it out, as in jsdom): callers guess
 * from the window's width meanwhile. A callback ref (with React 19's
 * cleanup), so an element that mounts later is measured too.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => (() => void) | undefined, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((element: T | null) => {
    if (!element) return undefined;
    // Whole pixels: a sub-pixel change re-lays out no text.
    const measure = () => {
      const w = Math.round(element.clientWidth);
      if (w > 0) setWidth((current) => (current === w ? current : w));
    };
    // Measured by the observer's first report, which comes after the frame is painted, not here: a state
    // update from a ref runs another render before the first paint (the explorer's first chart waited for it).
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
