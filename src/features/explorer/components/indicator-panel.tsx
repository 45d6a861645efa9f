import { startTransition, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { useAfterPaint } from '../../../lib/use-after-paint';
import { AddToBriefingButton } from '../../../components/add-to-briefing-button';
import { ChartSummary } from '../../../components/chart-summary';
import { DownloadButtons } from '../../../components/download-buttons';
import { DataError } from '../../../components/data-error';
import { LazyChart } from '../../../components/lazy-chart';
import { Tabs } from '../../../components/tabs';
import { chartItemDraft, tableItemDraft } from '../../../domain/briefing-snapshot';
import type { DataIndex } from '../../../domain/data-files';
import { indicatorFileName } from '../../../domain/data-file-names';
import type { Indicator } from '../../../domain/indicator';
import { buildIndicatorRows, type IndicatorRow } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import { UNIT_LABELS } from '../../../domain/unit';
import { useIndicatorObservations } from '../../../lib/data/with-imported';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { formatNumber, QUALIFIER_SIGNS } from '../../../lib/format';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import { barChartHeight, barLayout, barOptionHeight, buildIndicatorBarOption, selectBarEntries, type ChartContext } from '../charts/indicator-bar-option';
import { useStackedLayout } from '../../../components/use-stacked-layout';
import { buildIndicatorLineOption, MAX_LINE_SERIES } from '../charts/indicator-line-option';
import { barYearOf } from '../model/bar-year';
import { chartCsvRows, explorerChartFrame, explorerChartMarks } from '../model/explorer-chart-export';
import { buildExplorerCsv, type ExplorerCsvInput } from '../model/explorer-csv';
import { buildEntries, documentsBehindChart, entryOrder, filterRows, mixesPeriods } from '../model/explorer-rows';
import { allObservations, computeOnce, jurisdictionsWithLevels, viewScope, yearsWithLevels } from '../model/indicator-data';
import { CHART_TYPES, SORTS, TABS, TOP_N_CHOICES, writeExplorerState, type ExplorerState } from '../url-state';
import { HighlightSearch } from './highlight-search';
import { IndicatorTable } from './indicator-table';
import { SourceDetail } from './source-detail';
import { SourcesList } from './sources-list';
import { ChartMarksLegend } from '../../../components/chart-marks-legend';
import { LanguageMarkedText } from '../../../components/language-marked-text';

export interface IndicatorPanelProps {
  index: DataIndex;
  indicator: Indicator;
  state: ExplorerState;
  onChange: (changes: Partial<ExplorerState>) => void;
}


/** Before every row is built: nothing not reported, no relative values, no rows (none is shown yet). */
const NO_ROWS = { rows: [] as IndicatorRow[], missing: [] as IndicatorRow[], relatives: [] as Observation[] };

function observationIdOf(datum: unknown): string | null {
  return typeof datum === 'object' && datum !== null && 'observationId' in datum && typeof datum.observationId === 'string'
    ? datum.observationId
    : null;
}

/** One indicator: definition, Chart | Table | Sources, downloads, and the quote of the selected value. */
export function IndicatorPanel({ index, indicator, state, onChange }: IndicatorPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  // Curated values and values from reports imported in this browser, the latter marked "imported".
  const query = useIndicatorObservations(indicator.id);
  const data = query.data;
  const importedSourceIds = useMemo(() => data?.importedSourceIds ?? new Set<string>(), [data]);
  const indicatorsById = useMemo(() => new Map(index.indicators.map((i) => [i.id, i])), [index]);
  const jurisdictionName = useCallback(
    (code: string) => index.jurisdictions.find((j) => j.code === code)?.name[language] ?? code,
    [index, language],
  );

  // Which years and jurisdictions have values, asked of the file without building its 27,000 rows (at scale).
  const { jurisdictions: chosen, from, to } = state;
  const filters = useMemo(() => ({ jurisdictions: chosen, from, to }), [chosen, from, to]);
  const scope = useMemo(() => viewScope(index, filters), [index, filters]);
  const years = useMemo(() => (data ? yearsWithLevels(data, scope) : []), [data, scope]);
  const jurisdictionsWithValues = useMemo(() => (data ? jurisdictionsWithLevels(data, scope) : new Set<string>()), [data, scope]);
  const barYear = state.year !== null && years.includes(state.year) ? state.year : (years.at(-1) ?? null);
  const latestYear = years.at(-1) ?? null;

  // The ranked chart reads two years: its own and the one before, for the change; at scale only the
  // jurisdictions it can draw (bar-year.ts; docs/scale.md, "First chart").
  const highlightSet = useMemo(() => new Set(state.highlight), [state.highlight]);
  const bar = useMemo(
    () =>
      data && barYear !== null
        ? barYearOf(index, data, filters, scope, barYear, indicator.direction, { top: state.top, highlight: highlightSet, whole: state.chart === 'line' })
        : null,
    [index, data, filters, scope, barYear, indicator.direction, state.top, highlightSet, state.chart],
  );
  const order = useMemo(() => entryOrder(state.sort, language, indicator.direction), [state.sort, language, indicator.direction]);

  // Every year: rows (the line chart, the table's not-reported rows, relative values) and entries in the
  // table's order (30,000 at scale). Computed when first asked for: by the render once it shows them, or
  // by a download or "add to briefing" clicked before that.
  const everyRow = useMemo(
    () =>
      computeOnce(() => {
        const allRows = data ? buildIndicatorRows(index, allObservations(data)) : [];
        const rows = filterRows(allRows, filters);
        return { allRows, rows, missing: rows.filter((r) => r.status === 'notReported'), relatives: rows.flatMap((r) => r.relatives) };
      }),
    [data, index, filters],
  );
  const everyEntryUnsorted = useMemo(
    () =>
      computeOnce(() => {
        const { allRows, rows } = everyRow();
        return buildEntries(allRows, rows, indicator.direction);
      }),
    [everyRow, indicator.direction],
  );
  // Sorted apart: a new order re-sorts the entries without building them again.
  const everyEntry = useMemo(() => computeOnce(() => [...everyEntryUnsorted()].sort(order)), [everyEntryUnsorted, order]);

  const context: ChartContext = useMemo(
    () => ({ indicator, language, t, selectedObservationId: state.observationId, importedSourceIds }),
    [indicator, language, t, state.observationId, importedSourceIds],
  );
  // At scale (docs/scale.md) the ranked chart draws the top N plus highlighted jurisdictions, and the
  // line chart draws the highlighted ones in colour over one grey series of all the others.
  const barSelection = useMemo(
    () =>
      bar === null || barYear === null
        ? { shown: [], leaderCount: 0, hiddenCount: 0, total: 0, tiedAtCutoff: null }
        : selectBarEntries(bar.entries, barYear, state.top, highlightSet, order, bar.counts),
    [bar, barYear, state.top, highlightSet, order],
  );
  const barEntries = barSelection.shown;
  const hasDrawable = state.chart === 'line' ? years.length > 0 : barEntries.length > 0;
  // The chart first (docs/scale.md): a ranked chart needs only the two years above. Every year's rows
  // wait until it has been drawn and painted, and so do every year's entries with year-on-year change
  // and the table's order, also while the chart library is still loading (built in that gap, they took
  // the time the library then needed to start and draw); with no chart on screen, or a line chart (it
  // draws every year), the rows are built at once and the entries wait for the first paint only.
  // useAfterPaint gives up waiting after 1.5 s (a slow chart download).
  const chartShown = state.tab === 'chart' && hasDrawable;
  const [drawnIndicatorId, setDrawnIndicatorId] = useState<string | null>(null);
  // A transition: ECharts reports the draw from inside the commit that drew it (setOption in a layout
  // effect), where an ordinary update re-rendered at once and first ran every pending effect of the page,
  // all before the browser could paint the chart (docs/scale.md, "First chart").
  const onChartRendered = useCallback(() => startTransition(() => setDrawnIndicatorId(indicator.id)), [indicator.id]);
  // Keyed on the data too: a paint while the file is still loading says nothing about the chart.
  // After the paint, every year's observations (a year per task), rows and entries are built in steps,
  // so a click or the next indicator is not held behind one long task; the render then finds them built.
  const prepare = useMemo(
    () =>
      data
        ? [...data.curated.yearsWithLevels().map((year) => () => void data.curated.ofYears([year])), () => void everyRow(), () => void everyEntryUnsorted(), () => void everyEntry()]
        : [],
    [data, everyRow, everyEntryUnsorted, everyEntry],
  );
  const painted = useAfterPaint(data ? indicator.id : null, !chartShown || drawnIndicatorId === indicator.id, { prepare });
  const rowsShown = data !== undefined && (painted || !(chartShown && state.chart === 'bar'));
  const { rows, missing, relatives } = rowsShown ? everyRow() : NO_ROWS;
  const entries = painted && data !== undefined ? everyEntry() : null;
  const lineHighlight = useMemo(() => {
    if (state.highlight.length > 0 || state.chart !== 'line') return state.highlight;
    // The five best of the latest year (ties broken by the table's order), never a crowd of equal ranks.
    const latestEntries = latestYear === null ? [] : latestYear === barYear ? [...(bar?.entries ?? [])].sort(order) : everyEntry().filter((e) => e.row.year === latestYear);
    return latestEntries
      .filter((e) => e.rank !== null)
      .sort((a, b) => a.rank! - b.rank!)
      .slice(0, 5)
      .map((e) => e.row.jurisdiction.code);
  }, [state.highlight, state.chart, latestYear, barYear, bar, order, everyEntry]);
  // The ranked chart's text goes above its bars where the chart is narrow for it (长者模式, a phone).
  const [chartWidthRef, barStacked] = useStackedLayout<HTMLHeadingElement>(barLayout);
  const stacked = state.chart === 'bar' ? barStacked : undefined;
  const barOption = useCallback(
    (layout: typeof stacked) =>
      buildIndicatorBarOption(bar?.entries ?? [], barYear ?? 0, context, { top: state.top, highlight: highlightSet, selection: barSelection, stacked: layout }),
    [bar, barYear, context, state.top, highlightSet, barSelection],
  );
  const option = useMemo(
    () => (state.chart === 'line' ? buildIndicatorLineOption(rows, context, { highlight: lineHighlight }) : barOption(stacked)),
    [state.chart, rows, context, lineHighlight, barOption, stacked],
  );
  const chartHeight = state.chart === 'line' ? 380 : barOptionHeight(option, barEntries.length, stacked);
  // An image is 1000 px wide at 12 px text: names and values beside the bars, as on a desktop.
  const exportOption = useMemo(() => (stacked ? barOption(undefined) : option), [stacked, barOption, option]);
  const atScale = jurisdictionsWithValues.size > MAX_LINE_SERIES;
  const highlightable = useMemo(
    () => (atScale ? index.jurisdictions.filter((j) => jurisdictionsWithValues.has(j.code)) : []),
    [atScale, index, jurisdictionsWithValues],
  );
  const describeHighlight = (j: Jurisdiction) => {
    const rank = bar?.rankOf(j.code) ?? null;
    return rank !== null
      ? t('explorer.scale.highlightRank', { name: j.name[language], year: barYear, rank, total: barSelection.total })
      : t('explorer.scale.highlightNoValue', { name: j.name[language], year: barYear });
  };
  const onItemClick = useCallback(
    (datum: unknown) => {
      const id = observationIdOf(datum);
      if (id) onChange({ observationId: id });
    },
    [onChange],
  );

  // A clicked bar is one of the chart's own observations; a link may name any, which is looked up (and, at
  // scale, built) alone, so its source is shown with the first chart rather than after every row is built.
  const selected = useMemo(() => {
    if (state.observationId === null || !data) return null;
    const id = state.observationId;
    return bar?.observations.find((o) => o.id === id) ?? data.curated.byId(id) ?? data.imported.find((o) => o.id === id) ?? null;
  }, [bar, data, state.observationId]);
  // A link (a briefing, a shared address) can name a value the data no longer has: a deleted imported report,
  // or curated data rebuilt since. Said so, rather than shown as if nothing had been linked.
  const missingObservationId = state.observationId !== null && data !== undefined && selected === null ? state.observationId : null;
  const numerator = indicator.numeratorId ? indicatorsById.get(indicator.numeratorId) : undefined;
  const denominator = indicator.denominatorId ? indicatorsById.get(indicator.denominatorId) : undefined;
  const total = indicator.partOfId ? indicatorsById.get(indicator.partOfId) : undefined;
  const unitLabel = UNIT_LABELS[indicator.unit][language];
  const shownObservations = useMemo(() => [...(entries ?? []).map((e) => e.observation), ...relatives], [entries, relatives]);
  // An exported chart names the documents behind what it draws: the bars of its year, or every level
  // of the line chart. Both are at hand with the chart itself, never waiting for the deferred entries.
  const chartDocuments = useMemo(
    () => documentsBehindChart(state.chart, rows, barEntries, index.documents),
    [state.chart, rows, barEntries, index.documents],
  );
  const chartDrawn = useMemo(() => (state.chart === 'line' ? rows.flatMap((r) => r.levels) : barEntries.map((e) => e.observation)), [state.chart, rows, barEntries]);
  const chartMissing = state.chart === 'line' ? missing : NO_ROWS.missing;
  // The legend under the chart names what it draws, as its PNG and SVG do (explorerChartMarks).
  const chartMarks = useMemo(
    () => explorerChartMarks({ chart: state.chart, drawn: chartDrawn, missing: chartMissing, isImported: (o) => importedSourceIds.has(o.provenance.sourceId), t }),
    [state.chart, chartDrawn, chartMissing, importedSourceIds, t],
  );
  const exportFrame = () =>
    explorerChartFrame({
      indicator,
      chart: state.chart,
      barYear,
      years,
      drawn: chartDrawn,
      barEntries,
      notReported: bar?.notReported ?? 0,
      missing: chartMissing,
      documents: chartDocuments,
      isImported: (o) => importedSourceIds.has(o.provenance.sourceId),
      jurisdictionName,
      link: window.location.href,
      today: new Date().toISOString().slice(0, 10),
      height: state.chart === 'line' ? 560 : Math.max(420, barChartHeight(barEntries.length) + 160),
      language,
      t,
    });
  const csvOf = (shown: Pick<ExplorerCsvInput, 'entries' | 'missing' | 'relatives'>) => buildExplorerCsv({ indicator, ...shown, documents: index.documents, jurisdictionName, language, t });
  // The table's CSV holds the whole table; a chart's, what that chart draws (its year's bars, or the trend).
  const tableCsv = () => csvOf({ entries: everyEntry(), missing: everyRow().missing, relatives: everyRow().relatives });
  const chartCsv = () => csvOf(chartCsvRows(state.chart, barYear, barEntries, everyEntry, everyRow().missing));
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
  const table = !entries ? (
    <p role="status" className="muted">
      {t('table.preparing')}
    </p>
  ) : (
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
  // The chart in words (highest, lowest, trend, caveats) for screen readers and anyone who prefers text.
  const summaryEntries = state.chart === 'line' ? entries : barEntries;
  const summaryItems = (summaryEntries ?? []).map((e) => ({
    name: e.row.jurisdiction.name[language],
    year: e.row.year,
    value: e.observation.value,
    qualifier: e.observation.qualifier,
    partial: isPartialPeriod(e.observation.period),
    conflict: e.conflict,
    imported: importedSourceIds.has(e.observation.provenance.sourceId),
  }));
  const summaryNotReported = state.chart === 'line' ? missing.length : (bar?.notReported ?? 0);
  // "Add to briefing": a snapshot of exactly what is shown, with the view (URL state) it came from.
  const briefingLookups = { jurisdictions: index.jurisdictions, documents: index.documents };
  const briefingView = (tab: ExplorerState['tab']) => ({
    pathname: '/explore',
    search: `?${writeExplorerState({ ...state, tab, year: tab === 'chart' && state.chart === 'bar' ? barYear : state.year, observationId: null })}`,
  });
  const briefingScope = { jurisdictions: state.jurisdictions, from: state.from, to: state.to };
  const chartDraft = () =>
    chartItemDraft({
      indicator,
      chartType: state.chart,
      observations: (state.chart === 'line' ? everyEntry() : barEntries).map((e) => e.observation),
      view: briefingView('chart'),
      scope: { ...briefingScope, year: state.chart === 'bar' ? barYear : null, includeRelatives: false },
      lookups: briefingLookups,
    });
  const tableDraft = () =>
    tableItemDraft({
      indicator,
      observations: [...everyEntry().map((e) => e.observation), ...everyRow().relatives],
      view: briefingView('table'),
      scope: { ...briefingScope, year: null, includeRelatives: true },
      lookups: briefingLookups,
    });

  return (
    <div className="indicator-panel">
      <section className="panel" aria-labelledby="indicator-heading">
        <h2 id="indicator-heading">{indicator.name[language]}</h2>
        <p className="definition">
          <span className="muted">{t('indicator.definition')}:</span> <LanguageMarkedText text={indicator.definition[language]} language={language} />
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
                  {state.chart === 'bar' && barSelection.total > TOP_N_CHOICES[0] && (
                    <label className="inline-field">
                      {t('explorer.scale.topN')}{' '}
                      <select value={state.top} onChange={(e) => onChange({ top: Number(e.target.value) })}>
                        {TOP_N_CHOICES.map((n) => (
                          <option key={n} value={n}>
                            {t('explorer.scale.topNOption', { count: n })}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
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
                {atScale && (
                  <HighlightSearch
                    jurisdictions={highlightable}
                    highlight={state.highlight}
                    onChange={(codes) => onChange({ highlight: codes })}
                    describe={describeHighlight}
                  />
                )}
                {state.chart === 'bar' && barSelection.hiddenCount > 0 && (
                  <p className="muted small">
                    {t('explorer.scale.shownOfTotal', { top: state.top, total: barSelection.total })}
                    {barSelection.tiedAtCutoff && <> {t('explorer.scale.tiedAtCutoff', barSelection.tiedAtCutoff)}</>}
                  </p>
                )}
                {state.chart === 'line' && atScale && (
                  <p className="muted small">{t('explorer.scale.lineHighlightHint', { count: jurisdictionsWithValues.size - lineHighlight.length })}</p>
                )}
                {state.chart === 'bar' && barYear !== null && mixesPeriods(barEntries) && (
                  <p className="note" role="note">
                    {t('explorer.mixedPeriods', { year: barYear })}
                  </p>
                )}
                {/* Measured for the chart's width: the heading spans the chart's column. */}
                <h3 className="chart-title" ref={chartWidthRef}>
                  {state.chart === 'bar' && barYear !== null
                    ? t('chart.titleBar', { indicator: indicator.name[language], year: barYear })
                    : t('chart.title', { indicator: indicator.name[language] })}
                </h3>
                {hasDrawable ? (
                  <LazyChart
                    option={option}
                    height={chartHeight}
                    onItemClick={onItemClick}
                    onRendered={onChartRendered}
                    label={state.chart === 'line' ? t('chart.ariaLine', { indicator: indicator.name[language] }) : t('chart.ariaBar', { indicator: indicator.name[language], year: barYear })}
                    describedBy="indicator-chart-summary"
                  />
                ) : (
                  <p className="muted">{t('chart.noLevels')}</p>
                )}
                {/* What lies under the chart waits for its first paint (it cannot move the chart): rendered with
                    it, it was one more part of the task that ends in the first chart (docs/scale.md). */}
                {painted && (
                  <>
                    {hasDrawable && summaryEntries && (
                      <ChartSummary
                        id="indicator-chart-summary"
                        items={summaryItems}
                        notReported={summaryNotReported}
                        formatValue={(p) => `${QUALIFIER_SIGNS[p.qualifier]}${formatNumber(p.value, language)}${indicator.unit === '%' ? '%' : ` ${unitLabel}`}`}
                      />
                    )}
                    <ChartMarksLegend marks={chartMarks} />
                    {relatives.length > 0 && <p className="note">{t('chart.relativeNotDrawn', { count: relatives.length })}</p>}
                    <p className="muted small">{t('chart.clickHint')}</p>
                    <DownloadButtons baseName={baseName} chart={hasDrawable ? { option: exportOption, frame: exportFrame } : null} csv={hasDrawable ? chartCsv : tableCsv} />
                    {hasDrawable && <AddToBriefingButton what={t('briefings.kind.chart')} draft={chartDraft} />}
                    {table}
                  </>
                )}
              </>
            )}
            {state.tab === 'table' && (
              <>
                <div className="chart-controls">{sortControl}</div>
                {table}
                <DownloadButtons baseName={baseName} chart={null} csv={tableCsv} />
                <AddToBriefingButton what={t('briefings.kind.table')} draft={tableDraft} />
              </>
            )}
            {state.tab === 'sources' &&
              (entries ? (
                <SourcesList documents={index.documents} observations={shownObservations} />
              ) : (
                <p role="status" className="muted">
                  {t('table.preparing')}
                </p>
              ))}
          </Tabs>
        )}
      </section>
      <SourceDetail
        index={index}
        indicator={indicator}
        observation={selected}
        missingObservationId={missingObservationId}
        onClose={() => onChange({ observationId: null })}
      />
    </div>
  );
}
