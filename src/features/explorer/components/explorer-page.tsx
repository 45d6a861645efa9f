import { useTranslation } from 'react-i18next';
import { DataError } from '../../../components/data-error';
import type { DataIndex } from '../../../domain/data-files';
import { useDataIndex, DATA_INDEX_FILE } from '../../../lib/data/get-data-index';
import { useExplorerParams } from '../hooks/use-explorer-params';
import { IndicatorPanel } from './indicator-panel';
import { IndicatorPicker } from './indicator-picker';

/** The indicator shown when the URL names none: the figure people ask about first. */
export const DEFAULT_INDICATOR_ID = 'hotline.resolution-rate';

export function pickIndicatorId(index: DataIndex, requested: string | null): { id: string | null; invalid: boolean } {
  if (requested && index.indicators.some((i) => i.id === requested)) return { id: requested, invalid: false };
  const fallback = index.indicators.find((i) => i.id === DEFAULT_INDICATOR_ID) ?? index.indicators[0];
  return { id: fallback?.id ?? null, invalid: requested !== null };
}

export function ExplorerPage() {
  const { t } = useTranslation();
  const index = useDataIndex();
  const { indicatorParam, observationParam, selectIndicator, selectObservation } = useExplorerParams();

  if (index.isError) {
    return (
      <section className="panel">
        <DataError error={index.error} file={DATA_INDEX_FILE} onRetry={() => void index.refetch()} retrying={index.isFetching} />
      </section>
    );
  }
  if (index.isPending) {
    return (
      <p role="status" className="panel">
        {t('chart.loading')}
      </p>
    );
  }

  const { id: indicatorId, invalid } = pickIndicatorId(index.data, indicatorParam);
  const indicator = index.data.indicators.find((i) => i.id === indicatorId);

  return (
    <div className="explorer">
      <aside className="panel explorer__picker">
        <IndicatorPicker indicators={index.data.indicators} selectedId={indicatorId} onSelect={selectIndicator} />
        {invalid && (
          <p role="status" className="notice">
            {t('explorer.unknownIndicator', { id: indicatorParam })}
          </p>
        )}
      </aside>
      {indicator && (
        <IndicatorPanel
          key={indicator.id}
          index={index.data}
          indicator={indicator}
          selectedObservationId={observationParam}
          onSelectObservation={selectObservation}
        />
      )}
    </div>
  );
}
