import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { AppProvider } from '../src/app/provider';
import { AppRoutes } from '../src/app/router';
import { entryMessageBundles } from '../src/app/i18n-bundles';
import type { AppLocation } from '../src/lib/hash-location';
import { createI18n } from '../src/lib/i18n';
import { createQueryClient } from '../src/lib/query-client';
import { AppRouter, useLocation } from '../src/lib/router';
import { createMemoryLocation } from './memory-location';

/** Where the app is now, read by tests as `router.state.location` (the shape the data router had). */
export interface TestRouter {
  readonly state: { readonly location: AppLocation };
}

function LocationProbe({ onChange }: { onChange: (location: AppLocation) => void }) {
  const location = useLocation();
  useLayoutEffect(() => {
    onChange(location);
  }, [location, onChange]);
  return null;
}

/**
 * Mounts the whole app at a URL (the path and search the hash would hold, in
 * memory), with fresh query cache (no retries) and i18n per test. i18n starts
 * with the messages the app's entry registers, as in the app: a lazy page adds
 * its feature's own messages when it loads, so tests go through the same path.
 */
export function renderApp(url = '/') {
  let location: AppLocation | undefined;
  const router: TestRouter = {
    get state() {
      if (!location) throw new Error('renderApp: the app has not rendered yet');
      return { location };
    },
  };
  const queryClient = createQueryClient({ retry: false });
  const i18n = createI18n(undefined, entryMessageBundles);
  const result = render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <AppRouter store={createMemoryLocation(url)}>
        <AppRoutes />
        <LocationProbe
          onChange={(next) => {
            location = next;
          }}
        />
      </AppRouter>
    </AppProvider>,
  );
  return { ...result, router, queryClient, i18n };
}
