import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsChartProps } from './echarts-chart';

const EChartsChart = lazy(() => import('./echarts-chart'));

/**
 * A chart whose library loads on demand. The visible chart is decorative for
 * assistive technology (role="img" with a label); the data table beside it is
 * the accessible equivalent.
 */
export function LazyChart({ label, ...props }: EChartsChartProps & { label: string }) {
  const { t } = useTranslation();
  return (
    <figure className="chart" role="img" aria-label={label} style={{ minHeight: props.height }}>
      <Suspense
        fallback={
          <p className="chart__loading" style={{ height: props.height }}>
            {t('chart.loading')}
          </p>
        }
      >
        <EChartsChart {...props} />
      </Suspense>
    </figure>
  );
}
