import { ExplorerPage } from '../features/explorer/components/explorer-page';
import { Routes, type RouteEntry } from '../lib/router';
import { featureRoutes, overviewElement } from './feature-routes';
import { NotFound } from './not-found';
import { Shell } from './shell';

// The overview first; featureRoutes' '' entry only puts it in the navigation.
const routes: RouteEntry[] = [
  { path: '/', element: overviewElement },
  { path: '/explore', element: <ExplorerPage /> },
  ...featureRoutes.filter(({ path }) => path !== '').map(({ path, element }) => ({ path: `/${path}`, element })),
  { path: '*', element: <NotFound /> },
];

/**
 * Every page, inside the shell. The app uses links, search params and params
 * only (no loaders or actions). main.tsx mounts this in an <AppRouter> over
 * the hash location (the view state, #/explore?indicator=…, survives on any
 * static host or CDN without a server-side fallback to index.html); tests
 * over an in-memory one (test/render-app.tsx).
 */
export function AppRoutes() {
  return (
    <Shell>
      <Routes routes={routes} />
    </Shell>
  );
}
