import { useCallback, useEffect } from 'react';
import { useTranslation } from '../lib/translation-context';
import { useSearchParams } from '../lib/router';
import type { Language } from '../domain/localized-text';
import { DEFAULT_LANGUAGE, isLanguage } from '../lib/i18n';
import { LOCALE_TAGS } from '../lib/locale-tags';
import { LANGUAGE_STORAGE_KEY } from '../lib/storage-keys';

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage blocked (private mode): the URL still carries the choice
  }
}

/**
 * The language is part of the view: ?lang=en in the URL wins (so a shared link
 * opens in the sender's language), then the reader's last choice, then Chinese.
 */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('lang');
  const language: Language = isLanguage(fromUrl) ? fromUrl : (storedLanguage() ?? DEFAULT_LANGUAGE);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = LOCALE_TAGS[language];
  }, [i18n, language]);

  const setLanguage = useCallback(
    (next: Language) => {
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // ignore: see storedLanguage
      }
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.set('lang', next);
        return updated;
      });
    },
    [setParams],
  );
  return { language, setLanguage };
}
