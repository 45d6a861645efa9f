import type { TFunction } from '../../../lib/i18n';
import { useMemo } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { StaticChart } from '../../../components/static-chart';
import type { BriefingItem, ChartItem, IndicatorRef } from '../../../domain/briefing';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatNumber, formatPeriod, QUALIFIER_SIGNS } from '../../../lib/format';
import { BRIEFING_CHART_WIDTH, briefingChartHeight, buildBriefingChartOption } from '../charts/briefing-chart-option';

/** "≥260 件", "99.5%", or for a relative value "接近2017年的2倍" in words: never rounded away from the source. */
export function formatItemValue(observation: Observation, indicator: IndicatorRef, language: Language, t: TFunction): string {
  const number = `${QUALIFIER_SIGNS[observation.qualifier]}${formatNumber(observation.value, language)}`;
  if (observation.relative) {
    return t(`relative.${observation.relative.kind}`, { value: number, base: observation.relative.baseAsWritten });
  }
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

function ValuesTable({ item, footnote, indicatorOf, caption }: BriefingItemViewProps & { indicatorOf: (o: Observation) => IndicatorRef | undefined; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const jurisdiction = (code: string) => item.jurisdictions.find((j) => j.code === code)?.name[language] ?? code;
  const showIndicator = item.kind === 'profile';
  if (item.observations.length === 0) return <p className="muted small">{t('briefings.item.noValues')}</p>;
  return (
    <table className="briefing-table">
      <caption className="briefing-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{showIndicator ? t('briefings.item.indicator') : t('briefings.item.jurisdiction')}</th>
          <th scope="col">{t('briefings.item.year')}</th>
          <th scope="col">{t('briefings.item.value')}</th>
          <th scope="col">{t('briefings.item.period')}</th>
        </tr>
      </thead>
      <tbody>
        {item.observations.map((o) => {
          const indicator = indicatorOf(o);
          return (
            <tr key={o.id}>
              <th scope="row">{showIndicator ? (indicator?.name[language] ?? o.indicatorId) : jurisdiction(o.jurisdictionCode)}</th>
              <td>{o.year}</td>
              <td className="briefing-table__value">
                {indicator ? formatItemValue(o, indicator, language, t) : o.valueAsWritten}
                <FootnoteRef number={footnote(o.id)} />
              </td>
              <td>{formatPeriod(o.period, o.year, language, t)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
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
  return (
    <>
      <StaticChart option={option} width={BRIEFING_CHART_WIDTH} height={briefingChartHeight(item)} label={heading} className="briefing-chart" onReady={onChartReady} />
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
            {item.indicator.name[language]} · <strong>{formatItemValue(observation, item.indicator, language, t)}</strong> ·{' '}
            {formatPeriod(observation.period, observation.year, language, t)}
          </figcaption>
        </figure>
      );
    }
  }
}
