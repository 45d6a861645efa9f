import { LANGUAGES, type Language } from '../domain/localized-text';
import { formatNumber } from './format';
import { en } from './locales/en';
import { zh } from './locales/zh';

// Our own translation module instead of i18next + react-i18next: they cost about 17 KB gzip
// of the 400 KB budget (issue #8), and the app needs only nested keys, {{var}} interpolation
// and two languages with Chinese as the fallback.

export const DEFAULT_LANGUAGE: Language = 'zh';

export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

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

/**
 * `t('explorer.heading', { count: 3 })`: the message at that dotted key in the
 * current language, else in Chinese, else the key itself. Each `{{name}}` is
 * replaced by `String(values.name)` (`''` for null or undefined); a `{{name}}`
 * with no such value stays as written. `{{name, number}}` writes a number as
 * the language groups its digits (2,975, as formatNumber does), for counts
 * that reach the thousands at scale; a plain `{{year}}` stays 2024. English
 * messages may have a singular form under `<key>_one`, used when `count` is 1
 * ("1 value", not "1 values" or "value(s)"); Chinese has no plural forms.
 */
export type TFunction = (key: string, values?: Record<string, unknown>) => string;

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

/** The string at a dotted key, or undefined (no such key, or the key names a group of messages). */
function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (!isMessages(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const VARIABLE = /\{\{(.+?)\}\}/g;

/** One pass, so a value that itself contains `{{…}}` (text from a document) is never read as a placeholder. */
function interpolate(message: string, values: Record<string, unknown> | undefined, language: Language): string {
  if (!values) return message;
  return message.replace(VARIABLE, (placeholder, inner: string) => {
    const [name = '', format] = inner.split(',').map((part) => part.trim());
    if (!Object.hasOwn(values, name)) return placeholder;
    const value = values[name];
    if (value == null) return '';
    if (format === 'number' && typeof value === 'number') return formatNumber(value, language);
    return String(value);
  });
}

export const sharedMessages: MessageBundle = { zh, en };

/**
 * One app's (or one test's) messages and current language. `t` follows the
 * current language and may be passed around unbound; React components get
 * theirs from `useTranslation` (src/lib/translation-context.tsx), which
 * re-renders them when the language changes.
 */
export class I18n {
  #language: Language;
  readonly #messages: Record<Language, Messages>;
  /** Bundles already merged in, so adding one again (every render of a lazy page) costs nothing. */
  readonly #bundles: WeakSet<MessageBundle>;
  readonly #listeners = new Set<() => void>();
  readonly #fixed: Record<Language, TFunction>;

  constructor(language: Language, bundles: MessageBundle[]) {
    this.#language = language;
    this.#messages = { zh: merge(bundles, 'zh'), en: merge(bundles, 'en') };
    this.#bundles = new WeakSet(bundles);
    this.#fixed = { zh: this.#translator('zh'), en: this.#translator('en') };
  }

  get language(): Language {
    return this.#language;
  }

  /** Translates in the current language. */
  readonly t: TFunction = (key, values) => this.#fixed[this.#language](key, values);

  /** A `t` that always translates in `language` (one function per language, so its identity tells the language). */
  getFixedT(language: Language): TFunction {
    return this.#fixed[language];
  }

  /** Whether `t` finds a message for `key` (in `lng`, default the current language, or in Chinese). */
  exists(key: string, options: { lng?: Language } = {}): boolean {
    return this.#find(options.lng ?? this.#language, key) !== undefined;
  }

  /** Switches at once (a promise only so callers can await it, as they could with i18next) and tells every subscriber. */
  changeLanguage(language: Language): Promise<void> {
    if (language !== this.#language) {
      this.#language = language;
      for (const listener of [...this.#listeners]) listener();
    }
    return Promise.resolve();
  }

  /** For useSyncExternalStore: `listener` runs after each change of language. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /**
   * Merges a bundle's messages in both languages into what is there, deeply;
   * a message defined twice throws and leaves the messages as they were.
   * Idempotent per bundle. Tells no subscriber: the text shown does not change,
   * and a lazy page adds its bundle while it renders.
   */
  addBundle(bundle: MessageBundle): void {
    if (this.#bundles.has(bundle)) return;
    // Into fresh copies, so a clash found half-way changes nothing.
    const next: Record<Language, Messages> = { zh: {}, en: {} };
    for (const language of LANGUAGES) {
      mergeInto(next[language], this.#messages[language], '');
      mergeInto(next[language], bundle[language], '');
    }
    for (const language of LANGUAGES) this.#messages[language] = next[language];
    this.#bundles.add(bundle);
  }

  #find(language: Language, key: string): string | undefined {
    return lookup(this.#messages[language], key) ?? (language === DEFAULT_LANGUAGE ? undefined : lookup(this.#messages[DEFAULT_LANGUAGE], key));
  }

  #translator(language: Language): TFunction {
    return (key, values) => {
      // English's plural rule is exactly "one" for 1 and "other" for every other count (no Intl.PluralRules,
      // whose locale data would load on the way to the first chart).
      const singular = language === 'en' && values?.count === 1 ? lookup(this.#messages.en, `${key}_one`) : undefined;
      const message = singular ?? this.#find(language, key);
      return message === undefined ? key : interpolate(message, values, language);
    };
  }
}

/**
 * Adds a bundle's messages in both languages to a running instance, merging
 * deeply into what is there (a feature's lazy messages next to the few the
 * entry registered under the same key). Idempotent per instance.
 */
export function addMessageBundle(instance: I18n, bundle: MessageBundle): void {
  instance.addBundle(bundle);
}

/** A fresh instance per app (and per test), so tests never share language state. */
export function createI18n(language: Language = DEFAULT_LANGUAGE, featureBundles: MessageBundle[] = []): I18n {
  return new I18n(language, [sharedMessages, ...featureBundles]);
}
