import type { MessageBundle } from '../../lib/i18n';
import type { MessagesLike } from '../../lib/locales/zh';

// What the entry needs before this feature's pages load: the shell's navigation
// label. The rest of the feature's messages (locales.ts) load with its pages.
const zh = {
  workPlan: { nav: '任务分工' },
};

const en: MessagesLike<typeof zh> = {
  workPlan: { nav: 'Work plan' },
};

export const workPlanEntryMessages: MessageBundle = { zh, en };
