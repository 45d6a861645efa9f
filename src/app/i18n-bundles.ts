import type { MessageBundle } from '../lib/i18n';

/** Every feature's own messages; the app merges them with the shared ones in src/lib/locales. */
export const featureMessageBundles: MessageBundle[] = [];
