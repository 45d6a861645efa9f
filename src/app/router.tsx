import { createHashRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { ExplorerPage } from '../features/explorer/components/explorer-page';
import { featureRoutes, overviewElement } from './feature-routes';
import { NotFound } from './not-found';
import { Shell } from './shell';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: overviewElement },
      { path: 'explore', element: <ExplorerPage /> },
      ...featureRoutes.map(({ path, element }) => ({ path, element })),
      { path: '*', element: <NotFound /> },
    ],
  },
];

/**
 * Hash routing: the view state (#/?indicator=…) survives on any static host or
 * CDN without a server-side fallback to index.html.
 */
export function createAppRouter() {
  return createHashRouter(routes);
}

export function createTestRouter(initialEntry = '/') {
  return createMemoryRouter(routes, { initialEntries: [initialEntry] });
}
