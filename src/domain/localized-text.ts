import { z } from 'zod/mini';
import './zod-messages';

/** Every human-readable catalog string exists in Chinese (the default) and English. */
export const LocalizedTextSchema = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function pickText(text: LocalizedText, language: Language): string {
  return text[language];
}
