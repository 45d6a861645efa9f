import { render } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import { AppProvider } from '../src/app/provider';
import { createTestRouter } from '../src/app/router';
import { featureMessageBundles } from '../src/app/i18n-bundles';
import { createI18n } from '../src/lib/i18n';
import { createQueryClient } from '../src/lib/query-client';

/** Mounts the whole app at a URL, with fresh query cache (no retries) and i18n per test. */
export function renderApp(url = '/') {
  const router = createTestRouter(url);
  const queryClient = createQueryClient({ retry: false });
  const result = render(
    <AppProvider queryClient={queryClient} i18n={createI18n(undefined, featureMessageBundles)}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}
