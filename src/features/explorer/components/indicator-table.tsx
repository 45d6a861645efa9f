import { useRef, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import type { Indicator } from '../../../domain/indicator';
import type { IndicatorRow } from '../../../domain/indicator-view';
import type { Language } from '../../../domain/localized-text';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { formatNumber, formatObservationValue, formatPeriod, formatRelativeValue } from '../../../lib/format';
import { useFixedRowWindow } from '../../../lib/use-fixed-row-window';
import type { ExplorerEntry, YearOnYear } from '../model/explorer-rows';
import { ScrollingTable } from '../../../components/scrolling-table';

export interface IndicatorTableProps {
  indicator: Indicator;
  entries: ExplorerEntry[];
  /** Jurisdiction-years whose document gives no figure. */
  missing: IndicatorRow[];
  relatives: Observation[];
  jurisdictionName: (code: string) => string;
  selectedObservationId: string | null;
  importedSourceIds: ReadonlySet<string>;
  onSelectObservation: (observationId: string) => void;
}

export function formatChange(change: YearOnYear, language: Language, t: ReturnType<typeof useTranslation>['t']): string {
  if (change.kind === 'none') return t(`explorer.changeNone.${change.reason}`);
  const sign = change.absolute > 0 ? '+' : '';
  const percent = change.percent === null ? '—' : `${change.percent > 0 ? '+' : ''}${formatNumber(change.percent, language)}%`;
  return t('explorer.changeValue', { absolute: `${sign}${formatNumber(change.absolute, language)}`, percent });
}

/**
 * The accessible twin of the chart: every value with its qualifier, period,
 * scope, rank and year-on-year change, and a button to its quote; every
 * jurisdiction-year a document covers without a figure reads "not reported".
 */
export function IndicatorTable(props: IndicatorTableProps) {
  const { indicator, entries, missing, relatives, jurisdictionName, selectedObservationId, importedSourceIds, onSelectObservation } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const caption = t('table.caption', { indicator: indicator.name[language] });

  const sourceButton = (observation: Observation) => (
    <button
      type="button"
      className="link-button"
      aria-pressed={observation.id === selectedObservationId}
      onClick={() => onSelectObservation(observation.id)}
    >
      {t('table.showSource')}
    </button>
  );
  const badges = (observation: Observation) => (
    <>
      {observation.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${observation.qualifier}`)}</span>}
      {importedSourceIds.has(observation.provenance.sourceId) && <span className="badge badge--imported">{t('chart.importedMark')}</span>}
    </>
  );
  const periodCell = (observation: Observation) => (
    <td>
      {formatPeriod(observation.period, observation.year, language, t)}
      {isPartialPeriod(observation.period) && <span className="badge">{t('period.partialBadge')}</span>}
    </td>
  );

  const entryRow = (entry: ExplorerEntry, rowIndex?: number) => {
    const { observation } = entry;
    return (
      <tr
        key={observation.id}
        aria-rowindex={rowIndex}
        className={observation.id === selectedObservationId ? 'row--selected' : undefined}
      >
        <th scope="row">{entry.row.jurisdiction.name[language]}</th>
        <td>{entry.row.year}</td>
        <td className="num">
          <span className="value">{formatObservationValue(observation, indicator, language)}</span>
          {badges(observation)}
          {entry.conflict && <span className="badge badge--warn">{t('table.conflict')}</span>}
        </td>
        {periodCell(observation)}
        <td className="num">{entry.rank ?? '—'}</td>
        <td className="small">{formatChange(entry.change, language, t)}</td>
        <td>{observation.scope.kind === 'jurisdiction' ? t('scope.jurisdiction') : observation.scope.label[language]}</td>
        <td>{sourceButton(observation)}</td>
      </tr>
    );
  };
  const missingRow = (row: IndicatorRow, rowIndex?: number) => (
    <tr
      key={`${row.jurisdiction.code}-${row.year}`}
      aria-rowindex={rowIndex}
      className="row--missing"
    >
      <th scope="row">{row.jurisdiction.name[language]}</th>
      <td>{row.year}</td>
      <td className="num">{t('table.notReported')}</td>
      <td colSpan={5}>{t('table.notReportedHint')}</td>
    </tr>
  );
  const header = (
    <thead>
      <tr aria-rowindex={entries.length + missing.length > VIRTUALIZE_AFTER ? 1 : undefined}>
        <th scope="col">{t('table.jurisdiction')}</th>
        <th scope="col">{t('table.year')}</th>
        <th scope="col">{t('table.value')}</th>
        <th scope="col">{t('table.period')}</th>
        <th scope="col">{t('explorer.rank')}</th>
        <th scope="col">{t('explorer.change')}</th>
        <th scope="col">{t('table.scope')}</th>
        <th scope="col">{t('table.source')}</th>
      </tr>
    </thead>
  );

  return (
    <>
      {entries.length + missing.length > VIRTUALIZE_AFTER ? (
        <VirtualTableBody
          caption={caption}
          header={header}
          count={entries.length + missing.length}
          renderRow={(i) => (i < entries.length ? entryRow(entries[i]!, i + 2) : missingRow(missing[i - entries.length]!, i + 2))}
        />
      ) : (
        <ScrollingTable caption={caption}>
          {header}
          <tbody>
            {entries.map((entry) => entryRow(entry))}
            {missing.map((row) => missingRow(row))}
          </tbody>
        </ScrollingTable>
      )}
      {relatives.length > 0 && (
        <ScrollingTable caption={t('explorer.relativesHeading')}>
          <thead>
            <tr>
              <th scope="col">{t('table.jurisdiction')}</th>
              <th scope="col">{t('table.year')}</th>
              <th scope="col">{t('table.relative')}</th>
              <th scope="col">{t('table.period')}</th>
              <th scope="col">{t('table.source')}</th>
            </tr>
          </thead>
          <tbody>
            {relatives.map((observation) => (
              <tr key={observation.id} className={observation.id === selectedObservationId ? 'row--selected' : undefined}>
                <th scope="row">{jurisdictionName(observation.jurisdictionCode)}</th>
                <td>{observation.year}</td>
                <td>
                  {formatRelativeValue(observation, observation.relative!, language, t)}
                  {badges(observation)}
                </td>
                {periodCell(observation)}
                <td>{sourceButton(observation)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      )}
    </>
  );
}

/** Above this many rows the table renders only the rows in view (thousands of jurisdiction-years at scale). */
export const VIRTUALIZE_AFTER = 200;
/** A row in the default display (explorer.css); the real height is measured once rows are laid out. */
const ROW_HEIGHT_ESTIMATE = 46;
/** Where there is no layout (a hidden panel, tests), assume a region's worth of rows (explorer.css: at most 640 px). */
const FALLBACK_HEIGHT = 640;

/**
 * Rows have a fixed height (CSS: one line, no wrapping), so positions are
 * arithmetic (src/lib/use-fixed-row-window.ts): scrolling renders rows
 * without reading layout.
 *
 * A real <table> whose body holds only the rows in view plus spacer rows for
 * the rest, in a scrolling region of fixed height. aria-rowcount gives the
 * full size and every rendered row its aria-rowindex, so assistive technology
 * knows where it is; the header row stays in place (sticky) while scrolling.
 */
function VirtualTableBody({
  caption,
  header,
  count,
  renderRow,
}: {
  caption: string;
  header: ReactNode;
  count: number;
  renderRow: (index: number) => ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // The row height differs by display mode (长者模式 and its text sizes: 46 to 125 px), so the hook measures the rendered rows.
  const { first, last, paddingTop, paddingBottom } = useFixedRowWindow({
    count,
    overscan: 12,
    estimatedRowHeight: ROW_HEIGHT_ESTIMATE,
    fallbackHeight: FALLBACK_HEIGHT,
    scrollRef,
    bodyRef,
  });
  const rows: ReactNode[] = [];
  for (let index = first; index <= last; index++) rows.push(renderRow(index));
  return (
    <div ref={scrollRef} className="table-scroll table-scroll--virtual" tabIndex={0} role="region" aria-label={caption} data-testid="virtual-table">
      <table className="data-table" aria-rowcount={count + 1}>
        <caption>{caption}</caption>
        {header}
        <tbody ref={bodyRef}>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={8} style={{ height: paddingTop }} />
            </tr>
          )}
          {rows}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={8} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
