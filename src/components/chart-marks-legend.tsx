import { useTranslation } from '../lib/translation-context';
import { CHART_MARK_MESSAGES, CHART_MARKS } from './chart-legend';

/** What the marks in every chart mean (src/lib/chart-marks.ts): one legend, so every page explains them alike. */
export function ChartMarksLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      {CHART_MARKS.map((mark) => (
        <li key={mark}>
          {/* "imported" is a word or a triangle on the value itself, so it has no swatch of its own. */}
          {mark !== 'imported' && (
            <>
              <span className={`swatch swatch--${mark}`} aria-hidden="true" />{' '}
            </>
          )}
          {t(CHART_MARK_MESSAGES[mark])}
        </li>
      ))}
    </ul>
  );
}
