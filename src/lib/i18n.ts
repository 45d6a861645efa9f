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

const LANGUAGES: Language[] = ['zh', 'en'];

/**
 * Messages a feature contributes under its own top-level key (e.g. `reader`),
 * so features add text without editing a shared file. A feature may split its
 * messages into several bundles under the same key (the few the entry needs
 * and the rest, loaded with its pages): bundles merge deeply, but no message
 * may be defined twice.
 */
export interface MessageBundle {
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
}

type Messages = Record<string, unknown>;

function isMessages(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges `source` into `target` (copying, never sharing, the bundle's objects); a message defined twice throws. */
function mergeInto(target: Messages, source: Messages, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const keyPath = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (isMessages(value)) {
      if (existing === undefined) target[key] = {};
      else if (!isMessages(target[key])) throw new Error(`i18n: two bundles define the message "${keyPath}"`);
      mergeInto(target[key] as Messages, value, keyPath);
    } else {
      if (existing !== undefined) throw new Error(`i18n: two bundles define the message "${keyPath}"`);
      target[key] = value;
    }
  }
}

function merge(bundles: MessageBundle[], language: Language): Messages {
  const merged: Messages = {};
  for (const bundle of bundles) mergeInto(merged, bundle[language], '');
  return merged;
}

export const sharedMessages: MessageBundle = { zh, en };

/** Bundles already added to each instance, so adding one again (every render of a lazy page) costs nothing. */
const added = new WeakMap<i18n, WeakSet<MessageBundle>>();

/**
 * Adds a bundle's messages in both languages to a running instance, merging
 * deeply into what is there (a feature's lazy messages next to the few the
 * entry registered under the same key). Idempotent per instance.
 */
export function addMessageBundle(instance: i18n, bundle: MessageBundle): void {
  let bundles = added.get(instance);
  if (!bundles) added.set(instance, (bundles = new WeakSet()));
  if (bundles.has(bundle)) return;
  bundles.add(bundle);
  for (const language of LANGUAGES) {
    // i18next copies the messages before it merges, so the bundle itself is never changed.
    instance.addResourceBundle(language, 'translation', bundle[language], true, false);
  }
}

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
  added.set(instance, new WeakSet(bundles));
  return instance;
}
