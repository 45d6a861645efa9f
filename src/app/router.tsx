import { Route, Routes } from 'react-router';
import { ExplorerPage } from '../features/explorer/components/explorer-page';
import { featureRoutes, overviewElement } from './feature-routes';
import { NotFound } from './not-found';
import { Shell } from './shell';

/**
 * Every page, in React Router's declarative mode: the app uses links, search
 * params and params only (no loaders or actions), so it needs no data router,
 * which would cost about twice as much of the entry chunk. main.tsx mounts
 * this in a <HashRouter> (the view state, #/?indicator=…, survives on any
 * static host or CDN without a server-side fallback to index.html); tests in
 * a <MemoryRouter> (test/render-app.tsx).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Shell />}>
        <Route index element={overviewElement} />
        <Route path="explore" element={<ExplorerPage />} />
        {featureRoutes.map(({ path, element }) => (
          <Route key={path} path={path} element={element} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
