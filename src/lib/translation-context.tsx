import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { I18n, TFunction } from './i18n';

// Replaces react-i18next's provider and hook (see src/lib/i18n.ts for why): the app needs
// the instance from context and a re-render of every user when the language changes.

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/**
 * The app's translation instance and a `t` for the current language. The
 * component re-renders when the language changes, and `t` is then a new
 * function (components memoise on it); between changes it stays the same.
 */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation: no I18nProvider above this component');
  const language = useSyncExternalStore(i18n.subscribe, () => i18n.language);
  const t = i18n.getFixedT(language);
  return useMemo(() => ({ t, i18n }), [t, i18n]);
}
