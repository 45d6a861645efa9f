import { briefingsMessages } from '../features/briefings/locales';
import { compareMessages } from '../features/compare/locales';
import { explorerMessages } from '../features/explorer/locales';
import { importMessages } from '../features/import/locales';
import { overviewMessages } from '../features/overview/locales';
import { profileMessages } from '../features/profile/locales';
import { readerMessages } from '../features/reader/locales';
import { qualityMessages } from '../features/quality/locales';
import { workPlanMessages } from '../features/work-plan/locales';
import type { MessageBundle } from '../lib/i18n';

/** Every feature's own messages; the app merges them with the shared ones in src/lib/locales. */
export const featureMessageBundles: MessageBundle[] = [explorerMessages, overviewMessages, profileMessages, readerMessages, qualityMessages, workPlanMessages, compareMessages, importMessages, briefingsMessages];
