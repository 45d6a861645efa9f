import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/localized-text';
import { en } from './locales/en';
import { zh } from './locales/zh';

export const DEFAULT_LANGUAGE: Language = 'zh';

export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

/** BCP 47 tags for Intl and the html lang attribute. */
export const LOCALE_TAGS: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

/**
 * Messages a feature contributes under its own top-level key (e.g. `reader`),
 * so features add text without editing a shared file.
 */
export interface MessageBundle {
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
}

function merge(bundles: MessageBundle[], language: Language): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const bundle of bundles) {
    for (const [key, value] of Object.entries(bundle[language])) {
      if (key in merged) throw new Error(`i18n: two bundles define the top-level key "${key}"`);
      merged[key] = value;
    }
  }
  return merged;
}

export const sharedMessages: MessageBundle = { zh, en };

/** A fresh instance per app (and per test), so tests never share language state. */
export function createI18n(language: Language = DEFAULT_LANGUAGE, featureBundles: MessageBundle[] = []): i18n {
  const bundles = [sharedMessages, ...featureBundles];
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { zh: { translation: merge(bundles, 'zh') }, en: { translation: merge(bundles, 'en') } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes output itself; i18next must not double-escape Chinese quotes.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
