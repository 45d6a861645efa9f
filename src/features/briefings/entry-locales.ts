import type { MessageBundle } from '../../lib/i18n';
import type { MessagesLike } from '../../lib/locales/zh';

// What the entry needs before the briefings pages load: the shell's navigation
// label, and what the add-to-briefing button (src/components) and other
// features' pages use (item kinds, the store's errors, the dialog). The rest
// (locales.ts) loads with the briefings pages.
const zh = {
  briefings: {
    nav: '简报',
    kind: { chart: '图表', table: '表格', quote: '引文', profile: '地区概况' },
    list: {
      defaultTitle: '简报 {{date}}',
      itemCount: '{{count}} 项',
    },
    store: {
      unavailable: '此浏览器不能使用本地存储（IndexedDB），简报无法保存：{{detail}}',
      invalid: '简报内容无效，未保存：{{detail}}',
      notFound: '本浏览器中找不到这份简报。',
      writeFailed: '保存失败，已保存的内容未改动：{{detail}}',
    },
    add: {
      button: '加入简报',
      buttonFor: '将{{what}}加入简报',
      dialog: '加入简报',
      existing: '加入已有简报',
      addTo: '加入「{{title}}」',
      newHeading: '或新建简报',
      newTitle: '新简报标题',
      create: '新建并加入',
      cancel: '取消',
      loading: '正在读取简报…',
      added: '已加入简报「{{title}}」（共 {{count}} 项）。',
      open: '打开简报',
      failed: '未能加入简报：{{message}}',
      tooLarge: '未加入简报：此项有 {{count, number}} 个数值，一个简报项最多 {{limit, number}} 个。请先按地区或年份缩小范围，或加入排名柱状图。',
    },
  },
};

const en: MessagesLike<typeof zh> = {
  briefings: {
    nav: 'Briefings',
    kind: { chart: 'Chart', table: 'Table', quote: 'Quote', profile: 'Profile' },
    list: {
      defaultTitle: 'Briefing {{date}}',
      itemCount: '{{count}} items',
    },
    store: {
      unavailable: 'This browser offers no local storage (IndexedDB), so briefings cannot be saved: {{detail}}',
      invalid: 'The briefing is invalid and was not saved: {{detail}}',
      notFound: 'This briefing is not stored in this browser.',
      writeFailed: 'Saving failed; what was stored is unchanged: {{detail}}',
    },
    add: {
      button: 'Add to briefing',
      buttonFor: 'Add {{what}} to a briefing',
      dialog: 'Add to briefing',
      existing: 'Add to an existing briefing',
      addTo: 'Add to “{{title}}”',
      newHeading: 'Or create a new briefing',
      newTitle: 'Title of the new briefing',
      create: 'Create and add',
      cancel: 'Cancel',
      loading: 'Reading briefings…',
      added: 'Added to the briefing “{{title}}” ({{count}} items).',
      added_one: 'Added to the briefing “{{title}}” (1 item).',
      open: 'Open the briefing',
      failed: 'Could not add to the briefing: {{message}}',
      tooLarge: 'Not added to a briefing: this holds {{count, number}} values, and a briefing item at most {{limit, number}}. Narrow it by region or years first, or add the ranked bar chart.',
    },
  },
};

export const briefingsEntryMessages: MessageBundle = { zh, en };
