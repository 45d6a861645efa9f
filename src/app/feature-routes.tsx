import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../lib/translation-context';
import { addMessageBundle, type MessageBundle } from '../lib/i18n';
import { lazyMessageBundles } from './i18n-bundles';
import { PageBoundary } from './page-error-boundary';

/**
 * Pages load on demand (docs/scale.md, "Bundle budget"): each is a lazy chunk,
 * so the entry holds the shell and the explorer only. `named` picks a named
 * export as the lazy component and loads the feature's messages with it: they
 * are added to the app's i18n instance (both languages) before the page first
 * renders, so no message key ever shows in place of its text.
 */
function named<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, messages: () => Promise<MessageBundle>) {
  return lazy(async () => {
    const [module, bundle] = await Promise.all([load(), messages()]);
    const Page: ComponentType = module[name];
    function PageWithMessages() {
      const { i18n } = useTranslation();
      // Idempotent per instance; runs on render so every instance (one per test) gets the bundle first.
      addMessageBundle(i18n, bundle);
      return <Page />;
    }
    PageWithMessages.displayName = `WithMessages(${name})`;
    return { default: PageWithMessages };
  });
}

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="panel">
      {t('chart.loading')}
    </p>
  );
}

function page(Page: ComponentType): ReactNode {
  return (
    <PageBoundary>
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    </PageBoundary>
  );
}

export const OverviewPage = named(() => import('../features/overview/components/overview-page'), 'OverviewPage', lazyMessageBundles.overview);
const ReaderIndexPage = named(() => import('../features/reader/components/reader-index-page'), 'ReaderIndexPage', lazyMessageBundles.reader);
const ReaderPage = named(() => import('../features/reader/components/reader-page'), 'ReaderPage', lazyMessageBundles.reader);
const QualityPage = named(() => import('../features/quality/components/quality-page'), 'QualityPage', lazyMessageBundles.quality);
const WorkPlanPage = named(() => import('../features/work-plan/components/work-plan-page'), 'WorkPlanPage', lazyMessageBundles.workPlan);
const JurisdictionIndexPage = named(() => import('../features/profile/components/profile-page'), 'JurisdictionIndexPage', lazyMessageBundles.profile);
const ProfilePage = named(() => import('../features/profile/components/profile-page'), 'ProfilePage', lazyMessageBundles.profile);
const ComparePage = named(() => import('../features/compare/components/compare-page'), 'ComparePage', lazyMessageBundles.compare);
const ImportPage = named(() => import('../features/import/components/import-page'), 'ImportPage', lazyMessageBundles.import);
const BriefingsPage = named(() => import('../features/briefings/components/briefings-page'), 'BriefingsPage', lazyMessageBundles.briefings);
const BriefingEditorPage = named(() => import('../features/briefings/components/briefing-editor-page'), 'BriefingEditorPage', lazyMessageBundles.briefings);
const BriefingPrintPage = named(() => import('../features/briefings/components/briefing-print-page'), 'BriefingPrintPage', lazyMessageBundles.briefings);

/** The overview page as a route element (the index route in router.tsx). */
export const overviewElement = page(OverviewPage);

/**
 * Pages contributed by features. Each entry is one route; entries with a
 * navKey also appear in the main navigation (the key is an i18n message).
 * Keeping this list apart from router.tsx lets features be added in one line.
 */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  navKey?: string;
}

export const featureRoutes: FeatureRoute[] = [
  // The overview is the '/' route (router.tsx); this entry only puts it in the navigation (path '' links to '/').
  { path: '', element: overviewElement, navKey: 'overview.nav' },
  { path: 'jurisdiction', element: page(JurisdictionIndexPage), navKey: 'profile.nav' },
  { path: 'jurisdiction/:code', element: page(ProfilePage) },
  { path: 'compare', element: page(ComparePage), navKey: 'compare.nav' },
  { path: 'reader', element: page(ReaderIndexPage), navKey: 'reader.nav' },
  { path: 'reader/:sourceId', element: page(ReaderPage) },
  { path: 'import', element: page(ImportPage), navKey: 'import.nav' },
  { path: 'briefings', element: page(BriefingsPage), navKey: 'briefings.nav' },
  { path: 'briefings/:id', element: page(BriefingEditorPage) },
  { path: 'briefings/:id/print', element: page(BriefingPrintPage) },
  { path: 'quality', element: page(QualityPage), navKey: 'quality.nav' },
  { path: 'work-plan', element: page(WorkPlanPage), navKey: 'workPlan.nav' },
];
