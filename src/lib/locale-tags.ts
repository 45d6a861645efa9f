import type { Language } from '../domain/localized-text';

/** BCP 47 tags for Intl and the html lang attribute. */
export const LOCALE_TAGS: Record<Language, string> = { zh: 'zh-CN', en: 'en' };
