import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataError } from '../../../components/data-error';
import { LazyChart } from '../../../components/lazy-chart';
import { Tabs } from '../../../components/tabs';
import { indicatorFileName, type DataIndex } from '../../../domain/data-files';
import type { Indicator } from '../../../domain/indicator';
import { buildIndicatorRows } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import { UNIT_LABELS } from '../../../domain/unit';
import { useIndicatorData } from '../../../lib/data/get-indicator-data';
import { formatDate } from '../../../lib/format';
import { barChartHeight, buildIndicatorBarOption, type ChartContext } from '../charts/indicator-bar-option';
import { buildIndicatorLineOption } from '../charts/indicator-line-option';
import { buildExplorerCsv } from '../model/explorer-csv';
import { buildEntries, filterRows, mixesPeriods, sortEntries, yearsWithValues } from '../model/explorer-rows';
import { CHART_TYPES, SORTS, TABS, type ExplorerState } from '../url-state';
import { DownloadButtons } from './download-buttons';
import { IndicatorTable } from './indicator-table';
import { SourceDetail } from './source-detail';
import { SourcesList } from './sources-list';

export interface IndicatorPanelProps {
  index: DataIndex;
  indicator: Indicator;
  state: ExplorerState;
  onChange: (changes: Partial<ExplorerState>) => void;
}

const NO_IMPORTS: ReadonlySet<string> = new Set();

function observationIdOf(datum: unknown): string | null {
  return typeof datum === 'object' && datum !== null && 'observationId' in datum && typeof datum.observationId === 'string'
    ? datum.observationId
    : null;
}

/** One indicator: definition, Chart | Table | Sources, downloads, and the quote of the selected value. */
export function IndicatorPanel({ index, indicator, state, onChange }: IndicatorPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const query = useIndicatorData(indicator.id);
  const importedSourceIds = NO_IMPORTS;
  const indicatorsById = useMemo(() => new Map(index.indicators.map((i) => [i.id, i])), [index]);
  const jurisdictionName = useCallback(
    (code: string) => index.jurisdictions.find((j) => j.code === code)?.name[language] ?? code,
    [index, language],
  );

  const allRows = useMemo(() => (query.data ? buildIndicatorRows(index, query.data.observations) : []), [index, query.data]);
  const rows = useMemo(() => filterRows(allRows, state), [allRows, state]);
  const years = useMemo(() => yearsWithValues(rows), [rows]);
  const barYear = state.year !== null && years.includes(state.year) ? state.year : (years.at(-1) ?? null);
  const entries = useMemo(
    () => sortEntries(buildEntries(allRows, rows, indicator.direction), state.sort, language, indicator.direction),
    [allRows, rows, indicator.direction, state.sort, language],
  );
  const missing = rows.filter((r) => r.status === 'notReported');
  const relatives = rows.flatMap((r) => r.relatives);
  const context: ChartContext = useMemo(
    () => ({ indicator, language, t, selectedObservationId: state.observationId, importedSourceIds }),
    [indicator, language, t, state.observationId, importedSourceIds],
  );
  const barEntries = barYear === null ? [] : entries.filter((e) => e.row.year === barYear);
  const option = useMemo(
    () =>
      state.chart === 'line'
        ? buildIndicatorLineOption(rows, context)
        : buildIndicatorBarOption(entries, barYear ?? 0, context),
    [state.chart, rows, entries, barYear, context],
  );
  const onItemClick = useCallback(
    (datum: unknown) => {
      const id = observationIdOf(datum);
      if (id) onChange({ observationId: id });
    },
    [onChange],
  );

  const shownObservations = [...entries.map((e) => e.observation), ...relatives];
  const selected = query.data?.observations.find((o) => o.id === state.observationId) ?? null;
  const numerator = indicator.numeratorId ? indicatorsById.get(indicator.numeratorId) : undefined;
  const denominator = indicator.denominatorId ? indicatorsById.get(indicator.denominatorId) : undefined;
  const total = indicator.partOfId ? indicatorsById.get(indicator.partOfId) : undefined;
  const unitLabel = UNIT_LABELS[indicator.unit][language];
  const usedDocuments = index.documents.filter((d) => shownObservations.some((o) => o.provenance.sourceId === d.id));
  const today = new Date().toISOString().slice(0, 10);
  const frame = {
    title: indicator.name[language],
    subtitle:
      state.chart === 'line'
        ? t('explorer.download.subtitleLine', { from: years[0], to: years.at(-1), unit: unitLabel })
        : t('explorer.download.subtitleBar', { year: barYear, unit: unitLabel }),
    sourceLine: t('explorer.download.sourceLine', {
      sources: usedDocuments.map((d) => d.title[language]).join('; '),
      date: formatDate(today, language),
    }),
    width: 1000,
    height: state.chart === 'line' ? 560 : Math.max(420, barChartHeight(barEntries.length) + 160),
  };
  const csv = () =>
    buildExplorerCsv({ indicator, entries, missing, relatives, documents: index.documents, jurisdictionName, language, t });
  const baseName = `${indicator.name[language]}_${state.chart === 'bar' && state.tab === 'chart' ? barYear : years.join('-')}`;
  const sortControl = (
    <label className="inline-field">
      {t('explorer.sort.label')}{' '}
      <select value={state.sort} onChange={(e) => onChange({ sort: e.target.value as ExplorerState['sort'] })}>
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`explorer.sort.${sort}`)}
          </option>
        ))}
      </select>
    </label>
  );
  const table = (
    <IndicatorTable
      indicator={indicator}
      entries={entries}
      missing={missing}
      relatives={relatives}
      jurisdictionName={jurisdictionName}
      selectedObservationId={state.observationId}
      importedSourceIds={importedSourceIds}
      onSelectObservation={(id) => onChange({ observationId: id })}
    />
  );
  const hasDrawable = state.chart === 'line' ? years.length > 0 : barEntries.length > 0;

  return (
    <div className="indicator-panel">
      <section className="panel" aria-labelledby="indicator-heading">
        <h2 id="indicator-heading">{indicator.name[language]}</h2>
        <p className="definition">
          <span className="muted">{t('indicator.definition')}:</span> {indicator.definition[language]}
        </p>
        <p className="muted small">
          {t(`theme.${indicator.theme}`)} · {t(`indicator.kind.${indicator.kind}`)} · {t(`indicator.direction.${indicator.direction}`)} · {t('indicator.unit')}: {unitLabel}
          {numerator && denominator && (
            <> · {t('indicator.formula', { numerator: numerator.name[language], denominator: denominator.name[language] })}</>
          )}
          {total && <> · {t('indicator.partOf', { total: total.name[language] })}</>}
        </p>

        {query.isError ? (
          <DataError error={query.error} file={indicatorFileName(indicator.id)} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : query.isPending ? (
          <p role="status">{t('chart.loading')}</p>
        ) : (
          <Tabs
            label={t('explorer.tabs.label')}
            items={TABS.map((key) => ({ key, label: t(`explorer.tabs.${key}`) }))}
            selected={state.tab}
            onSelect={(tab) => onChange({ tab })}
          >
            {state.tab === 'chart' && (
              <>
                <div className="chart-controls">
                  <fieldset className="segmented">
                    <legend>{t('explorer.chartType.legend')}</legend>
                    {CHART_TYPES.map((type) => (
                      <label key={type} className="segmented__option">
                        <input type="radio" name="chart-type" checked={state.chart === type} onChange={() => onChange({ chart: type })} />
                        <span>{t(`explorer.chartType.${type}`)}</span>
                      </label>
                    ))}
                  </fieldset>
                  {sortControl}
                  {state.chart === 'bar' && years.length > 0 && (
                    <label className="inline-field">
                      {t('explorer.year')}{' '}
                      <select value={barYear ?? ''} onChange={(e) => onChange({ year: Number(e.target.value) })}>
                        {years.map((y) => (
                          <option key={y} value={y}>
                            {y}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                </div>
                {state.chart === 'bar' && barYear !== null && mixesPeriods(barEntries) && (
                  <p className="note" role="note">
                    {t('explorer.mixedPeriods', { year: barYear })}
                  </p>
                )}
                <h3 className="chart-title">
                  {state.chart === 'bar' && barYear !== null
                    ? t('chart.titleBar', { indicator: indicator.name[language], year: barYear })
                    : t('chart.title', { indicator: indicator.name[language] })}
                </h3>
                {hasDrawable ? (
                  <LazyChart
                    option={option}
                    height={state.chart === 'line' ? 380 : barChartHeight(barEntries.length)}
                    onItemClick={onItemClick}
                    label={state.chart === 'line' ? t('chart.ariaLine', { indicator: indicator.name[language] }) : t('chart.ariaBar', { indicator: indicator.name[language], year: barYear })}
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
                  <li>{t('chart.legendImported')}</li>
                </ul>
                {relatives.length > 0 && <p className="note">{t('chart.relativeNotDrawn', { count: relatives.length })}</p>}
                <p className="muted small">{t('chart.clickHint')}</p>
                <DownloadButtons baseName={baseName} chart={hasDrawable ? { option, frame } : null} csv={csv} />
                {table}
              </>
            )}
            {state.tab === 'table' && (
              <>
                <div className="chart-controls">{sortControl}</div>
                {table}
                <DownloadButtons baseName={baseName} chart={null} csv={csv} />
              </>
            )}
            {state.tab === 'sources' && <SourcesList documents={index.documents} observations={shownObservations} />}
          </Tabs>
        )}
      </section>
      <SourceDetail index={index} indicator={indicator} observation={selected} onClose={() => onChange({ observationId: null })} />
    </div>
  );
}
