import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { profileLink } from '../../../domain/app-links';
import type { DataIndex } from '../../../domain/data-files';
import { compareJurisdictions } from '../../../domain/indicator-view';
import { JURISDICTION_LEVELS, matchesJurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';

/** Every jurisdiction, grouped by level, with a search by name or code. */
export function JurisdictionDirectory({ index, lang, headingLevel = 2 }: { index: DataIndex; lang: string | null; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const headingId = useId();
  const counts = useMemo(() => {
    const result = new Map<string, number>();
    for (const summary of index.summaries) for (const code of summary.jurisdictionCodes) result.set(code, (result.get(code) ?? 0) + 1);
    return result;
  }, [index]);
  const groups = JURISDICTION_LEVELS.map((level) => ({
    level,
    jurisdictions: index.jurisdictions.filter((j) => j.level === level && matchesJurisdiction(j, query)).sort(compareJurisdictions),
  })).filter((g) => g.jurisdictions.length > 0);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const GroupHeading = headingLevel === 2 ? 'h3' : 'h4';

  return (
    <section className="panel directory" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('profile.list.heading')}</Heading>
      <p className="muted small">{t('profile.list.intro')}</p>
      <label htmlFor={searchId} className="directory__label">
        {t('profile.list.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="directory__search"
        value={query}
        placeholder={t('profile.list.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
      />
      {groups.length === 0 && (
        <p role="status" className="muted">
          {t('profile.list.noMatch', { query })}
        </p>
      )}
      {groups.map((group) => (
        <div key={group.level} className="directory__group">
          <GroupHeading>{t(`profile.level.${group.level}`)}</GroupHeading>
          <ul className="directory__list">
            {group.jurisdictions.map((jurisdiction) => {
              const count = counts.get(jurisdiction.code) ?? 0;
              return (
                <li key={jurisdiction.code}>
                  <Link to={profileLink(jurisdiction.code, lang)}>{jurisdiction.name[language]}</Link>{' '}
                  <span className="muted small">
                    {jurisdiction.code} · {count > 0 ? t('profile.list.indicatorCount', { count }) : t('profile.list.noData')}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
