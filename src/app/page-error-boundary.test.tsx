import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryLocation } from '../../test/memory-location';
import { createI18n } from '../lib/i18n';
import { AppRouter, useLocation } from '../lib/router';
import { I18nProvider } from '../lib/translation-context';
import { PageBoundary } from './page-error-boundary';

/** A page that cannot render at /broken, as a lazy page whose chunk failed to load throws. */
function PageBrokenAt({ path }: { path: string }) {
  const { pathname } = useLocation();
  if (pathname === path) throw new Error('Failed to fetch dynamically imported module: ./assets/reader-page.js');
  return <p>page at {pathname}</p>;
}

function mount(url: string) {
  const store = createMemoryLocation(url);
  render(
    <I18nProvider i18n={createI18n('zh')}>
      <AppRouter store={store}>
        <p>shell</p>
        <PageBoundary>
          <PageBrokenAt path="/broken" />
        </PageBoundary>
      </AppRouter>
    </I18nProvider>,
  );
  return store;
}

describe('PageBoundary', () => {
  it('says in the page’s place that it could not open, with the error, and keeps the rest of the app', () => {
    // React reports the caught error on the console; expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mount('/broken');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('此页面未能打开');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module: ./assets/reader-page.js');
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeInTheDocument();
    expect(screen.getByText('shell')).toBeInTheDocument();
    consoleError.mockRestore();
  });

  it('clears the failure when the reader goes to another page, and shows it again on return', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = mount('/broken');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    act(() => store.navigate('/reader'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('page at /reader')).toBeInTheDocument();
    act(() => store.navigate('/broken'));
    expect(screen.getByRole('alert')).toHaveTextContent('此页面未能打开');
    consoleError.mockRestore();
  });

  it('renders the page itself when nothing fails', () => {
    mount('/overview');
    expect(screen.getByText('page at /overview')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
