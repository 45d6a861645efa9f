import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplaySettings } from '../lib/display-settings';
import { chartDisplayFor, scaledChartHeight } from './chart-display-transform';
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

/** True once the chart library is here, so a chart rendered now draws at once instead of after a download. */
export function isChartLoaded(): boolean {
  return loadedChart !== null;
}

/** Starts fetching the chart library now (e.g. while a page's data loads), so the first chart does not wait for it afterwards. */
export function preloadChart(): void {
  void loadChart();
}

/**
 * A chart whose library loads on demand. The visible chart is decorative for
 * assistive technology (role="img" with a label); the data table beside it is
 * the accessible equivalent, and `describedBy` can name a ChartSummary.
 */
export function LazyChart({ label, describedBy, ...props }: EChartsChartProps & { label: string; describedBy?: string }) {
  const { t } = useTranslation();
  const height = scaledChartHeight(props.height, chartDisplayFor(useDisplaySettings()));
  // Chosen once per mount: switching from the lazy wrapper to the loaded module would remount the chart.
  const [EChartsChart] = useState(() => loadedChart ?? EChartsChartLazy);
  return (
    <figure className="chart" role="img" aria-label={label} aria-describedby={describedBy} style={{ minHeight: height }}>
      <Suspense
        fallback={
          <p className="chart__loading" role="status" style={{ height }}>
            {t('chart.loading')}
          </p>
        }
      >
        <EChartsChart {...props} />
      </Suspense>
    </figure>
  );
}
