import { useMemo } from 'react';
import type { ChartDisplay } from './chart-display-transform';
import type { StackedLayout } from './stacked-bars';
import { useChartDisplay } from './use-chart-display';
import { useElementWidth } from './use-element-width';

/**
 * Whether a bar chart lays its text above its bars (stacked-bars.ts), decided by `layoutFor` from the
 * width of the element the returned ref is put on and the chart text's size; the same object while the
 * layout stays the same, so options built from it are rebuilt only when it changes.
 */
export function useStackedLayout<T extends HTMLElement>(
  layoutFor: (chartWidth: number, display: Pick<ChartDisplay, 'scale' | 'textPx'>) => StackedLayout | undefined,
): [(element: T | null) => (() => void) | undefined, StackedLayout | undefined] {
  const display = useChartDisplay();
  const [ref, measured] = useElementWidth<T>();
  // Until the element is measured (after the first paint), about the window's width less the page's margins.
  const layout = layoutFor(measured ?? Math.max(240, window.innerWidth - 48), display);
  const lineEms = layout?.lineEms;
  const textRatio = layout?.textRatio;
  const stable = useMemo(() => (lineEms === undefined || textRatio === undefined ? undefined : { lineEms, textRatio }), [lineEms, textRatio]);
  return [ref, stable];
}
