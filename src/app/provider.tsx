import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { I18n } from '../lib/i18n';
import { I18nProvider } from '../lib/translation-context';

export interface AppProviderProps {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
}

/** Everything a screen needs from its surroundings; tests mount the same providers with their own instances. */
export function AppProvider({ queryClient, i18n, children }: AppProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider i18n={i18n}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
