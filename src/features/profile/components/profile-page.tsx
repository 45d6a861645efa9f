import { useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useParams, useSearchParams } from '../../../lib/router';
import { AddToBriefingButton } from '../../../components/add-to-briefing-button';
import { compareLink, profileLink, readerLink } from '../../../domain/app-links';
import { profileItemDraft } from '../../../domain/briefing-snapshot';
import type { DataIndex } from '../../../domain/data-files';
import { provinceCodeOf } from '../../../domain/patterns';
import { THEMES, type Indicator, type Theme } from '../../../domain/indicator';
import { compareJurisdictions } from '../../../domain/indicator-view';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { IndicatorFilesError } from '../../../components/indicator-files-error';
import { DataIndexError } from '../../../components/data-index-gate';
import { useDataIndex } from '../../../lib/data/get-data-index';
import { useIndicatorFiles } from '../../../lib/data/use-indicator-files';
import { comparisonPartner, sharedIndicatorIds, sortedHas } from '../model/comparison-partner';
import { formatNumber } from '../../../lib/format';
import '../profile.css';
import { JurisdictionDirectory } from './jurisdiction-directory';
import { ThemeSection } from './theme-section';

function useIndex() {
  const { t } = useTranslation();
  const index = useDataIndex();
  if (index.isError) {
    return {
      fallback: (
        <DataIndexError index={index} />
      ),
    };
  }
  if (index.isPending) {
    return {
      fallback: (
        <p role="status" className="panel">
          {t('profile.loading')}
        </p>
      ),
    };
  }
  return { data: index.data };
}

/** #/jurisdiction: every jurisdiction, grouped by level, searchable. */
export function JurisdictionIndexPage() {
  const [params] = useSearchParams();
  const index = useIndex();
  if (!index.data) return index.fallback;
  return <JurisdictionDirectory index={index.data} lang={params.get('lang')} />;
}

/** #/jurisdiction/<code>: one jurisdiction's indicators by theme. An unknown code gets a notice and the list. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const index = useIndex();
  if (!index.data) return index.fallback;
  const jurisdiction = index.data.jurisdictions.find((j) => j.code === code);
  if (!jurisdiction) {
    return (
      <>
        <p role="status" className="notice panel">
          {t('profile.unknown', { code })}
        </p>
        <JurisdictionDirectory index={index.data} lang={lang} />
      </>
    );
  }
  return <Profile key={jurisdiction.code} index={index.data} jurisdiction={jurisdiction} lang={lang} />;
}

function ancestors(index: DataIndex, jurisdiction: Jurisdiction): Jurisdiction[] {
  const chain: Jurisdiction[] = [];
  let parentCode = jurisdiction.parentCode;
  while (parentCode) {
    const parent = index.jurisdictions.find((j) => j.code === parentCode);
    if (!parent || chain.includes(parent)) break;
    chain.unshift(parent);
    parentCode = parent.parentCode;
  }
  return chain;
}

/** Above this many values across a profile's indicator files, its themes load one at a time. */
const PROFILE_EAGER_MAX_OBSERVATIONS = 100_000;

function Profile({ index, jurisdiction, lang }: { index: DataIndex; jurisdiction: Jurisdiction; lang: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const indicatorIds = useMemo(
    () => index.summaries.filter((s) => s.observationCount > 0 && sortedHas(s.jurisdictionCodes, jurisdiction.code)).map((s) => s.indicatorId),
    [index, jurisdiction],
  );
  const indicators = useMemo(() => index.indicators.filter((i) => indicatorIds.includes(i.id)), [index, indicatorIds]);
  // Each indicator file holds every jurisdiction's values. With a few documents that is little; at scale
  // (every county: docs/scale.md) it is tens of MB for one profile. Where the data is also cut by province,
  // the profile reads its province's slices (about a thirtieth each); otherwise the themes load one at a
  // time, on request.
  const slice = useMemo(
    () => (index.regionFiles === 'one-per-province' ? { jurisdictionCode: jurisdiction.code, regionCode: provinceCodeOf(jurisdiction.code) } : undefined),
    [index, jurisdiction],
  );
  const observationTotal = useMemo(
    () => index.summaries.filter((s) => indicatorIds.includes(s.indicatorId)).reduce((n, s) => n + s.observationCount, 0),
    [index, indicatorIds],
  );
  const onDemand = slice === undefined && observationTotal > PROFILE_EAGER_MAX_OBSERVATIONS;
  const [openThemes, setOpenThemes] = useState<ReadonlySet<Theme>>(() => new Set());
  const fetchedIds = useMemo(
    () => (onDemand ? indicators.filter((i) => openThemes.has(i.theme)).map((i) => i.id) : indicatorIds),
    [onDemand, indicators, openThemes, indicatorIds],
  );
  const files = useIndicatorFiles(fetchedIds, slice);
  // This jurisdiction's values by indicator, in one pass: whole files hold everyone's, and imported reports any jurisdiction's.
  const own = useMemo(() => {
    const byIndicator = new Map<string, Observation[]>();
    for (const o of files.observations) {
      if (o.jurisdictionCode !== jurisdiction.code) continue;
      const list = byIndicator.get(o.indicatorId);
      if (list) list.push(o);
      else byIndicator.set(o.indicatorId, [o]);
    }
    return byIndicator;
  }, [files.observations, jurisdiction.code]);
  const themes = THEMES.map((theme) => ({ theme, indicators: indicators.filter((i) => i.theme === theme) })).filter((g) => g.indicators.length > 0);
  const documents = index.documents.filter((d) => d.jurisdictionCode === jurisdiction.code).sort((a, b) => b.yearCovered - a.yearCovered);
  const path = ancestors(index, jurisdiction);
  const children = index.jurisdictions.filter((j) => j.parentCode === jurisdiction.code).sort(compareJurisdictions);
  // A ready-made comparison: a neighbour (or else any jurisdiction) sharing most of its indicators.
  const partner = useMemo(() => comparisonPartner(index, jurisdiction.code), [index, jurisdiction]);
  const sharedIndicators = useMemo(() => (partner ? sharedIndicatorIds(index, jurisdiction.code, partner, 4) : []), [index, jurisdiction, partner]);
  const byIndicator = (indicator: Indicator) => own.get(indicator.id) ?? [];
  const loadedIndicators = indicators.filter((i) => files.loaded.has(i.id));

  return (
    <div className="profile">
      <nav aria-label={t('profile.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={profileLink(null, lang)}>{t('profile.list.heading')}</Link>
          </li>
          {path.map((p) => (
            <li key={p.code}>
              <Link to={profileLink(p.code, lang)}>{p.name[language]}</Link>
            </li>
          ))}
          <li aria-current="page">{jurisdiction.name[language]}</li>
        </ol>
      </nav>
      <section className="panel profile__header" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{jurisdiction.name[language]}</h2>
        <p className="muted">{t('profile.meta', { level: t(`jurisdictionLevel.${jurisdiction.level}`), code: jurisdiction.code })}</p>
        {children.length > 0 && (
          <p className="small">
            {t('profile.children')}
            {children.map((c, i) => (
              <span key={c.code}>
                {i > 0 && (language === 'zh' ? '、' : ', ')}
                <Link to={profileLink(c.code, lang)}>{c.name[language]}</Link>
              </span>
            ))}
          </p>
        )}
        <p>
          {indicators.length === 0
            ? t('profile.noIndicators')
            : // Generated values quote generated texts, which the index does not list as documents: "from 0 documents" would be untrue.
              index.dataset.kind === 'synthetic'
              ? t('profile.summarySynthetic', { indicators: indicators.length })
              : t('profile.summary', { indicators: indicators.length, documents: documents.length, count: documents.length })}
        </p>
        {documents.length > 0 && (
          <>
            <h3>{t('profile.documents')}</h3>
            <ul className="profile__documents">
              {documents.map((d) => (
                <li key={d.id}>
                  {d.yearCovered} · {d.title[language]} <span className="muted small">({d.issuingBody[language]})</span>{' '}
                  <Link to={readerLink(d.id, null, lang)}>{t('profile.openDocument')}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {onDemand && <p className="note">{t('profile.onDemand', { count: formatNumber(observationTotal, language) })}</p>}
        {!files.pending && loadedIndicators.length > 0 && (
          <AddToBriefingButton
            what={t('briefings.kind.profile')}
            draft={() =>
              profileItemDraft({
                jurisdiction,
                indicators: themes.flatMap((g) => g.indicators).filter((i) => files.loaded.has(i.id)),
                observations: [...own.values()].flat(),
                view: profileLink(jurisdiction.code, null),
                lookups: index,
              })
            }
          />
        )}
        {partner && indicators.length > 0 && (
          <p>
            <Link className="profile__compare" to={compareLink([jurisdiction.code, partner], sharedIndicators, lang)}>
              {t('profile.compareWith')}
            </Link>
          </p>
        )}
      </section>

      <IndicatorFilesError files={files} />
      {files.pending && <p role="status" className="panel">{t('profile.loading')}</p>}
      {!files.pending &&
        themes.map(({ theme, indicators: themeIndicators }) =>
          onDemand && !openThemes.has(theme) ? (
            <section key={theme} className="panel" aria-labelledby={`theme-${theme}`}>
              <h3 id={`theme-${theme}`}>
                {t(`theme.${theme}`)} <span className="muted small">({themeIndicators.length})</span>
              </h3>
              <button type="button" className="button" onClick={() => setOpenThemes((open) => new Set([...open, theme]))}>
                {t('profile.loadTheme', { count: themeIndicators.length })}
              </button>
            </section>
          ) : (
            // A theme none of whose values could be loaded is left out: the error above names the file.
            themeIndicators.some((indicator) => files.loaded.has(indicator.id)) && (
              <ThemeSection
                key={theme}
                theme={theme}
                jurisdiction={jurisdiction}
                rows={themeIndicators
                  .filter((indicator) => files.loaded.has(indicator.id))
                  .map((indicator) => ({ indicator, observations: byIndicator(indicator) }))}
                lang={lang}
              />
            )
          ),
        )}
    </div>
  );
}
