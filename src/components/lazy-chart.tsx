import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplaySettings } from '../lib/display-settings';
import { chartDisplayFor, scaledChartHeight } from './chart-display-transform';
import type { EChartsChartProps } from './echarts-chart';

const loadChart = () => import('./echarts-chart');
const EChartsChart = lazy(loadChart);

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
