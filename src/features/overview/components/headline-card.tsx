import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { explorerLink, readerLink } from '../../../domain/app-links';
import type { Indicator, Theme } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { formatObservationValue, formatPeriod, formatRelativeValue } from '../../../lib/format';
import type { HeadlineEntry } from '../headlines';
import { ImportedBadge } from '../../../components/imported-badge';

export interface HeadlineCardProps {
  theme: Theme;
  themeIndicatorCount: number;
  firstThemeIndicatorId: string | null;
  /** The entries a card lists (at most HEADLINE_MAX_ENTRIES) and how many more jurisdictions have a value. */
  groups: Array<{ indicator: Indicator; entries: HeadlineEntry[]; moreCount: number }>;
  loading: boolean;
  lang: string | null;
}

function ValueLine({ observation, indicator, lang, conflict }: { observation: Observation; indicator: Indicator; lang: string | null; conflict: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { provenance } = observation;
  return (
    <div className="headline-value">
      <p className="headline-value__number">
        <Link
          to={explorerLink({ indicatorId: indicator.id, jurisdictionCodes: [observation.jurisdictionCode], observationId: observation.id }, lang)}
          aria-label={`${formatObservationValue(observation, indicator, language)} · ${t('overview.headlines.openInExplorer')}`}
        >
          {formatObservationValue(observation, indicator, language)}
        </Link>
        {observation.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${observation.qualifier}`)}</span>}
        <ImportedBadge observation={observation} />
        {observation.period.kind !== 'fullYear' && <span className="badge">{t('period.partialBadge')}</span>}
        {conflict && <span className="badge badge--warn">{t('table.conflict')}</span>}
      </p>
      <p className="headline-value__meta">
        {formatPeriod(observation.period, observation.year, language, t)}
        {' · '}
        {observation.scope.kind === 'jurisdiction' ? t('scope.jurisdiction') : observation.scope.label[language]}
        {' · '}
        <Link to={readerLink(provenance.sourceId, provenance, lang)} aria-label={t('overview.headlines.quoteLabel', { quote: provenance.quote })}>
          {t('overview.headlines.quote')}
        </Link>
      </p>
    </div>
  );
}

/** One headline theme: each lead indicator with every jurisdiction's latest value, period, qualifier and quote. */
export function HeadlineCard({ theme, themeIndicatorCount, firstThemeIndicatorId, groups, loading, lang }: HeadlineCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingId = `headline-${theme}`;
  return (
    <li className="panel headline-card">
      <h3 id={headingId}>{t(`theme.${theme}`)}</h3>
      {loading ? (
        <p className="muted">{t('overview.loading')}</p>
      ) : groups.length === 0 ? (
        <p className="muted">{t('overview.headlines.none')}</p>
      ) : (
        groups.map(({ indicator, entries, moreCount }) => (
          <div key={indicator.id} className="headline-card__indicator">
            <h4>
              {/* All of them when they are few; at scale the explorer's own top N, not a link naming thousands of codes. */}
              <Link to={explorerLink({ indicatorId: indicator.id, jurisdictionCodes: moreCount > 0 ? undefined : entries.map((e) => e.jurisdiction.code) }, lang)}>
                {indicator.name[language]}
              </Link>
            </h4>
            <ul className="headline-card__entries">
              {entries.map(({ jurisdiction, latest }) => (
                <li key={jurisdiction.code}>
                  <p className="headline-card__jurisdiction">{jurisdiction.name[language]}</p>
                  {latest.levels.map((observation) => (
                    <ValueLine key={observation.id} observation={observation} indicator={indicator} lang={lang} conflict={latest.conflict} />
                  ))}
                  {latest.levels.length === 0 &&
                    latest.relatives.map((observation) => (
                      <p key={observation.id} className="headline-value__meta">
                        <span className="badge">{t('table.relative')}</span>{' '}
                        {formatRelativeValue(observation, observation.relative!, language, t)}
                      </p>
                    ))}
                </li>
              ))}
            </ul>
            {moreCount > 0 && (
              <p className="muted small">
                <Link to={explorerLink({ indicatorId: indicator.id }, lang)}>{t('overview.headlines.moreJurisdictions', { count: moreCount })}</Link>
              </p>
            )}
          </div>
        ))
      )}
      {firstThemeIndicatorId && (
        <p className="headline-card__more">
          <Link to={explorerLink({ indicatorId: firstThemeIndicatorId }, lang)}>
            {t('overview.headlines.moreInTheme', { theme: t(`theme.${theme}`), count: themeIndicatorCount })}
          </Link>
        </p>
      )}
    </li>
  );
}
