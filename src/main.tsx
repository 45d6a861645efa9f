import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider';
import { isChartRoute } from './app/chart-routes';
import { prefetchRouteData } from './app/route-data';
import { AppRoutes } from './app/router';
import { preloadChart } from './components/lazy-chart';
import './app/styles.css';
import { entryMessageBundles } from './app/i18n-bundles';
import { createHashLocation } from './lib/hash-location';
import { createI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';
import { AppRouter } from './lib/router';

/** How long the first render may wait for its data (a slow network then gets the shell and its loading states). */
const FIRST_RENDER_WAIT_MS = 300;

async function start(): Promise<void> {
  // A page that opens on a chart starts loading ECharts with the app, not after its own first render.
  const chart = isChartRoute(window.location.hash) ? preloadChart() : Promise.resolve();
  // `npm run dev:mocks` serves the data through the same MSW handlers the tests use.
  if (import.meta.env.VITE_USE_MOCKS === 'true') {
    const { worker } = await import('../mocks/browser');
    await worker.start({ onUnhandledRequest: 'error', serviceWorker: { url: './mockServiceWorker.js' } });
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  // The first render waits for the first view's data (and chart library), up to FIRST_RENDER_WAIT_MS: rendered before it, the
  // shell was laid out and painted once empty, again with the index and again with the chart, each a
  // page-wide layout on the way to the first chart. Meanwhile index.html shows its loading line.
  const data = Promise.all([prefetchRouteData(queryClient, window.location.hash), chart]);
  await Promise.race([data, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);
  createRoot(root).render(
    <StrictMode>
      <AppProvider queryClient={queryClient} i18n={createI18n(undefined, entryMessageBundles)}>
        <AppRouter store={createHashLocation()}>
          <AppRoutes />
        </AppRouter>
      </AppProvider>
    </StrictMode>,
  );
}

void start();
