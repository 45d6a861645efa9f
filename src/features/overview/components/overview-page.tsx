import { useMemo, useRef } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import { IndicatorFilesError } from '../../../components/indicator-files-error';
import { DataIndexGate } from '../../../components/data-index-gate';
import { briefingsLink, compareLink, explorerLink, profileLink } from '../../../domain/app-links';
import { buildCoverage } from '../../../domain/coverage';
import type { DataIndex } from '../../../domain/data-files';
import type { Language } from '../../../domain/localized-text';
import { COVERAGE_MAX_COLUMNS, coverageColumnsBound, HEADLINE_MAX_ENTRIES, headlineEntries, headlineIndicators, HEADLINE_THEMES } from '../headlines';
import { useIndicatorFiles } from '../../../lib/data/use-indicator-files';
import { coverageSentence, headlineSentence } from '../summary-sentences';
import '../overview.css';
import { CoverageMatrix } from './coverage-matrix';
import { HeadlineCard } from './headline-card';

/** The jurisdictions a leader's first comparison opens with: those reporting the headline figures. */
function defaultComparison(index: DataIndex): { codes: string[]; indicatorIds: string[] } {
  const indicatorIds = HEADLINE_THEMES.flatMap((theme) => headlineIndicators(index, theme).slice(0, 1).map((i) => i.id));
  const counts = new Map<string, number>();
  for (const summary of index.summaries) {
    if (!indicatorIds.includes(summary.indicatorId)) continue;
    for (const code of summary.jurisdictionCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const codes = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  return { codes: codes.slice(0, 2), indicatorIds };
}

export function OverviewPage() {
  const { t } = useTranslation();
  return <DataIndexGate loading={t('overview.loading')}>{(index) => <Overview index={index} />}</DataIndexGate>;
}

function Overview({ index }: { index: DataIndex }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const summariesHeading = useRef<HTMLHeadingElement>(null);

  const headlines = useMemo(() => HEADLINE_THEMES.map((theme) => ({ theme, indicators: headlineIndicators(index, theme) })), [index]);
  const headlineIds = useMemo(() => headlines.flatMap((h) => h.indicators.map((i) => i.id)), [headlines]);
  // The coverage matrix needs every file; the headline files come first so the cards fill in early. At scale
  // (thousands of jurisdiction-years, e.g. the synthetic dataset) the matrix is not drawn, so only the
  // headline files are fetched.
  const coverageColumns = useMemo(() => coverageColumnsBound(index), [index]);
  const showCoverage = coverageColumns <= COVERAGE_MAX_COLUMNS;
  const allIds = useMemo(
    () => (showCoverage ? [...headlineIds, ...index.summaries.map((s) => s.indicatorId).filter((id) => !headlineIds.includes(id))] : headlineIds),
    [index, headlineIds, showCoverage],
  );
  const files = useIndicatorFiles(allIds);
  const headlinesLoaded = headlineIds.every((id) => files.loaded.has(id));
  const allLoaded = allIds.every((id) => files.loaded.has(id));
  const coverage = useMemo(
    () => (showCoverage && allLoaded ? buildCoverage(index, files.observations) : null),
    [showCoverage, allLoaded, index, files.observations],
  );

  const cards = headlines.map(({ theme, indicators }) => ({
    theme,
    themeIndicatorCount: index.indicators.filter((i) => i.theme === theme).length,
    firstThemeIndicatorId: indicators[0]?.id ?? index.indicators.find((i) => i.theme === theme)?.id ?? null,
    groups: indicators.map((indicator) => {
      const all = headlineEntries(index, indicator, files.observations);
      return { indicator, entries: all.slice(0, HEADLINE_MAX_ENTRIES), moreCount: Math.max(0, all.length - HEADLINE_MAX_ENTRIES) };
    }),
  }));
  const sentences = headlinesLoaded ? cards.flatMap((card) => card.groups.flatMap((g) => g.entries.map((e) => headlineSentence(e, language, t)))) : [];
  const comparison = defaultComparison(index);
  // The curated wording counts documents and says the numbers are quoted from them: not so for generated data.
  const synthetic = index.dataset.kind === 'synthetic';
  const [failure] = files.failures;

  return (
    <div className="overview">
      <section className="panel overview__intro" aria-labelledby="overview-heading">
        <h2 id="overview-heading">{t('overview.heading')}</h2>
        <p>
          {synthetic
            ? t('overview.introSynthetic', {
                counties: index.jurisdictions.filter((j) => j.level === 'county').length,
                years: new Set(index.summaries.flatMap((s) => s.years)).size,
                indicators: index.indicators.length,
              })
            : t('overview.intro', {
                documents: index.documents.length,
                jurisdictions: new Set(index.documents.map((d) => d.jurisdictionCode)).size,
                indicators: index.indicators.length,
              })}
        </p>
      </section>

      <IndicatorFilesError files={files} />

      <section className="overview__section" aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">{t('overview.headlines.heading')}</h2>
        <ul className="headline-cards">
          {cards.map((card) => (
            <HeadlineCard key={card.theme} {...card} loading={!headlinesLoaded && !failure} lang={lang} />
          ))}
        </ul>
      </section>

      <section className="overview__section" aria-labelledby="audiences-heading">
        <h2 id="audiences-heading">{t('overview.audiences.heading')}</h2>
        <ul className="audience-cards">
          <li className="panel audience-card">
            <h3>{t('overview.audiences.leaders.title')}</h3>
            <p>{t('overview.audiences.leaders.text')}</p>
            <Link className="audience-card__link" to={compareLink(comparison.codes, comparison.indicatorIds, lang)}>
              {t('overview.audiences.leaders.link')}
            </Link>
          </li>
          <li className="panel audience-card">
            <h3>{t('overview.audiences.staff.title')}</h3>
            <p>{t('overview.audiences.staff.text')}</p>
            <Link className="audience-card__link" to={explorerLink({ indicatorId: headlineIds[0] ?? index.indicators[0]?.id ?? '' }, lang)}>
              {t('overview.audiences.staff.link')}
            </Link>{' '}
            <Link className="audience-card__link" to={profileLink(null, lang)}>
              {t('overview.audiences.staff.profiles')}
            </Link>{' '}
            <Link className="audience-card__link" to={briefingsLink(lang)}>
              {t('overview.audiences.staff.briefings')}
            </Link>
          </li>
          <li className="panel audience-card">
            <h3>{t('overview.audiences.public.title')}</h3>
            <p>{t('overview.audiences.public.text')}</p>
            <button
              type="button"
              className="link-button audience-card__link"
              onClick={() => {
                // Hash routing owns location.hash, so move to the section without navigating: focus scrolls it into view.
                summariesHeading.current?.focus();
              }}
            >
              {t('overview.audiences.public.link')}
            </button>
          </li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="summaries-heading">
        <h2 id="summaries-heading" ref={summariesHeading} tabIndex={-1}>
          {t('overview.summaries.heading')}
        </h2>
        <p className="muted small">{t(synthetic ? 'overview.summaries.introSynthetic' : 'overview.summaries.intro')}</p>
        {headlinesLoaded ? (
          <ul className="summary-list">
            {sentences.map((sentence, i) => (
              <li key={`${i}-${sentence}`}>{sentence}</li>
            ))}
            {coverage && HEADLINE_THEMES.map((theme) => <li key={theme}>{coverageSentence(coverage, theme, t)}</li>)}
          </ul>
        ) : (
          !failure && <p role="status">{t('overview.loading')}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('overview.coverage.heading')}</h2>
        <p className="muted small">{t('overview.coverage.intro')}</p>
        {!showCoverage ? (
          <p className="note">{t('overview.coverage.tooLarge', { count: coverageColumns })}</p>
        ) : coverage ? (
          <CoverageMatrix coverage={coverage} lang={lang} />
        ) : (
          !failure && <p role="status">{t('overview.loading')}</p>
        )}
      </section>
    </div>
  );
}
