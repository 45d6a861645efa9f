import { useMemo } from 'react';
import { useTranslation } from '../lib/translation-context';
import { summarizeChart, type SummaryItem, type SummaryPoint } from '../domain/chart-summary';

export interface ChartSummaryProps {
  items: readonly SummaryItem[];
  /** Jurisdiction-years the documents cover without a figure: gaps in the chart. */
  notReported?: number;
  /** The value as the table writes it, with its ≈/≥/≤ sign and unit. */
  formatValue: (point: SummaryPoint) => string;
  /** So the chart can point to its summary with aria-describedby. */
  id?: string;
  /** Whether a data table follows (the summary then says where all the values are). */
  tableFollows?: boolean;
  /** Off where the surroundings already name it (a <details> whose summary is the heading). */
  showHeading?: boolean;
}

const MAX_LISTED = 3;
const MAX_TRENDS = 6;

/**
 * The chart in words, for everyone (visible, not only for screen readers):
 * what it shows, highest and lowest, trends, and the caveats the picture marks
 * with hatching, dashes and gaps. The data table beside the chart has every value.
 */
export function ChartSummary({ items, notReported = 0, formatValue, id, tableFollows = true, showHeading = true }: ChartSummaryProps) {
  const { t } = useTranslation();
  const facts = useMemo(() => summarizeChart(items, notReported), [items, notReported]);
  const separator = t('chartSummary.listSeparator');
  const describe = (p: SummaryPoint) =>
    t(p.partial ? 'chartSummary.itemPartial' : 'chartSummary.item', { name: p.name, year: p.year, value: formatValue(p) });
  const list = (points: SummaryPoint[]) => points.slice(0, MAX_LISTED).map(describe).join(separator) + (points.length > MAX_LISTED ? separator + '…' : '');
  const years =
    facts.years.length === 1
      ? t('chartSummary.yearsOne', { year: facts.years[0] })
      : t('chartSummary.yearsRange', { from: facts.years[0], to: facts.years.at(-1) });
  const trendText = facts.trends.slice(0, MAX_TRENDS).map((trend) => {
    const key = trend.direction === 'up' ? 'chartSummary.trendUp' : trend.direction === 'down' ? 'chartSummary.trendDown' : 'chartSummary.trendFlat';
    const text = t(key, {
      name: trend.name,
      from: formatValue(trend.from),
      to: formatValue(trend.to),
      fromYear: trend.from.year,
      toYear: trend.to.year,
    });
    return trend.partial ? text + t('chartSummary.trendPartial') : text;
  });
  if (facts.trends.length > MAX_TRENDS) trendText.push(t('chartSummary.trendMore', { count: facts.trends.length - MAX_TRENDS }));
  const { caveats } = facts;
  const caveatText = [
    caveats.partial > 0 && t('chartSummary.caveatPartial', { count: caveats.partial }),
    caveats.bounds > 0 && t('chartSummary.caveatBounds', { count: caveats.bounds }),
    caveats.conflicts > 0 && t('chartSummary.caveatConflicts', { count: caveats.conflicts }),
    caveats.notReported > 0 && t('chartSummary.caveatNotReported', { count: caveats.notReported }),
    caveats.imported > 0 && t('chartSummary.caveatImported', { count: caveats.imported }),
  ].filter((text): text is string => typeof text === 'string');

  return (
    <div className="chart-summary" id={id}>
      {showHeading && (
        <p className="chart-summary__heading">
          <strong>{t('chartSummary.heading')}</strong>
        </p>
      )}
      {facts.count === 0 ? (
        <p>{t('chartSummary.none')}</p>
      ) : facts.count === 1 ? (
        <p>{t('chartSummary.single', { item: describe(facts.highest[0]!) })}</p>
      ) : (
        <p>
          {t('chartSummary.shows', { count: facts.count, jurisdictions: t('chartSummary.jurisdictionCount', { count: facts.names }), years })} {t('chartSummary.highest', { items: list(facts.highest) })}{' '}
          {facts.lowest.length > 0 && t('chartSummary.lowest', { items: list(facts.lowest) })}
        </p>
      )}
      {trendText.length > 0 && (
        <p>
          {t('chartSummary.trendHeading')}
          {trendText.join(separator)}
        </p>
      )}
      {caveatText.length > 0 && (
        <>
          <p className="chart-summary__caveats">{t('chartSummary.caveatHeading')}</p>
          <ul>
            {caveatText.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {tableFollows && <p className="muted small">{t('chartSummary.tableHint')}</p>}
    </div>
  );
}
