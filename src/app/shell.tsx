import { useTranslation } from '../lib/translation-context';
import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation, useSearchParams } from '../lib/router';
import { featureRoutes } from './feature-routes';
import { useDataIndex } from '../lib/data/get-data-index';
import { DisplaySettingsContext, keptSearch } from '../lib/display-settings';
import { DisplaySettingsMenu } from './display-settings-menu';
import { useDisplaySettingsState } from './use-display-settings';
import { useLanguage } from './use-language';
import { useMediaQuery } from '../lib/use-media-query';

// The start page first, then the explorer, then every other page in registration order.
const featureNav = featureRoutes.flatMap((route) => (route.navKey ? [{ path: route.path, navKey: route.navKey }] : []));
const navEntries = [
  ...featureNav.filter((entry) => entry.path === ''),
  { path: 'explore', navKey: 'app.nav.explore' },
  ...featureNav.filter((entry) => entry.path !== ''),
];

/** Landmarks, skip link, language switch, display settings and the dataset line; the page (children) renders into <main>. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { settings, setSettings } = useDisplaySettingsState();
  // 长者模式 on a phone (the width at which styles.css stacks the page into one column): the header's tools
  // share one row, its rows are short, and the curated dataset line (two or three lines of the largest text)
  // moves to the footer, so the first screen shows the page's heading and its first lines. A synthetic
  // dataset's warning stays at the top, short.
  const narrow = useMediaQuery('(max-width: 760px)');
  const compact = settings.elder && narrow;
  const index = useDataIndex();
  const dataset = index.data?.dataset;
  const curatedLine = t('app.dataset.curated', { count: index.data?.documents.length ?? 0 });
  const datasetInFooter = compact && dataset?.kind === 'curated';
  const [params] = useSearchParams();
  // Navigation keeps the reader's language and display settings; other view state belongs to the page being left.
  const search = keptSearch(params);
  // Where the page links are one scrolling row (a phone), the current page's link is scrolled into view;
  // only the row scrolls, never the page.
  const navList = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const list = navList.current;
    const active = list?.querySelector<HTMLElement>('a.active');
    if (!list || !active || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = active.offsetLeft - list.offsetLeft - (list.clientWidth - active.offsetWidth) / 2;
    // Again when the display settings change the size of the links.
  }, [pathname, settings]);

  return (
    <DisplaySettingsContext.Provider value={settings}>
      <div className="shell">
        <a className="skip-link" href="#main" onClick={(event) => {
          // Hash routing owns location.hash, so move focus without navigating.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}>
          {t('app.skipToContent')}
        </a>
        <header className={compact ? 'shell__top shell__top--compact' : 'shell__top'}>
          <div className="shell__header">
            <div className="shell__brand">
              <h1 className="shell__title">{t('app.name')}</h1>
              <p className="shell__tagline">{t('app.tagline')}</p>
            </div>
            <div className="shell__tools" role="group" aria-label={t('app.headerTools')}>
              <button
                type="button"
                className="button button--ghost"
                lang={language === 'zh' ? 'en' : 'zh-CN'}
                onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
              >
                {t('app.switchLanguage')}
              </button>
              <DisplaySettingsMenu settings={settings} onChange={setSettings} compact={compact} />
            </div>
          </div>
          <nav className="shell__nav" aria-label={t('app.navLabel')}>
            <ul ref={navList}>
              {navEntries.map((entry) => (
                <li key={entry.path}>
                  <NavLink to={{ pathname: `/${entry.path}`, search }} end={entry.path === ''}>
                    {t(entry.navKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {dataset && !datasetInFooter && (
            <p className={dataset.kind === 'synthetic' ? 'banner banner--synthetic' : 'banner'} role={dataset.kind === 'synthetic' ? 'alert' : undefined}>
              {dataset.kind === 'synthetic' ? t(compact ? 'app.dataset.syntheticShort' : 'app.dataset.synthetic') : curatedLine}
            </p>
          )}
        </header>
        <main id="main" tabIndex={-1} className="shell__main">
          {children}
        </main>
        <footer className="shell__footer">
          {datasetInFooter && <p>{curatedLine}</p>}
          {/* The curated footer says every value is quoted from a government document: not true of synthetic data. */}
          <p>{t(dataset?.kind === 'synthetic' ? 'app.footerSynthetic' : 'app.footer')}</p>
        </footer>
      </div>
    </DisplaySettingsContext.Provider>
  );
}
