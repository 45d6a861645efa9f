import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from '../../../lib/router';
import { readerLink } from '../../../domain/app-links';
import type { Observation } from '../../../domain/observation';
import { useTranslation } from '../../../lib/translation-context';
import { DownloadButtons } from '../../../components/download-buttons';
import { LazyChart } from '../../../components/lazy-chart';
import type { DataIndex } from '../../../domain/data-files';
import type { Language } from '../../../domain/localized-text';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatNumber, QUALIFIER_SIGNS } from '../../../lib/format';
import { buildCompareBarOption, buildCompareChart, compareChartHeight, compareLayout } from '../charts/compare-bar-option';
import { compareChartFrame, compareChartMarks, unitFileNamePart } from '../compare-chart-export';
import { buildCompareCsv } from '../compare-csv';
import { compareSummaryLines } from '../compare-summary';
import { groupByUnit, type CompareRow } from '../compare-rows';
import { useStackedLayout } from '../../../components/use-stacked-layout';
import { ChartMarksLegend } from '../../../components/chart-marks-legend';

/** One grouped bar chart per unit, so 件 and % never share an axis; with PNG/SVG/CSV downloads. */
export function CompareCharts({ rows, index, year }: { rows: CompareRow[]; index: DataIndex; year: number | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  // Measured on the first chart's box: every chart of the page is as wide.
  const [widthRef, stacked] = useStackedLayout<HTMLDivElement>(compareLayout);
  const groups = useMemo(
    () =>
      groupByUnit(rows).map((group) => ({
        ...group,
        drawable: group.rows.some((r) => r.cells.some((c) => (c.latest?.levels.length ?? 0) > 0)),
        chart: buildCompareChart({ rows: group.rows, unit: group.unit, language, t, stacked }),
        // An image is 1000 px wide at 12 px text: labels beside the bars, as on a desktop.
        exportOption: buildCompareBarOption({ rows: group.rows, unit: group.unit, language, t }),
        marks: compareChartMarks(group.rows, t),
      })),
    [rows, language, t, stacked],
  );
  // A bar opens the sentence its value is quoted from, as a bar in the explorer leads to its quote (the
  // comparison has no source panel of its own; the table's quote links go to the same place).
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const observations = useMemo(
    () => new Map<string, Observation>(rows.flatMap((row) => row.cells.flatMap((cell) => cell.latest?.levels ?? [])).map((o) => [o.id, o])),
    [rows],
  );
  const openQuote = useCallback(
    (datum: unknown) => {
      const id = typeof datum === 'object' && datum !== null && 'observationId' in datum ? datum.observationId : null;
      const observation = typeof id === 'string' ? observations.get(id) : undefined;
      if (observation) navigate(readerLink(observation.provenance.sourceId, observation.provenance, lang));
    },
    [observations, navigate, lang],
  );
  const jurisdictions = rows[0]?.cells.map((c) => c.jurisdiction.name[language]) ?? [];
  const jurisdictionList = jurisdictions.join(language === 'zh' ? '、' : ', ');
  const baseName = t('compare.download.fileName', { jurisdictions: jurisdictions.join('_') });
  // Each chart's CSV holds its own indicators; with no chart, the whole comparison.
  const csvOf = (shown: CompareRow[]) => () => buildCompareCsv(shown, index.documents, language, t);

  return (
    <section className="panel" aria-labelledby="compare-chart-heading">
      <h2 id="compare-chart-heading">{t('compare.chart.heading')}</h2>
      {groups.length > 1 && (
        <p className="note">{t('compare.chart.unitsDiffer', { units: groups.map((g) => UNIT_LABELS[g.unit][language]).join(language === 'zh' ? '、' : ', ') })}</p>
      )}
      <p className="muted small">{t('compare.chart.legendLabel')}</p>
      {groups.length === 0 && <DownloadButtons baseName={baseName} chart={null} csv={csvOf(rows)} />}
      {groups.map((group, i) => {
        const unit = UNIT_LABELS[group.unit][language];
        // The export's height: its labels are beside the bars, whatever the page's layout.
        const height = compareChartHeight(group.rows);
        const frame = () =>
          compareChartFrame({
            rows: group.rows,
            unit: group.unit,
            year,
            documents: index.documents,
            link: window.location.href,
            today: new Date().toISOString().slice(0, 10),
            height: height + 160,
            language,
            t,
          });
        const summary = compareSummaryLines(group.rows, language, t, (level) => `${QUALIFIER_SIGNS[level.qualifier]}${formatNumber(level.value, language)}${group.unit === '%' ? '%' : ` ${unit}`}`);
        const summaryId = `compare-chart-summary-${group.unit === '%' ? 'pct' : group.unit}`;
        return (
          <div key={group.unit} className="compare-chart" ref={i === 0 ? widthRef : undefined}>
            <h3>{t('compare.chart.headingUnit', { unit })}</h3>
            {/* The marks this chart draws, as its PNG and SVG explain them (compareChartMarks). */}
            {group.drawable && <ChartMarksLegend marks={group.marks} />}
            {group.drawable ? (
              <LazyChart
                option={group.chart.option}
                height={group.chart.height}
                onItemClick={openQuote}
                describedBy={summaryId}
                label={t(year === null ? 'compare.chart.label' : 'compare.chart.labelYear', {
                  indicators: group.rows.map((r) => r.indicator.name[language]).join(language === 'zh' ? '、' : ', '),
                  jurisdictions: jurisdictionList,
                  year,
                })}
              />
            ) : (
              <p className="muted">{t('compare.chart.noLevels')}</p>
            )}
            {group.drawable && (
              <div className="chart-summary" id={summaryId}>
                <p className="chart-summary__heading">
                  <strong>{t('chartSummary.heading')}</strong>
                </p>
                {summary.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </div>
            )}
            <DownloadButtons
              baseName={`${baseName}_${unitFileNamePart(group.unit, language)}`}
              chart={group.drawable ? { option: group.exportOption, frame } : null}
              csv={csvOf(group.rows)}
            />
          </div>
        );
      })}
    </section>
  );
}
