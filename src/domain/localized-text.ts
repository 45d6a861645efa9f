import { z } from 'zod';

/** Every human-readable catalog string exists in Chinese (the default) and English. */
export const LocalizedTextSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function pickText(text: LocalizedText, language: Language): string {
  return text[language];
}
