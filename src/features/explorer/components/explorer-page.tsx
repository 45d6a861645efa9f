import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { useSearchParams } from '../../../lib/router';
import { preloadChart } from '../../../components/lazy-chart';
import type { DataIndex } from '../../../domain/data-files';
import { jurisdictionsInRowOrder } from '../../../domain/indicator-view';
import { DataIndexError } from '../../../components/data-index-gate';
import { useDataIndex } from '../../../lib/data/get-data-index';
import { useDocuments, useJurisdictions } from '../../../lib/data/with-imported';
import { parseExplorerState, writeExplorerState, type ExplorerNotice, type ExplorerState } from '../url-state';
import { IndicatorPanel } from './indicator-panel';
import { IndicatorPicker } from './indicator-picker';
import { JurisdictionPicker } from './jurisdiction-picker';
import { YearRange } from './year-range';
import '../explorer.css';

export function ExplorerPage() {
  const { t } = useTranslation();
  const index = useDataIndex();
  // Reports imported in this browser add their documents and jurisdictions to the curated ones.
  const documents = useDocuments();
  const jurisdictions = useJurisdictions();
  // The chart library loads in parallel with the data instead of after it.
  useEffect(() => void preloadChart(), []);
  const merged = useMemo(
    () =>
      index.data && documents.data && jurisdictions.data
        ? { ...index.data, documents: documents.data, jurisdictions: jurisdictions.data }
        : undefined,
    [index.data, documents.data, jurisdictions.data],
  );
  if (index.isError) {
    return (
      <DataIndexError index={index} />
    );
  }
  if (index.isPending || !merged) {
    return (
      <p role="status" className="panel">
        {t('chart.loading')}
      </p>
    );
  }
  return <Explorer index={merged} />;
}

function noticeText(notice: ExplorerNotice, t: ReturnType<typeof useTranslation>['t']): string {
  switch (notice.kind) {
    case 'unknownIndicator':
      return t('explorer.unknownIndicator', { value: notice.value });
    case 'unknownJurisdictions':
      return t('explorer.unknownJurisdictions', { value: notice.value });
    case 'badParameter':
      return t('explorer.badParameter', { parameter: notice.parameter, value: notice.value });
  }
}

function Explorer({ index }: { index: DataIndex }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { state, notices } = useMemo(() => parseExplorerState(params, index), [params, index]);
  const onChange = useCallback(
    (changes: Partial<ExplorerState>) => {
      // A new indicator starts with nothing selected: the old observation belongs to the old indicator.
      const next = { ...state, ...changes };
      if (changes.indicatorId && changes.indicatorId !== state.indicatorId) next.observationId = null;
      setParams((current) => writeExplorerState(next, current));
    },
    [state, setParams],
  );
  const indicator = index.indicators.find((i) => i.id === state.indicatorId);
  const summary = index.summaries.find((s) => s.indicatorId === state.indicatorId);
  // The jurisdictions worth offering: those with a document or a value for this indicator.
  const offered = useMemo(() => {
    const codes = new Set([...index.documents.map((d) => d.jurisdictionCode), ...(summary?.jurisdictionCodes ?? [])]);
    // Filtered from the index's list in row order (sorted once per index), not sorted again per indicator.
    return jurisdictionsInRowOrder(index).filter((j) => codes.has(j.code));
  }, [index, summary]);
  const years = useMemo(
    () => [...new Set([...index.documents.map((d) => d.yearCovered), ...(summary?.years ?? [])])].sort((a, b) => a - b),
    [index, summary],
  );

  return (
    <div className="explorer">
      <aside className="panel explorer__controls" aria-label={t('explorer.controls')}>
        <IndicatorPicker indicators={index.indicators} selectedId={state.indicatorId} onSelect={(id) => onChange({ indicatorId: id })} />
        <JurisdictionPicker jurisdictions={offered} selected={state.jurisdictions} onChange={(codes) => onChange({ jurisdictions: codes })} />
        <YearRange years={years} from={state.from} to={state.to} onChange={(from, to) => onChange({ from, to })} />
        {notices.map((notice) => (
          <p key={`${notice.kind}-${'value' in notice ? notice.value : ''}`} role="status" className="notice">
            {noticeText(notice, t)}
          </p>
        ))}
      </aside>
      {indicator && <IndicatorPanel key={indicator.id} index={index} indicator={indicator} state={state} onChange={onChange} />}
    </div>
  );
}
