import type { MessageBundle } from '../../lib/i18n';
import type { MessagesLike } from '../../lib/locales/zh';

// What the entry needs before this feature's pages load: the shell's navigation
// label. The rest of the feature's messages (locales.ts) load with its pages.
const zh = {
  quality: { nav: '数据质量' },
};

const en: MessagesLike<typeof zh> = {
  quality: { nav: 'Data quality' },
};

export const qualityEntryMessages: MessageBundle = { zh, en };
