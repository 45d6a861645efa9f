import { useMemo, useSyncExternalStore } from 'react';
import { useDisplaySettings } from '../lib/display-settings';
import { chartDisplayFor, chartTextPx, type ChartDisplay } from './chart-display-transform';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * How charts are drawn on this page now: the display settings' scale and theme, and the chart text size,
 * which in 长者模式 depends on the window's width too (chartTextPx). A resize re-renders only when that
 * size changes, not on every pixel.
 */
export function useChartDisplay(): ChartDisplay {
  const settings = useDisplaySettings();
  const textPx = useSyncExternalStore(
    subscribe,
    () => chartTextPx(settings, window.innerWidth),
    () => chartTextPx(settings),
  );
  return useMemo(() => ({ ...chartDisplayFor(settings), textPx }), [settings, textPx]);
}
