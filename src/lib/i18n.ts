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

/** A fresh instance per app (and per test), so tests never share language state. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes output itself; i18next must not double-escape Chinese quotes.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
