import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { explorerLink, readerLink } from '../../../domain/app-links';
import type { Indicator, Theme } from '../../../domain/indicator';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import { latestValue, yearSeries } from '../../../domain/latest-values';
import type { Language } from '../../../domain/localized-text';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { formatNumber, formatObservationValue, formatPeriod, formatRelativeValue, QUALIFIER_SIGNS } from '../../../lib/format';
import { Sparkline } from './sparkline';
import { ImportedBadge } from '../../../components/imported-badge';
import { ChartSummary } from '../../../components/chart-summary';
import { isImportedSourceId } from '../../../domain/imported-report';
import { LanguageMarkedText } from '../../../components/language-marked-text';
import { ScrollingTable } from '../../../components/scrolling-table';

export interface ThemeSectionProps {
  theme: Theme;
  jurisdiction: Jurisdiction;
  rows: Array<{ indicator: Indicator; observations: Observation[] }>;
  lang: string | null;
}

function ObservationLine({ observation, indicator, conflict, lang }: { observation: Observation; indicator: Indicator; conflict: boolean; lang: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { provenance } = observation;
  return (
    <div className="profile-value stacked-value">
      <p className="profile-value__number">
        {observation.relative ? (
          <>
            <span className="badge">{t('table.relative')}</span>{' '}
            {formatRelativeValue(observation, observation.relative, language, t)}
          </>
        ) : (
          <span className="value">{formatObservationValue(observation, indicator, language)}</span>
        )}
        {observation.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${observation.qualifier}`)}</span>}
        <ImportedBadge observation={observation} />
        {isPartialPeriod(observation.period) && <span className="badge">{t('period.partialBadge')}</span>}
        {conflict && <span className="badge badge--warn">{t('table.conflict')}</span>}
      </p>
      <p className="profile-value__meta">
        {formatPeriod(observation.period, observation.year, language, t)} ·{' '}
        {observation.scope.kind === 'jurisdiction' ? t('scope.jurisdiction') : observation.scope.label[language]}
      </p>
      <p className="profile-value__quote">
        <Link to={readerLink(provenance.sourceId, provenance, lang)} aria-label={t('profile.quoteLabel', { quote: provenance.quote })} lang="zh-CN">
          «{provenance.quote}»
        </Link>
      </p>
      {observation.note && <p className="profile-value__note"><LanguageMarkedText text={observation.note[language]} language={language} /></p>}
    </div>
  );
}

/** One theme: each indicator's latest value with period, scope and quote, and a trend where there are several years. */
export function ThemeSection({ theme, jurisdiction, rows, lang }: ThemeSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingId = `theme-${theme}`;
  const caption = t('profile.themeTable', { theme: t(`theme.${theme}`), jurisdiction: jurisdiction.name[language] });
  // The trend column appears only where some indicator has several years: on a phone every column counts.
  const hasTrends = rows.some(({ observations }) => yearSeries(observations, jurisdiction.code).filter((s) => s.levels.length > 0).length >= 2);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`theme.${theme}`)} <span className="muted small">({rows.length})</span>
      </h3>
      <ScrollingTable caption={caption} className="profile-table" hideCaption>
        <thead>
          <tr>
            <th scope="col">{t('profile.indicator')}</th>
            <th scope="col">{t('profile.latest')}</th>
            {hasTrends && <th scope="col">{t('profile.trend')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, observations }) => {
            const latest = latestValue(observations, jurisdiction.code);
            const series = yearSeries(observations, jurisdiction.code);
            const trend = series.filter((s) => s.levels.length > 0);
            return (
              <tr key={indicator.id}>
                <th scope="row">
                  <Link to={explorerLink({ indicatorId: indicator.id, jurisdictionCodes: [jurisdiction.code] }, lang)}>{indicator.name[language]}</Link>
                </th>
                <td>
                  {!latest ? (
                    <span className="muted">{t('table.notReported')}</span>
                  ) : (
                    <>
                      {latest.levels.length === 0 && <p className="profile-value__flag">{t('profile.onlyRelative')}</p>}
                      {latest.multipleScopes && !latest.conflict && <p className="profile-value__flag">{t('profile.differentScopes')}</p>}
                      {[...latest.levels, ...latest.relatives].map((observation) => (
                        <ObservationLine
                          key={observation.id}
                          observation={observation}
                          indicator={indicator}
                          conflict={latest.conflict && observation.relative === null}
                          lang={lang}
                        />
                      ))}
                      {latest.earlierYears > 0 && <p className="muted small">{t('profile.earlierYears', { count: latest.earlierYears })}</p>}
                    </>
                  )}
                </td>
                {hasTrends && (
                  <td className="profile-trend">
                    {trend.length >= 2 ? (
                      <>
                        <Sparkline
                          series={series}
                          label={t('profile.trendLabel', {
                            indicator: indicator.name[language],
                            from: trend[0]!.year,
                            to: trend.at(-1)!.year,
                            values: trend
                              .map((s) => `${s.year}: ${s.levels.map((o) => `${QUALIFIER_SIGNS[o.qualifier]}${formatNumber(o.value, language)}`).join(' / ')}`)
                              .join(language === 'zh' ? '；' : '; '),
                          })}
                        />
                        {/* Collapsed: at scale a county has 145 rows of ten years, and every summary open made the page
                            tens of thousands of pixels tall. The sparkline's name lists every value for screen readers. */}
                        <details className="profile-trend__words">
                          <summary>{t('chartSummary.heading')}</summary>
                          <ChartSummary
                            showHeading={false}
                            tableFollows={false}
                            items={trend.flatMap((s) =>
                              s.levels.map((o) => ({
                                name: indicator.name[language],
                                year: s.year,
                                value: o.value,
                                qualifier: o.qualifier,
                                partial: isPartialPeriod(o.period),
                                imported: isImportedSourceId(o.provenance.sourceId),
                              })),
                            )}
                            formatValue={(point) => `${QUALIFIER_SIGNS[point.qualifier]}${formatNumber(point.value, language)}`}
                          />
                        </details>
                      </>
                    ) : (
                      <span className="muted small">{t('profile.singleYear')}</span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </ScrollingTable>
    </section>
  );
}
