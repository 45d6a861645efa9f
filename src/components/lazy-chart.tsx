import { lazy, Suspense, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from '../lib/translation-context';
import { scaledChartHeight, transformChartOption } from './chart-display-transform';
import { useChartDisplay } from './use-chart-display';
import { SERIES_LEGEND_KEY, seriesLegendOf } from './chart-legend';
import { SeriesLegend } from './series-legend';
import type { EChartsChartProps } from './echarts-chart';

// Once the module is here, charts render it directly: a lazy component suspends on every first mount
// (even when its chunk is cached), and React then holds the revealed chart back to pace fallbacks.
let loadedChart: ComponentType<EChartsChartProps> | null = null;
const loadChart = () =>
  import('./echarts-chart').then((module) => {
    loadedChart = module.default;
    return module;
  });
const EChartsChartLazy = lazy(loadChart);

/**
 * Starts fetching the chart library now (e.g. while a page's data loads), so the first chart does not
 * wait for it afterwards. Resolves once it is loaded, or has failed (the chart then reports it itself).
 */
export function preloadChart(): Promise<void> {
  return loadChart().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * A chart whose library loads on demand. The visible chart is decorative for
 * assistive technology (role="img" with a label); the data table beside it is
 * the accessible equivalent, and `describedBy` can name a ChartSummary. A
 * series legend the option lists (chart-legend.ts) is drawn above the figure,
 * as toggle buttons that hide or show lines.
 */
export function LazyChart({ label, describedBy, ...props }: Omit<EChartsChartProps, 'hiddenSeries'> & { label: string; describedBy?: string }) {
  const { t } = useTranslation();
  const display = useChartDisplay();
  const height = scaledChartHeight(props.height, display);
  // Chosen once per mount: switching from the lazy wrapper to the loaded module would remount the chart.
  const [EChartsChart] = useState(() => loadedChart ?? EChartsChartLazy);
  // Only the legend and the palette go through the display transform here (high contrast recolours both).
  const legendItems: unknown = props.option[SERIES_LEGEND_KEY];
  const palette = props.option.color;
  const legend = useMemo(
    () => seriesLegendOf(transformChartOption({ color: palette, [SERIES_LEGEND_KEY]: legendItems }, display)),
    [legendItems, palette, display],
  );
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (name: string) =>
    setHidden((current) => (current.has(name) ? new Set([...current].filter((n) => n !== name)) : new Set([...current, name])));
  return (
    <>
      {legend.length > 0 && <SeriesLegend items={legend} hidden={hidden} onToggle={toggle} label={t('chart.seriesLegend')} />}
      <figure className="chart" role="img" aria-label={label} aria-describedby={describedBy} style={{ minHeight: height }}>
        <Suspense
          fallback={
            <p className="chart__loading" role="status" style={{ height }}>
              {t('chart.loading')}
            </p>
          }
        >
          <EChartsChart {...props} hiddenSeries={hidden} />
        </Suspense>
      </figure>
    </>
  );
}
