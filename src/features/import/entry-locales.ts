import type { MessageBundle } from '../../lib/i18n';
import type { MessagesLike } from '../../lib/locales/zh';

// What the entry needs before this feature's pages load: the shell's navigation
// label. The rest of the feature's messages (locales.ts) load with its pages.
const zh = {
  import: { nav: '导入报告' },
};

const en: MessagesLike<typeof zh> = {
  import: { nav: 'Import a report' },
};

export const importEntryMessages: MessageBundle = { zh, en };
