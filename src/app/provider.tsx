import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

export interface AppProviderProps {
  queryClient: QueryClient;
  i18n: i18n;
  children: ReactNode;
}

/** Everything a screen needs from its surroundings; tests mount the same providers with their own instances. */
export function AppProvider({ queryClient, i18n, children }: AppProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
