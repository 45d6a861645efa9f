import { useEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import { useTranslation } from '../lib/translation-context';
import { scaledChartHeight, transformChartOption } from './chart-display-transform';
import { useChartDisplay } from './use-chart-display';
import { SERIES_LEGEND_KEY, seriesLegendOf } from './chart-legend';
import { SeriesLegend } from './series-legend';
import type { EChartsChartProps } from './echarts-chart';

type ChartComponent = ComponentType<EChartsChartProps>;
type ChartModule = { status: 'loaded'; Chart: ChartComponent } | { status: 'loading' } | { status: 'failed'; message: string };

// Whether the chart module is here, shared by every chart: a store that charts read with
// useSyncExternalStore, so they render the chart in the same task the module arrives in. Not React.lazy
// and <Suspense>: React holds a suspended boundary's content back for up to 300 ms after its fallback
// showed (to pace reveals), and a failed import under lazy() threw to the root and blanked the whole
// app. Not a state set from an effect either: a page's passive effects wait for its paint, which had
// put a frame between the module's arrival and the first chart.
let chartModule: ChartModule = { status: 'loading' };
let pendingChart: Promise<ChartComponent> | null = null;
const listeners = new Set<() => void>();

function setChartModule(next: ChartModule): void {
  chartModule = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function loadChart(): Promise<ChartComponent> {
  pendingChart ??= import('./echarts-chart').then(
    (module) => {
      setChartModule({ status: 'loaded', Chart: module.default });
      return module.default;
    },
    (error: unknown) => {
      // Forgotten, so a retry imports again (a dropped connection, a deploy that replaced the chunk).
      pendingChart = null;
      setChartModule({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      throw error;
    },
  );
  return pendingChart;
}

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

/** The chart component, loading it if it is not here yet; `retry` imports it again after a failure. */
function useChartModule(): { chart: ChartModule; retry: () => void } {
  const chart = useSyncExternalStore(subscribe, () => chartModule);
  const waiting = chart.status === 'loading';
  useEffect(() => {
    if (waiting) void preloadChart();
  }, [waiting]);
  const retry = () => {
    setChartModule({ status: 'loading' });
    void preloadChart();
  };
  return { chart, retry };
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
  const { chart, retry } = useChartModule();
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
      {chart.status === 'failed' ? (
        // Beside, not inside, the figure: the content of role="img" is hidden from assistive technology.
        <div className="chart chart__failed" role="alert" style={{ minHeight: height }}>
          <p>{t('chart.loadFailed', { message: chart.message })}</p>
          <button type="button" className="button" onClick={retry}>
            {t('error.retry')}
          </button>
        </div>
      ) : (
        <figure className="chart" role="img" aria-label={label} aria-describedby={describedBy} style={{ minHeight: height }}>
          {chart.status === 'loaded' ? (
            <chart.Chart {...props} hiddenSeries={hidden} />
          ) : (
            <p className="chart__loading" role="status" style={{ height }}>
              {t('chart.loading')}
            </p>
          )}
        </figure>
      )}
    </>
  );
}
