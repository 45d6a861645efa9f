import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../domain/indicator';
import { hasConflictingLevels, type IndicatorRow } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { formatObservationValue, formatPeriod } from '../../../lib/format';

export interface IndicatorTableProps {
  indicator: Indicator;
  rows: IndicatorRow[];
  selectedObservationId: string | null;
  onSelectObservation: (observationId: string) => void;
}

/**
 * The accessible twin of the chart: every jurisdiction-year a document covers,
 * with the value as qualified in the source, its period and scope, and a
 * button to its quote. Missing figures read "not reported", never 0.
 */
export function IndicatorTable({ indicator, rows, selectedObservationId, onSelectObservation }: IndicatorTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;

  const valueCells = (observation: Observation, conflict: boolean) => (
    <>
      <td className="num">
        <span className="value">{formatObservationValue(observation, indicator, language)}</span>
        {observation.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${observation.qualifier}`)}</span>}
        {observation.relative && (
          <span className="badge">
            {t('table.relative')}: {t(`relative.${observation.relative.kind}`, { value: observation.value, base: observation.relative.baseAsWritten })}
          </span>
        )}
        {conflict && <span className="badge badge--warn">{t('table.conflict')}</span>}
      </td>
      <td>
        {formatPeriod(observation.period, observation.year, language, t)}
        {isPartialPeriod(observation.period) && <span className="badge">{t('period.partialBadge')}</span>}
      </td>
      <td>{observation.scope.kind === 'jurisdiction' ? t('scope.jurisdiction') : observation.scope.label[language]}</td>
      <td>
        <button
          type="button"
          className="link-button"
          aria-pressed={observation.id === selectedObservationId}
          onClick={() => onSelectObservation(observation.id)}
        >
          {t('table.showSource')}
        </button>
      </td>
    </>
  );

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.caption', { indicator: indicator.name[language] })}>
      <table className="data-table">
        <caption>{t('table.caption', { indicator: indicator.name[language] })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.jurisdiction')}</th>
            <th scope="col">{t('table.year')}</th>
            <th scope="col">{t('table.value')}</th>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('table.scope')}</th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) => {
            const key = `${row.jurisdiction.code}-${row.year}`;
            const header = (
              <>
                <th scope="row">{row.jurisdiction.name[language]}</th>
                <td>{row.year}</td>
              </>
            );
            if (row.status === 'notReported') {
              return [
                <tr key={key} className="row--missing">
                  {header}
                  <td className="num" title={t('table.notReportedHint')}>
                    {t('table.notReported')}
                  </td>
                  <td colSpan={3}>{t('table.notReportedHint')}</td>
                </tr>,
              ];
            }
            const conflict = hasConflictingLevels(row);
            return [...row.levels, ...row.relatives].map((observation) => (
              <tr key={observation.id} className={observation.id === selectedObservationId ? 'row--selected' : undefined}>
                {header}
                {valueCells(observation, conflict && !observation.relative)}
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
