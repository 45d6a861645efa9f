import type { MessageBundle } from '../../lib/i18n';
import type { MessagesLike } from '../../lib/locales/zh';

// What the entry needs before this feature's pages load: the shell's navigation
// label. The rest of the feature's messages (locales.ts) load with its pages.
const zh = {
  compare: { nav: '地区对比' },
};

const en: MessagesLike<typeof zh> = {
  compare: { nav: 'Compare' },
};

export const compareEntryMessages: MessageBundle = { zh, en };
