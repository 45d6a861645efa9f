import { useCallback, useState } from 'react';

/**
 * The width of an element in CSS px as it is laid out, kept up to date with a ResizeObserver; null
 * before it is measured (and where nothing lays it out, as in jsdom). A callback ref (with React 19's
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
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
