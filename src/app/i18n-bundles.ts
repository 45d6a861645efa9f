import { briefingsEntryMessages } from '../features/briefings/entry-locales';
import { compareEntryMessages } from '../features/compare/entry-locales';
import { explorerMessages } from '../features/explorer/locales';
import { importEntryMessages } from '../features/import/entry-locales';
import { overviewEntryMessages } from '../features/overview/entry-locales';
import { profileEntryMessages } from '../features/profile/entry-locales';
import { qualityEntryMessages } from '../features/quality/entry-locales';
import { readerEntryMessages } from '../features/reader/entry-locales';
import { workPlanEntryMessages } from '../features/work-plan/entry-locales';
import type { MessageBundle } from '../lib/i18n';

/**
 * The features' messages registered when the app starts, next to the shared
 * ones in src/lib/locales: the explorer's (the explorer is in the entry) and
 * each lazy feature's entry-locales.ts (its navigation label; for briefings
 * also what the add-to-briefing button and other pages use).
 */
export const entryMessageBundles: MessageBundle[] = [
  explorerMessages,
  overviewEntryMessages,
  profileEntryMessages,
  readerEntryMessages,
  qualityEntryMessages,
  workPlanEntryMessages,
  compareEntryMessages,
  importEntryMessages,
  briefingsEntryMessages,
];

/**
 * The rest of each lazy feature's messages (its locales.ts), loaded together
 * with its pages and added before they first render (feature-routes.tsx), so
 * they stay out of the entry chunk.
 */
export const lazyMessageBundles = {
  overview: () => import('../features/overview/locales').then((m) => m.overviewMessages),
  profile: () => import('../features/profile/locales').then((m) => m.profileMessages),
  reader: () => import('../features/reader/locales').then((m) => m.readerMessages),
  quality: () => import('../features/quality/locales').then((m) => m.qualityMessages),
  workPlan: () => import('../features/work-plan/locales').then((m) => m.workPlanMessages),
  compare: () => import('../features/compare/locales').then((m) => m.compareMessages),
  import: () => import('../features/import/locales').then((m) => m.importMessages),
  briefings: () => import('../features/briefings/locales').then((m) => m.briefingsMessages),
} satisfies Record<string, () => Promise<MessageBundle>>;

/** Every feature message bundle, entry and lazy (for tests that check the messages as a whole). */
export async function loadAllMessageBundles(): Promise<MessageBundle[]> {
  return [...entryMessageBundles, ...(await Promise.all(Object.values(lazyMessageBundles).map((load) => load())))];
}
