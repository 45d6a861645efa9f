import { useTranslation } from '../lib/translation-context';

/** What the marks in every chart mean (src/lib/chart-marks.ts): one legend, so every page explains them alike. */
export function ChartMarksLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      <li>
        <span className="swatch swatch--partial" aria-hidden="true" /> {t('chart.legendPartial')}
      </li>
      <li>
        <span className="swatch swatch--approx" aria-hidden="true" /> {t('chart.legendApprox')}
      </li>
      <li>
        <span className="swatch swatch--gap" aria-hidden="true" /> {t('chart.legendGap')}
      </li>
      <li>{t('chart.legendImported')}</li>
    </ul>
  );
}
