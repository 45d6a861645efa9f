import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataError } from '../../../components/data-error';
import { LazyChart } from '../../../components/lazy-chart';
import { indicatorFileName, type DataIndex } from '../../../domain/data-files';
import type { Indicator } from '../../../domain/indicator';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import { useIndicatorData } from '../../../lib/data/get-indicator-data';
import { buildIndicatorBarOption, type BarDatum } from '../charts/indicator-bar-option';
import { IndicatorTable } from './indicator-table';
import { SourceDetail } from './source-detail';

export interface IndicatorPanelProps {
  index: DataIndex;
  indicator: Indicator;
  selectedObservationId: string | null;
  onSelectObservation: (observationId: string | null) => void;
}

function isBarDatum(value: unknown): value is BarDatum {
  return typeof value === 'object' && value !== null && 'observationId' in value;
}

/** One indicator: its definition, chart, table and the source of the selected value. */
export function IndicatorPanel({ index, indicator, selectedObservationId, onSelectObservation }: IndicatorPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const query = useIndicatorData(indicator.id);
  const indicatorsById = useMemo(() => new Map(index.indicators.map((i) => [i.id, i])), [index]);

  const rows = useMemo(() => (query.data ? buildIndicatorRows(index, query.data.observations) : []), [index, query.data]);
  const option = useMemo(
    () => buildIndicatorBarOption({ rows, indicator, language, t, selectedObservationId }),
    [rows, indicator, language, t, selectedObservationId],
  );
  const onItemClick = useCallback(
    (datum: unknown) => {
      if (isBarDatum(datum)) onSelectObservation(datum.observationId);
    },
    [onSelectObservation],
  );

  const selected = query.data?.observations.find((o) => o.id === selectedObservationId) ?? null;
  const relativeCount = rows.reduce((n, r) => n + r.relatives.length, 0);
  const levelCount = rows.reduce((n, r) => n + r.levels.length, 0);
  const numerator = indicator.numeratorId ? indicatorsById.get(indicator.numeratorId) : undefined;
  const denominator = indicator.denominatorId ? indicatorsById.get(indicator.denominatorId) : undefined;
  const total = indicator.partOfId ? indicatorsById.get(indicator.partOfId) : undefined;

  return (
    <div className="indicator-panel">
      <section className="panel" aria-labelledby="indicator-heading">
        <h2 id="indicator-heading">{indicator.name[language]}</h2>
        <p className="definition">
          <span className="muted">{t('indicator.definition')}:</span> {indicator.definition[language]}
        </p>
        <p className="muted small">
          {t(`theme.${indicator.theme}`)} · {t(`indicator.kind.${indicator.kind}`)} · {t(`indicator.direction.${indicator.direction}`)}
          {numerator && denominator && (
            <> · {t('indicator.formula', { numerator: numerator.name[language], denominator: denominator.name[language] })}</>
          )}
          {total && <> · {t('indicator.partOf', { total: total.name[language] })}</>}
        </p>

        {query.isError ? (
          <DataError
            error={query.error}
            file={indicatorFileName(indicator.id)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : query.isPending ? (
          <p role="status">{t('chart.loading')}</p>
        ) : (
          <>
            <h3 className="chart-title">{t('chart.title', { indicator: indicator.name[language] })}</h3>
            {levelCount > 0 ? (
              <LazyChart
                option={option}
                height={360}
                onItemClick={onItemClick}
                label={t('chart.ariaLabel', { indicator: indicator.name[language] })}
              />
            ) : (
              <p className="muted">{t('chart.noLevels')}</p>
            )}
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
            </ul>
            {relativeCount > 0 && <p className="note">{t('chart.relativeNotDrawn', { count: relativeCount })}</p>}
            <p className="muted small">{t('chart.clickHint')}</p>
            <IndicatorTable
              indicator={indicator}
              rows={rows}
              selectedObservationId={selectedObservationId}
              onSelectObservation={onSelectObservation}
            />
          </>
        )}
      </section>
      <SourceDetail index={index} indicator={indicator} observation={selected} onClose={() => onSelectObservation(null)} />
    </div>
  );
}
