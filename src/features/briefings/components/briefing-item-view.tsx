import type { TFunction } from '../../../lib/i18n';
import { useMemo } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { StaticChart } from '../../../components/static-chart';
import type { BriefingItem, ChartItem, IndicatorRef } from '../../../domain/briefing';
import type { Language } from '../../../domain/localized-text';
import { isImportedSourceId } from '../../../domain/imported-report';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatNumber, formatPeriod, formatRelativeValue, QUALIFIER_SIGNS } from '../../../lib/format';
import { ChartMarksLegend } from '../../../components/chart-marks-legend';
import { itemValues } from '../model/briefing-values';
import { BRIEFING_CHART_WIDTH, briefingChartHeight, briefingChartMarks, buildBriefingChartOption } from '../charts/briefing-chart-option';
import { LanguageMarkedText } from '../../../components/language-marked-text';

/** "≥260 件", "99.5%", or for a relative value "是2017年的 ≈2 倍" / "≈2 times the 2017 figure": never rounded away from the source. */
export function formatItemValue(observation: Observation, indicator: IndicatorRef, language: Language, t: TFunction): string {
  if (observation.relative) return formatRelativeValue(observation, observation.relative, language, t);
  const number = `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`;
  const unit = indicator.unit;
  return unit === '%' ? `${number}%` : `${number} ${UNIT_LABELS[unit][language]}`;
}

/** The heading of an item, as the editor and the printed briefing show it. */
export function itemHeading(item: BriefingItem, language: Language, t: TFunction): string {
  const jurisdiction = (code: string) => item.jurisdictions.find((j) => j.code === code)?.name[language] ?? code;
  switch (item.kind) {
    case 'chart': {
      const year = item.scope.year ?? item.observations[0]?.year ?? '';
      return item.chartType === 'bar'
        ? t('briefings.item.chartBar', { indicator: item.indicator.name[language], year })
        : t('briefings.item.chartLine', { indicator: item.indicator.name[language] });
    }
    case 'table':
      return t('briefings.item.table', { indicator: item.indicator.name[language] });
    case 'quote':
      return t('briefings.item.quote', { indicator: item.indicator.name[language], jurisdiction: jurisdiction(item.observations[0]!.jurisdictionCode) });
    case 'profile':
      return t('briefings.item.profile', { jurisdiction: item.jurisdiction.name[language] });
  }
}

export function FootnoteRef({ number }: { number: number | undefined }) {
  const { t } = useTranslation();
  if (number === undefined) return null;
  return (
    <sup className="fn-ref" aria-label={t('briefings.item.footnoteRef', { number })}>
      [{number}]
    </sup>
  );
}

export interface BriefingItemViewProps {
  item: BriefingItem;
  footnote: (observationId: string) => number | undefined;
  onChartReady?: () => void;
}

function scopeText(observation: Observation, language: Language, t: TFunction): string {
  return observation.scope.kind === 'jurisdiction' ? t('scope.jurisdiction') : observation.scope.label[language];
}

/**
 * The values of an item as the explorer's table gives them: levels with their
 * qualifier sign, period (marked part-year), scope and footnote; the
 * jurisdiction-years not reported; relative values in a table of their own;
 * then a key to the signs and the curators' notes, lettered.
 */
function ValuesTable({ item, footnote, indicatorOf, caption }: BriefingItemViewProps & { indicatorOf: (o: Observation) => IndicatorRef | undefined; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const values = useMemo(() => itemValues(item), [item]);
  const jurisdiction = (code: string) => item.jurisdictions.find((j) => j.code === code)?.name[language] ?? code;
  const showIndicator = item.kind === 'profile';
  const notReported = item.kind === 'table' ? (item.notReported ?? []) : [];
  // A table stored before its "not reported" rows were recorded says so: silence would read as "all reported".
  const notReportedUnrecorded = item.kind === 'table' && item.notReported === undefined;
  // A county-level view lists only the first rows; the others are counted, never dropped in silence.
  const notReportedTotal = item.kind === 'table' ? (item.notReportedTotal ?? notReported.length) : 0;
  const notReportedMore = notReportedTotal - notReported.length;
  const rowName = (o: Observation) => (showIndicator ? (indicatorOf(o)?.name[language] ?? o.indicatorId) : jurisdiction(o.jurisdictionCode));
  const firstColumn = showIndicator ? t('briefings.item.indicator') : t('briefings.item.jurisdiction');
  const marks = (o: Observation) => (
    <>
      {values.noteMark(o.id) !== undefined && (
        <sup className="briefing-note-ref" aria-label={t('briefings.item.noteRef', { mark: values.noteMark(o.id) })}>
          {values.noteMark(o.id)}
        </sup>
      )}
      <FootnoteRef number={footnote(o.id)} />
      {isImportedSourceId(o.provenance.sourceId) && <span className="badge badge--imported">{t('chart.importedMark')}</span>}
    </>
  );
  // Levels and relative values are laid out alike, in two tables: only the value's heading differs.
  const head = (valueHeading: string) => (
    <thead>
      <tr>
        <th scope="col">{firstColumn}</th>
        <th scope="col">{t('briefings.item.year')}</th>
        <th scope="col">{valueHeading}</th>
        <th scope="col">{t('briefings.item.period')}</th>
        <th scope="col">{t('table.scope')}</th>
      </tr>
    </thead>
  );
  const valueRow = (o: Observation) => {
    const indicator = indicatorOf(o);
    return (
      <tr key={o.id}>
        <th scope="row">{rowName(o)}</th>
        <td>{o.year}</td>
        <td className="briefing-table__value">
          {indicator ? formatItemValue(o, indicator, language, t) : o.valueAsWritten}
          {marks(o)}
          {values.conflicting.has(o.id) && <span className="badge badge--warn">{t('table.conflict')}</span>}
        </td>
        <td>
          {formatPeriod(o.period, o.year, language, t)}
          {isPartialPeriod(o.period) && <span className="badge">{t('period.partialBadge')}</span>}
        </td>
        <td>{scopeText(o, language, t)}</td>
      </tr>
    );
  };
  const unrecorded = notReportedUnrecorded && <p className="briefing-values__aside small">{t('briefings.item.notReportedUnrecorded')}</p>;
  if (item.observations.length === 0 && notReported.length === 0) {
    return (
      <>
        <p className="muted small">{t('briefings.item.noValues')}</p>
        {unrecorded}
      </>
    );
  }
  return (
    <>
      {(values.levels.length > 0 || notReported.length > 0) && (
        <table className="briefing-table">
          <caption className="briefing-visually-hidden">{caption}</caption>
          {head(t('briefings.item.value'))}
          <tbody>
            {values.levels.map(valueRow)}
            {notReported.map((row) => (
              <tr key={`${row.jurisdictionCode}-${row.year}`} className="briefing-table__missing">
                <th scope="row">{jurisdiction(row.jurisdictionCode)}</th>
                <td>{row.year}</td>
                <td>{t('table.notReported')}</td>
                <td colSpan={2}>{t('table.notReportedHint')}</td>
              </tr>
            ))}
            {notReportedMore > 0 && (
              <tr className="briefing-table__missing">
                <td colSpan={5}>{t('briefings.item.notReportedMore', { count: notReportedMore, total: notReportedTotal })}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {values.relatives.length > 0 && (
        <table className="briefing-table briefing-table--relatives">
          <caption>{t('briefings.item.relativesHeading')}</caption>
          {head(t('briefings.item.relative'))}
          <tbody>
            {values.relatives.map(valueRow)}
          </tbody>
        </table>
      )}
      {values.qualifiers.length > 0 && (
        <p className="briefing-values__aside small">
          {t('briefings.item.signsKey', { signs: values.qualifiers.map((q) => `${QUALIFIER_SIGNS[q]} ${t(`qualifier.${q}`)}`).join(t('briefings.item.listSeparator')) })}
        </p>
      )}
      {values.notes.length > 0 && (
        <div className="briefing-values__notes small">
          <p className="briefing-values__notes-heading">{t('briefings.item.valueNotes')}</p>
          <ul>
            {values.notes.map(({ mark, observation }) => (
              <li key={observation.id}>
                <span className="briefing-values__mark">{mark}</span> <LanguageMarkedText text={t('briefings.item.valueNote', { name: rowName(observation), year: observation.year, note: observation.note![language] })} language={language} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {unrecorded}
    </>
  );
}

function ChartView({ item, footnote, onChartReady }: BriefingItemViewProps & { item: ChartItem }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  // The option changes only when the item, the language or its footnote numbers do (not with each new closure).
  const numbers = item.observations.map((o) => footnote(o.id) ?? '').join(',');
  const option = useMemo(() => {
    const byId = new Map(item.observations.map((o, i) => [o.id, numbers.split(',')[i]]));
    return buildBriefingChartOption(item, { language, footnote: (id) => (byId.get(id) ? Number(byId.get(id)) : undefined) });
  }, [item, language, numbers]);
  const heading = itemHeading(item, language, t);
  const marks = useMemo(() => briefingChartMarks(item, t), [item, t]);
  return (
    <>
      <StaticChart option={option} width={BRIEFING_CHART_WIDTH} height={briefingChartHeight(item)} label={heading} className="briefing-chart" onReady={onChartReady} />
      {/* The marks this chart draws, explained as on screen, so paper explains them alike. */}
      <ChartMarksLegend marks={marks} />
      <ValuesTable item={item} footnote={footnote} indicatorOf={() => item.indicator} caption={t('briefings.item.values')} />
    </>
  );
}

/** The body of one item as printed: a chart with its values, a table, a quote or a profile, each number with its footnote mark. */
export function BriefingItemView({ item, footnote, onChartReady }: BriefingItemViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const heading = itemHeading(item, language, t);
  switch (item.kind) {
    case 'chart':
      return <ChartView item={item} footnote={footnote} onChartReady={onChartReady} />;
    case 'table':
      return <ValuesTable item={item} footnote={footnote} indicatorOf={() => item.indicator} caption={heading} />;
    case 'profile': {
      const byId = new Map(item.indicators.map((i) => [i.id, i]));
      return <ValuesTable item={item} footnote={footnote} indicatorOf={(o) => byId.get(o.indicatorId)} caption={heading} />;
    }
    case 'quote': {
      const observation = item.observations[0]!;
      const { quote } = observation.provenance;
      const at = quote.indexOf(observation.valueAsWritten);
      return (
        <figure className="briefing-quote">
          <blockquote lang="zh-CN">
            「{at === -1 ? quote : (
              <>
                {quote.slice(0, at)}
                <strong>{observation.valueAsWritten}</strong>
                {quote.slice(at + observation.valueAsWritten.length)}
              </>
            )}」
            <FootnoteRef number={footnote(observation.id)} />
          </blockquote>
          <figcaption className="small">
            {item.jurisdictions.find((j) => j.code === observation.jurisdictionCode)?.name[language] ?? observation.jurisdictionCode} ·{' '}
            {item.indicator.name[language]} · <strong>{formatItemValue(observation, item.indicator, language, t)}</strong>
            {observation.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${observation.qualifier}`)}</span>}
            {observation.relative !== null && <span className="badge">{t('briefings.item.relative')}</span>} ·{' '}
            {formatPeriod(observation.period, observation.year, language, t)}
            {isPartialPeriod(observation.period) && <span className="badge">{t('period.partialBadge')}</span>} ·{' '}
            {t('briefings.item.quoteScope', { scope: scopeText(observation, language, t) })}
            {observation.note && (
              <>
                <br />
                <LanguageMarkedText text={t('briefings.item.quoteNote', { note: observation.note[language] })} language={language} />
              </>
            )}
          </figcaption>
        </figure>
      );
    }
  }
}
